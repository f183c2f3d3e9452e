/**
 * Notes written in Markdown head each group of people with a heading or a bold line ("**Absent**",
 * "## Apologies", "__Not present:__"): the words inside the marks are the group's name, so the absent's
 * heading ends the list of those present as a plain "Absent" line does.
 */

/** A line that is only a Markdown heading or emphasis around a few words. */
const MARKED = /^\s{0,3}(?:#{1,6}\s{1,3})?(?:\*{1,3}|_{1,3})?([^*_#\n]{1,60}?)(?:\*{1,3}|_{1,3})?\s{0,3}$/;

/** The words of a Markdown heading or bold line, without its marks and closing colon; null for other lines. */
export function markdownHeadingWords(line: string): string | null {
  if (!/^\s{0,3}(?:#{1,6}\s|\*{2}|_{2})/.test(line)) return null;
  const m = MARKED.exec(line);
  return m ? m[1].trim().replace(/\s{0,3}[:：]$/, '') : null;
}

/** The absent's group words at a heading's start. */
const ABSENT_HEAD = /^(?:not in attendance|absent|apologies|regrets|excused|not present)\b/i;

/** Whether the line is a Markdown heading or bold line over the absent ("**Absent**", "## Apologies"). */
export function isMarkedAbsentHeading(line: string): boolean {
  return ABSENT_HEAD.test(markdownHeadingWords(line) ?? '');
}
