/**
 * A Republic-of-China year in number words without 民國: "開會時間:九十二年十月廿一日" is 2003-10-21,
 * "一百零五年三月八日" is 2016-03-08. A Gregorian year in words is written digit by digit (二〇〇三年),
 * so a year with 十 or 百 can only be the ROC's; read for ROC 40–129 (1951–2040).
 */
import { cnNumber } from '../text/numerals';

type Read = (m: RegExpExecArray) => [string | null, number, number];

const YEAR = '[四五六七八九]十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]?十[一二三四五六七八九]?)?';
/** Not the tail of a longer numeral or of 民國 (which its own pattern reads). */
export const ROC_WORD_YEAR_DATE = new RegExp(
  `(?<![〇零○一二三四五六七八九十百\\d民國国])(${YEAR})\\s{0,2}年\\s{0,2}([一二三四五六七八九十]{1,3})\\s{0,2}月\\s{0,2}([一二三四五六七八九十廿卅]{1,3})\\s{0,2}[日号號]`,
  'g',
);

const day = (d: string) => cnNumber(d.replace(/^廿/, '二十').replace(/^卅/, '三十'));

export const readRocWordYear: Read = (m) => [String(cnNumber(m[1]) + 1911), cnNumber(m[2]), day(m[3])];
