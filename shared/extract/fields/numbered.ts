/**
 * An item's number printed apart from its text: on a line of its own ("1.1" / "經審議後，…"), as a
 * PDF's number column or a table's first cell gives it, or dressed in a note page's emphasis
 * ("**1.1**", "**2.** The minutes were approved"). The number is read as opening the item it
 * stands before, so the item is read as the numbered item it is.
 */
import type { Line } from '../linearize/lines';
import { parseNumbering } from '../segment/numbering';
import { segment, type Segmented } from '../segment/segment';

/** A number and nothing else, maybe in emphasis: "1.", "2)", "(3)", "一、", "（二）", "1.1", "**1.1**". */
const BARE_NUMBER = /^(\*\*|__)?\s*(\d{1,2}(?:[.．]\d{1,2}){0,2}[.．、)）]?|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}[、.．])\s*\1?$/;
/** A number in emphasis opening a line's text: "**1.** Text", "__2)__ Text", "**一、**会议…". */
const EMPHASIZED = /^(\*\*|__)\s*(\d{1,2}(?:[.．]\d{1,2}){0,2}[.．、)）]?|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*\1\s*(?=\S)/;

/** The number as the numbering reader knows it: "1.1" read as a sub-number needs a space after it. */
const asPrinted = (n: string) => n.replace(/[．]/g, '.');

/** The record with each number put back before its item's text; the same record when none stands apart. */
export function joinedNumbers(seg: Segmented): Segmented {
  const out: Line[] = [];
  let changed = false;
  const src = seg.lines;
  for (let k = 0; k < src.length; k++) {
    const l = src[k];
    const bare = BARE_NUMBER.exec(l.text);
    const next = src[k + 1];
    // The line after must be the item's text: running words with no number of their own.
    if (bare && next && !next.num && next.kind !== 'chrome' && !BARE_NUMBER.test(next.text) && /[\p{L}\p{N}]/u.test(next.text[0] ?? '')) {
      const text = `${asPrinted(bare[2])} ${next.text}`;
      const at = l.start + l.text.indexOf(bare[2]);
      if (parseNumbering(text)) {
        out.push({ text, start: at, end: next.end, gapBefore: l.gapBefore });
        changed = true;
        k++;
        continue;
      }
    }
    const em = EMPHASIZED.exec(l.text);
    if (em) {
      const text = `${asPrinted(em[2])} ${l.text.slice(em[0].length)}`;
      if (parseNumbering(text)) {
        out.push({ text, start: l.start + em[1].length, end: l.end, gapBefore: l.gapBefore });
        changed = true;
        continue;
      }
    }
    out.push({ text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore });
  }
  return changed ? segment({ text: seg.text, lines: out }) : seg;
}
