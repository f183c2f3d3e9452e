import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

describe('an ROC year in number words without 民國', () => {
  const cases: [string, string][] = [
    ['壹、開會時間:九十二年十月廿一日(星期二)上午十時卅分', '2003-10-21'],
    ['一、開會時間:九十二年八月十一日下午十五時', '2003-08-11'],
    ['時間：一百零五年三月八日（星期二）下午二時', '2016-03-08'],
    ['日期：一百十二年十二月卅一日', '2023-12-31'],
    ['會議日期：八十八年 九月 二十日', '1999-09-20'],
    ['一百年元月五日召開', '2011-01-05'],
  ];
  for (const [text, iso] of cases) it(text, () => expect(findDates(text)[0]?.iso).toBe(iso));
  it('leaves other numerals alone: a Gregorian year in words, 民國 read once, no year before 40', () => {
    expect(findDates('二〇〇三年十月二十一日')[0]?.iso).toBe('2003-10-21');
    expect(findDates('民國九十二年十月廿一日').map((d) => d.iso)).toEqual(['2003-10-21']);
    expect(findDates('十二年十月一日').map((d) => d.iso)).toEqual([]);
  });
});
