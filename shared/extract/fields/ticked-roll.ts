/**
 * A roll kept as a task list ("- [x] Sahil Dadhwal", "- [ ] Haochen Dong"): a note page ticks who came
 * and leaves the rest unticked, so where a list ticks some of its names and not others, the unticked
 * are not there. A list ticked throughout, or not at all, says nothing of who came, and stays whole.
 * A table of contents is left out too: it names the roll's heading without heading it.
 */
import type { Line } from '../linearize/lines';
import { segment, type Segmented, type SegLine } from '../segment/segment';
import { TOC_LINE } from '../segment/markers';

/** A task list's line: its bullet (read off by some stages), then its box, ticked or not, before its words. */
const BOX = /^\s*(?:[-*+]\s+)?\[([ xX✓✔]?)\]\s+\S/;

const ticked = (l: SegLine) => /[xX✓✔]/.test(BOX.exec(l.text)?.[1] ?? '');

/** The record as read for its attendance: its table of contents and the unticked lines of a partly ticked task list left out. */
export function withoutUnticked(seg: Segmented): Segmented {
  const drop = new Set<number>();
  let run: SegLine[] = [];
  const close = () => {
    const some = run.filter(ticked).length;
    if (some > 0 && some < run.length) for (const l of run) if (!ticked(l)) drop.add(l.i);
    run = [];
  };
  for (const l of seg.lines) {
    // A table of contents' "[Attendance](#attendance)" heads no roll.
    if (TOC_LINE.test(l.text)) drop.add(l.i);
    else if (BOX.test(l.text)) run.push(l);
    else close();
  }
  close();
  if (!drop.size) return seg;
  const lines: Line[] = seg.lines.filter((l) => !drop.has(l.i)).map((l) => ({ text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore }));
  return segment({ text: seg.text, lines });
}

/** A person's name after the box: "Sahil Dadhwal", "Shubham Kumar (TA)". */
const NAMED = /^\s*(?:[-*+]\s+)?\[[ xX✓✔]?\]\s+\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20}){1,3}(?:\s\([^()\n]{1,30}\))?\s*$/u;

/**
 * Three names or more in one task list, some ticked and some not: a roll answered at the meeting. An
 * agenda or a template lists its members' names unticked, all of them; only a held meeting ticks some.
 */
export function partlyTickedRoll(lines: SegLine[]): boolean {
  const names = lines.filter((l) => NAMED.test(l.text));
  const some = names.filter(ticked).length;
  return names.length >= 3 && some > 0 && some < names.length;
}
