/**
 * An English attendance heading may name its group in several words before "present" or "in attendance",
 * printed alone with the list on the lines below: "Board members in attendance were:", "Other board members
 * and officers present:", "The other Councillors present were:-", "Members of the Board present included:". Longer than the labels read before a colon,
 * it is still a label when nothing but the colon (or a colon and a dash) follows the phrase on its line.
 */
import type { Label } from './labels';

const LONG_HEAD = /^\s*((?:[A-Za-z'’&/-]+[ \t]+){1,7}(?:present|in attendance|attending)(?:[ \t]+(?:were|was|included|includes|are|is))?)[ \t]*[:：][ \t]*[-–]?[ \t]*$/i;

/** "Board members in attendance were:" alone on its line: an attendance label, its names below. */
export function longAttendHead(text: string): Label | null {
  if (text.length > 80) return null;
  const m = text.match(LONG_HEAD);
  return m ? { kind: 'attendance', label: m[1].trim(), value: '', valueAt: text.length } : null;
}
