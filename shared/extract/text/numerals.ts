import { ZH_DIGITS } from '../lexicon/zh';
import { EN_ORDINALS, EN_CARDINALS } from '../lexicon/en';
/** Chinese and English number words, as used in item numbering and dates. */

const CN_DIGIT = ZH_DIGITS;

/** Parses 一 … 九十九 (and 百 for completeness); NaN when it is not a numeral. */
export function cnNumber(s: string): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      digit = CN_DIGIT[ch];
      seen = true;
    } else if (ch === '十' || ch === '拾') {
      total += (seen ? digit : 1) * 10;
      digit = 0;
      seen = false;
    } else if (ch === '百') {
      total += (seen ? digit : 1) * 100;
      digit = 0;
      seen = false;
    } else return NaN;
  }
  return total + digit;
}

/** A year written digit by digit: 二〇〇四 → 2004. */
export function cnYear(s: string): number {
  let out = '';
  for (const ch of s) {
    if (!(ch in CN_DIGIT)) return NaN;
    out += String(CN_DIGIT[ch]);
  }
  return Number(out);
}

export { EN_ORDINALS, EN_CARDINALS };

export const CN_NUM_CLASS = '一二三四五六七八九十';
