/**
 * A note page's markup (GitHub, HackMD): a heading mark ("# ", "## ") or a bullet ("- ", "* ") before
 * every line. In a Chinese record the marks carry nothing the record's own numbers do not ("- 一、会议
 * 审议通过了…"), so the record is read without them; an English line keeps a bullet unless a number
 * follows it ("- 1. Minutes approved"), since English notes list their actions by bullets alone.
 */
import type { Line } from '../linearize/lines';
import { segment, type Segmented } from '../segment/segment';
import { BULLET, HASHES } from '../text/markup';

const MARK = new RegExp(`^(?:${HASHES}|${BULLET})\\s+`);
const NUMBER_AFTER = new RegExp(`^(?:${HASHES}|${BULLET})\\s+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．)](?!\\d)))`);

/** A heading's mark, or a bullet before a number; a bullet alone stays (it may be how the items are told apart). */
const HEADING_OR_NUMBER = new RegExp(`^${HASHES}\\s+|${NUMBER_AFTER.source.slice(1)}`);

/**
 * The record read again without its markup's marks (with `bullets`, a Chinese note page's bullets
 * too); the same record when it has none to drop.
 */
export function withoutMarks(seg: Segmented, bullets: boolean): Segmented {
  const marked = seg.lines.filter((l) => MARK.test(l.text)).length;
  const zhNotes = seg.lang === 'zh' && marked * 2 >= seg.lines.length && marked >= 3;
  const re = !zhNotes ? NUMBER_AFTER : bullets ? MARK : HEADING_OR_NUMBER;
  const drop = (t: string) => re.exec(t)?.[0].length ?? 0;
  if (!seg.lines.some((l) => drop(l.text) > 0)) return seg;
  const lines: Line[] = seg.lines.map((l) => {
    const k = drop(l.text);
    return k ? { text: l.text.slice(k), start: l.start + k, end: l.end, gapBefore: l.gapBefore } : { text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore };
  });
  return segment({ text: seg.text, lines });
}

/** A task list's box after its bullet: "- [ ] ", "* [x] ", "- [X] ". */
const CHECKBOX = /^([-*+•]\s+)\[[ xX✓✔]?\]\s+(?=\S)/;

/**
 * The record with a task list's boxes dropped ("- [ ] Send the letter" → "- Send the letter"): a note
 * page lists its actions so, and the box, ticked or not, says nothing of what was decided.
 */
export function withoutCheckboxes(seg: Segmented): Segmented {
  if (!seg.lines.some((l) => CHECKBOX.test(l.text))) return seg;
  const lines: Line[] = seg.lines.map((l) => {
    const m = CHECKBOX.exec(l.text);
    if (!m) return { text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore };
    // The bullet is kept where it was printed; the text after the box follows it.
    return { text: m[1] + l.text.slice(m[0].length), start: l.start, end: l.end, gapBefore: l.gapBefore };
  });
  return segment({ text: seg.text, lines });
}
