/**
 * A body's name printed alone on the record's first line, the meeting it held on the line below
 * ("Galloway Woodturners" / "Annual General Meeting", "Food Bank of Delaware" / "Board of Director
 * Meeting"). Such a name need not end in what a body is (Council, Club, Society…): the line under it
 * saying that a meeting was held is what makes it the body's.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { findDates } from './dates';

/** Capitalised words, with the small words a name may hold between them; no digits, no colon. */
const NAME = /^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|and|of|the|for|on|in|at|de|du|la))*$/;
/** Words that say what a line is, not whose: a record's title, a label, a kind of sitting. */
// A line opening with an article is a phrase ("A Member of Bowls England"), not a name.
const NOT_A_NAME = /^(?:an?|this)\s|\b(?:minutes|meetings?|agenda|notes|report|record|proceedings|session|present|apologies|attendance|draft|approved|unapproved|welcome|page|contents)\b/i;
/** The line below names the body it met as ("… Meeting of the Gloucestershire Bowls Association"): that one is the body. */
const OF_WHOM = /\b(?:meeting|minutes)\s+of\s+(?:the\s+)?/gi;
const namesItsBody = (line: string) =>
  [...line.matchAll(OF_WHOM)].some((m) => {
    const rest = line.slice(m.index + m[0].length);
    // "Minutes of Committee Meeting" names a kind of meeting, not a body.
    return /^\p{Lu}/u.test(rest) && !/\b(?:meeting|AGM|EGM|SGM)\b/i.test(rest);
  });
/** The line below: a meeting named by its kind ("Annual General Meeting", "Board of Director Meeting", "Committee Meeting Minutes", "AGM"). */
const MEETING_LINE = /^(?:[A-Z][\w'’-]*\s+){0,5}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?(?:meeting|AGM|EGM|minutes)\b/i;

export function bodyAboveMeeting(seg: Segmented, generic: (name: string) => boolean): { line: SegLine; name: string } | null {
  const lines = seg.lines.filter((l) => l.kind !== 'chrome' && l.kind !== 'meta').slice(0, 2);
  if (lines.length < 2) return null;
  const [top, below] = lines;
  const name = top.text.trim();
  if (top.kind !== 'text' || top.num || name.length < 5 || name.length > 60 || !/\s/.test(name)) return null;
  if (!NAME.test(name) || NOT_A_NAME.test(name) || generic(name) || findDates(name).length) return null;
  const next = below.text.trim();
  if (next.length > 80 || !MEETING_LINE.test(next) || namesItsBody(next)) return null;
  return { line: top, name };
}
