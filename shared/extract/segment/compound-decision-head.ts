/**
 * A heading that joins the decisions to what led to them ("## **四、关键讨论与决议**", "三、讨论及决定",
 * "议题与决议事项"): the items under it are the meeting's decisions, as under "会议决议". Read only as a
 * heading (set off by hashes, bold or a Chinese number, no sentence after it), so a sentence that
 * mentions "讨论与决议" is not one.
 */
import { headWords } from './head-words';

/** A heading's number left inside its bold marks: "**四、…**". */
const INNER_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)])/;
const MARKED = /^(?:#{1,6}|\*\*|__|[一二三四五六七八九十]{1,3}[、.．])/;
const JOINED = /^[\u3400-\u9fff]{0,8}(?:与|與|及|和|暨)(?:决议|決議|决定|決定)(?:事项|事項)?$/;

/** Whether a line with its spaces taken out is such a heading. */
export function compoundDecisionHeadZh(short: string): boolean {
  if (!MARKED.test(short)) return false;
  const words = headWords(short).replace(INNER_NUMBER, '').replace(/[*_]+/g, '');
  return JOINED.test(words);
}
