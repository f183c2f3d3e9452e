/**
 * An English record often prints its staff or officers as a group of their own beside the members
 * ("CAO: Carolyn Gordon", "BOARD STAFF: Zoning Administrator, Steve Durham", "IN ATTENDANCE: Mrs A
 * Brindley, Parish Clerk …", a front matter's "secretary:" over "- Name"). Those present count as
 * attendees (出席 and 列席 alike); when such a group gave the list none of its names, the list as read
 * is short of the one printed, so it is a reading, not a sure list.
 */
import type { SegLine } from '../segment/segment';

/** A group's label naming staff, officers or others in attendance (not the absent), then its colon. */
const STAFF_LABEL_EN =
  /^\s*[-•*]?\s*(?:[A-Za-z/&]+\s+){0,3}?(?:staff|secretary|clerk|cao|ceo|officers?|officials?|administrators?|managers?|in attendance|also present|also attending|guests?|observers?|advisers?|advisors?)\b[^:：]{0,20}[:：]/i;
const ABSENT = /\b(?:absent|apolog|regrets|excused|not present)/i;
/** How many lines either side of the list's first are read for such a group (a roll call may come after it). */
const REACH = 15;

/** Whether a staff group near the list (from its first line) gave it none of its names. */
export function staffGroupUnread(lines: readonly SegLine[], first: SegLine, names: readonly string[]): boolean {
  const near = lines.slice(Math.max(0, first.i - REACH), first.i + REACH);
  const hasName = (text: string) => names.some((n) => n.length >= 2 && text.includes(n));
  return near.some((l, k) => {
    if (!STAFF_LABEL_EN.test(l.text) || ABSENT.test(l.text.split(/[:：]/)[0])) return false;
    // The names stand after the label or on the line under it (a list under its heading).
    const after = l.text.slice(l.text.search(/[:：]/) + 1);
    const under = near[k + 1]?.text ?? '';
    return !hasName(after) && !(after.trim() === '' && hasName(under));
  });
}
