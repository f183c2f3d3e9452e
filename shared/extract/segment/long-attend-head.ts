/**
 * An English attendance heading may name its group in several words before "present" or "in attendance",
 * printed alone with the list on the lines below: "Board members in attendance were:", "Other board members
 * and officers present:", "The other Councillors present were:-", "Members of the Board present included:". Longer than the labels read before a colon,
 * it is still a label when nothing but the colon (or a colon and a dash) follows the phrase on its line.
 */
import type { Label } from './labels';

// How they attended may stand before the verb ("Members present electronically the meeting were:").
// Its words may carry commas and dashes ("Faculty Senate Officers, Ex–Officios and Staff Present:").
// Or the past verb after "the following" and its group ("Following members attended the meeting:").
const LONG_HEAD = /^\s*((?:[A-Za-z'’&/–-]+,?[ \t]+){1,7}(?:present|in attendance|attending)(?:(?:[ \t]+[a-z]+){0,3}[ \t]+(?:were|was|included|includes|are|is))?|(?:the[ \t]+)?following(?:[ \t]+[A-Za-z'’-]+){0,3}[ \t]+(?:attended|participated)(?:[ \t]+(?:in|at)?[ \t]*the[ \t]+(?:meeting|session))?)[ \t]*[:：][ \t]*[-–]?[ \t]*$/i;
/** Where a sentence of a line ends and the next begins. */
const SENTENCE_BREAK = /(?<=\p{Ll}{2}\d?\.|\d\.)\s+(?=\p{Lu})/gu;
/** How much of a long line's end is read for such a head. */
const TAIL = 120;

/** The last sentence of a long line, or null. */
function lastSentence(text: string): string | null {
  const tail = text.slice(-TAIL);
  let at = -1;
  for (const m of tail.matchAll(SENTENCE_BREAK)) at = m.index + m[0].length;
  return at < 0 ? null : tail.slice(at);
}

/**
 * "Board members in attendance were:" alone on its line: an attendance label, its names below. So too at the end
 * of a line whose sentence comes first ("… held via Go-To-Meeting due to COVID19. Members present electronically
 * the meeting were:").
 */
export function longAttendHead(text: string): Label | null {
  const head = text.length > 80 ? lastSentence(text) : text;
  if (!head || head.length > 80) return null;
  const m = head.match(LONG_HEAD);
  return m ? { kind: 'attendance', label: m[1].trim(), value: '', valueAt: text.length } : null;
}
