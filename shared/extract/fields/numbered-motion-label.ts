/**
 * A numbered item opened by a motion's label ("一、案由：修訂本會章程案。", "2. 提案：…", "（三）議案：…"),
 * then its "說明：" with numbered points and its "決議：" line: as with an unnumbered "案由：", the
 * explanation's points ("（一）依…辦理。") are the motion's own lines, not motions of their own, and the
 * motion reads from past its label.
 */
import type { SegLine } from '../segment/segment';
import { ZH_MOTION_HEADS } from '../lexicon/zh';
import { spacedWords } from './spaced-labels';

const LABEL = new RegExp(`^${spacedWords(ZH_MOTION_HEADS)}[ \\u3000]{0,2}[：:][ \\u3000]{0,2}(?=\\S)`);

/** Length of the motion label opening a numbered line's text after its number; 0 when there is none. */
export function numberedMotionLabel(l: SegLine): number {
  if (!l.num) return 0;
  return LABEL.exec(l.text.slice(l.num.restAt))?.[0].length ?? 0;
}

/** An item's block read from past the motion label opening its first line ("案由：修訂…" → "修訂…"). */
export function pastMotionLabel<T extends { text: string; start: number; lines: SegLine[] }>(b: T): T {
  const k = b.lines[0] ? numberedMotionLabel(b.lines[0]) : 0;
  return k ? { ...b, text: b.text.slice(k), start: b.start + k } : b;
}
