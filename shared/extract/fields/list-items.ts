/**
 * A list item's continuation lines, told by their indentation: in a Markdown or plain-text list
 * ("- Mary to contact the council about the footpath" / "  Gate and report back …") a line indented
 * under the item's bullet goes on with that item, whatever its first letter, and does not end the
 * list. Text read from a web page keeps no indentation, so this reads text and note pages only.
 */
import type { SegLine } from '../segment/segment';

/** Columns of blank before the line's first mark or letter, as printed (a tab counts four). */
export function indentAt(text: string, start: number): number {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let n = 0;
  // Bounded by the line's own start: what is read is at most the line's leading blank.
  for (let k = from; k < start && k - from < 80; k++) {
    const c = text[k];
    if (c === ' ' || c === '\u00a0') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

/** A bullet or an item number opening a line: the next item, not a continuation. */
export const OPENS_ITEM = /^(?:[•·▪◦‣*\-–+]\s|\(?\d{1,2}[.)]\s|\(?[a-h][.)]\s)/;

/** Whether `line` is indented under the item opened by `head` (deeper than its bullet), so goes on with it. */
export function continuesItem(head: SegLine, line: SegLine): boolean {
  return (line.kind === 'text' || line.kind === 'date') && !line.num && !OPENS_ITEM.test(line.text) && (line.indent ?? 0) > (head.indent ?? 0);
}
