/**
 * A notes page's first heading names the meeting and the next one says what follows is its record:
 * "# Homebrew Annual General Meeting 2022" / "## Minutes". The first heading is the title; the bare
 * "Minutes" under it is no title of its own (a body's section heading, header.ts), but it marks the
 * page as the meeting's record. So does a plain line naming the meeting over "Minutes" alone
 * ("July 31, 2023 at 5:00 PM - Board of Education Retreat" / "Minutes |").
 */
import type { Segmented } from '../segment/segment';

const HEADING = /^#{1,3}\s+(\S.{2,100}?)\s*#*\s*$/;
const MINUTES_HEAD = /^#{1,4}\s+(?:meeting\s+)?(?:minutes|notes)\s*:?\s*$/i;
const MEETING_WORD = /\b(?:meeting|agm|egm|assembly|council|board|committee|call|session|retreat|summit)\b/i;

/** The same on a page without markup: the meeting's line, then "Minutes" alone ("Minutes |", a portal's tab bar). */
const PLAIN_MINUTES = /^(?:meeting\s+)?minutes\s*[|:]?\s*$/i;

function plainOverMinutes(lines: Segmented['lines']): { value: string; line: number; at: number } | null {
  const k = lines.findIndex((l, i) => i < 3 && PLAIN_MINUTES.test(l.text.trim()));
  const over = k > 0 ? lines[k - 1] : null;
  const value = over?.text.trim() ?? '';
  if (!over || value.length > 100 || /[.;,:]$/.test(value) || !MEETING_WORD.test(value) || /\bminutes\b/i.test(value)) return null;
  return { value, line: over.i, at: over.text.indexOf(value) };
}

export function titleOverMinutesHeading(seg: Segmented): { value: string; line: number; at: number } | null {
  const lines = seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 4);
  const k = lines.findIndex((l) => HEADING.test(l.text));
  if (k < 0) return seg.lang === 'zh' ? null : plainOverMinutes(lines);
  const m = HEADING.exec(lines[k].text)!;
  if (!MEETING_WORD.test(m[1]) || MINUTES_HEAD.test(lines[k].text)) return null;
  const next = lines.slice(k + 1, k + 3).find((l) => MINUTES_HEAD.test(l.text));
  if (!next) return null;
  return { value: m[1], line: lines[k].i, at: lines[k].text.indexOf(m[1]) };
}
