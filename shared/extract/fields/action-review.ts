/**
 * A table reviewing the actions of an earlier meeting ("Actions of the previous meeting" / No. |
 * Detail | Resp. | Status / … | Done): how earlier work stands is reported, nothing is given at this
 * meeting. Such a table has a status column, and a heading above it naming the earlier actions or
 * status cells that mostly say how each stands ("Done", "Not done", "Ongoing").
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_ACTION, EN_ACTION_STATES_MORE } from '../lexicon/en';
import { tableCells } from '../text/table-cells';
import { lineEndingFrom } from '../segment/line-at';

const STATUS = new RegExp(`^${alt(EN_ACTION.status)}$`, 'i');
const DONE = new RegExp(`^${alt(EN_ACTION.done)}\\b`, 'i');
const EARLIER = new RegExp(`\\b${alt(EN_ACTION.earlier)}\\b`, 'i');

/**
 * Whether the table whose head row is line `head` (its cells `cells`) reviews earlier actions;
 * `rows` are its body rows' line numbers.
 */
export function reviewsEarlierActions(seg: Segmented, head: number, cells: string[], rows: number[]): boolean {
  const col = cells.findIndex((c) => STATUS.test(c.replace(/[:：]$/, '').trim()));
  if (col < 0) return false;
  const above = seg.lines.slice(Math.max(0, head - 2), head).map((l) => l.text);
  if (above.some((t) => t.length <= 80 && EARLIER.test(t))) return true;
  const states = rows.map((k) => tableCells(seg.lines[k]?.text ?? '')[col] ?? '').filter((c) => c.trim());
  return states.length >= 2 && states.filter((c) => DONE.test(c.trim())).length * 2 > states.length;
}

/** "… – Done", "… (completed)": an earlier action's line with how it stands, as a review of actions prints it. */
const DONE_AT_END = new RegExp(`(?:\\s[-–—]\\s{0,2}|:\\s{0,2}|\\s\\()(?:${alt(EN_ACTION.done.filter((w) => !/^(?:open|pending|ongoing|in progress|outstanding|cf|c\/f|carried forward)$/.test(w)))})\\)?\\.?$`, 'i');

/** Whether a line reports an earlier action done ("Clerk to write to JAJ re internal audit - Done"): no work given now. */
export function reportsDone(text: string): boolean {
  return DONE_AT_END.test(text.trim());
}

/** How an earlier action stands, printed alone on the line below it ("Completed.", "Continued."). */
const STATUS_ALONE = new RegExp(`^(?:${alt([...EN_ACTION.done, ...EN_ACTION_STATES_MORE])})\\.?$`, 'i');

/**
 * Whether an action ending at offset `end` has its status alone on the line below, past its wrapped
 * lines (going on in lower case): a review of open actions reports each so, and gives no work now.
 */
export function statusBelow(seg: Segmented, end: number): boolean {
  let k = lineEndingFrom(seg.lines, end);
  if (k < 0) return false;
  for (let n = 0; n < 4 && ++k < seg.lines.length; n++) {
    const t = seg.lines[k].text.replace(/^[|\s]+/, '');
    if (STATUS_ALONE.test(t)) return true;
    // A lettered item below ("d. Larry to …") is the next action, not a wrapped line.
    if (!/^\p{Ll}/u.test(t) || /^\p{Ll}{1,3}[.)]\s/u.test(t)) return false;
  }
  return false;
}
