/**
 * An unfilled notes template ("## Decisions" over "-", "-"; "Action items" over "- [ ]", "1.", "2.";
 * "Decision 1", "[Name] to [action] by [date]"): its items are blanks to fill in, no decision. A
 * blank is dropped; where two or more bullets or checkboxes stand alone in the body, the page is such a
 * template, and what else is read from it is a guess, never a sure list.
 */

/** A bullet, a number, a checkbox, dots or dashes alone: nothing written after the mark. */
const MARK_ONLY = /^(?:[-*+•·▪◦‣–—]|\d{1,2}[.)]|[a-z][.)]|[-*+]? ?\[ ?\]|\.{2,3}|…)$/u;
/** A field word standing where an item's words would ("Decision 1", "TBD", "Owner: task"). */
const PLACEHOLDER = /^(?:(?:decision|action(?: item| point)?|item|task|outcome|resolution|point|motion|todo|to do)(?: ?#?\d{1,2})?|tbd|tba|tbc|n\/a|(?:owner|name|who) ?: ?(?:task|action|what|item))\.?$/i;
/** Only bracketed blanks and the words joining them ("[Name] to [action] by [date]", "<decision>"). */
const BLANKS = /\[[^\]]{0,30}\]|<[^>]{0,30}>|\{[^}]{0,30}\}/g;
const JOINERS = /\b(?:to|by|will|on|for|and|the|a)\b|[:,;.–—-]/gi;

/** Whether a decision's text is a template's blank rather than words written in. */
export function isTemplateBlank(text: string): boolean {
  const t = text.trim();
  if (!t || MARK_ONLY.test(t) || PLACEHOLDER.test(t)) return true;
  if (!BLANKS.test(t)) return false;
  BLANKS.lastIndex = 0;
  return t.replace(BLANKS, ' ').replace(JOINERS, ' ').trim() === '';
}

/** A bullet or checkbox alone; a number alone is often a real item's number printed above its words. */
const BULLET_ONLY = /^(?:[-*+•·▪◦‣]|[-*+]? ?\[ ?\])$/u;

/** Two or more lines that are a bullet alone: the page is an unfilled template. */
export function unfilledTemplate(lines: { text: string }[]): boolean {
  return lines.filter((l) => BULLET_ONLY.test(l.text.trim())).length >= 2;
}

/** The decisions without a template's blanks; on an unfilled template, the rest below the sure level. */
export function withoutTemplateBlanks<D extends { text: string; confidence: number }>(decisions: D[], lines: { text: string }[]): D[] {
  const kept = decisions.filter((d) => !isTemplateBlank(d.text));
  return unfilledTemplate(lines) ? kept.map((d) => ({ ...d, confidence: Math.min(d.confidence, 0.5) })) : kept;
}
