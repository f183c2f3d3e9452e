/**
 * One reader of a Chinese record's item numbers ("一、", "2.", "贰、"), wherever in a line they stand:
 * the stages that break a run-together line (text/runon.ts for the verdict, fields/runon.ts for the
 * items) each keep their own rule of where a cut may fall, and read the number itself here.
 */
import { ZH_RUN_ON_BREAKS } from '../lexicon/zh';
import { cnNumber, cnYear } from './numerals';

export type ItemStyle = 'cn' | 'arabic' | 'formal';

export interface ItemMark {
  /** Where the number starts. */
  at: number;
  /** Just past its mark ("、", "."). */
  end: number;
  style: ItemStyle;
  value: number;
  /** The mark after the number. */
  sep: string;
}

const FORMAL = `[${ZH_RUN_ON_BREAKS.formal.join('')}]`;
/** Each style's number and mark, read at one offset. */
const READERS: { style: ItemStyle; re: RegExp; value: (n: string) => number }[] = [
  { style: 'cn', re: /([一二三四五六七八九十]{1,3})([、．.])/y, value: cnNumber },
  // "3.5亿元" and "2.5%" are figures, not items.
  { style: 'arabic', re: /(\d{1,2})([、．.])(?![\d%])/y, value: Number },
  // A capital numeral may be set off from its mark by a space ("參 、").
  { style: 'formal', re: new RegExp(`(${FORMAL})[ \\t　]*([、．.])`, 'y'), value: (n) => (n === '拾' ? 10 : cnYear(n)) },
];

/** The item number that starts at `at`, of one of `styles`; null when none does. */
export function itemMarkAt(text: string, at: number, styles: readonly ItemStyle[] = ['cn', 'arabic', 'formal']): ItemMark | null {
  for (const { style, re, value } of READERS) {
    if (!styles.includes(style)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const v = value(m[1]);
    if (Number.isFinite(v) && v >= 1) return { at, end: at + m[0].length, style, value: v, sep: m[2] };
  }
  return null;
}
