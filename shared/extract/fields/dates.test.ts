import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

describe('dates', () => {
  const iso = (s: string) => findDates(s).map((d) => d.iso);
  it.each([
    ['二〇〇四年五月二十六日', '2004-05-26'],
    ['2004年5月26日', '2004-05-26'],
    ['2004-05-26', '2004-05-26'],
    ['May 26 2004', '2004-05-26'],
    ['On May 26, 200x, the meeting', 'XXXX-05-26'],
    ['26 May 2007', '2007-05-26'],
    ['Monday, 2017 October 02', '2017-10-02'],
    ['2017 Oct 2', '2017-10-02'],
    ['3rd March 2021', '2021-03-03'],
    ['Date: Monday 3rd March 2021Time: 19:00', '2021-03-03'],
    ['8th May 2014', '2014-05-08'],
    ['held on Wednesday 9 May, 2018', '2018-05-09'],
    ['Sep. 30, 2016', '2016-09-30'],
    ['xx年2月2日上午', 'XXXX-02-02'],
    ['会议时间:104年6月10日(星期三)', '2015-06-10'],
    ['TC Meeting #13 February 28, 2018', '2018-02-28'],
    ['***年1月27日下午', 'XXXX-01-27'],
    ['9 月 1 日下午', 'XXXX-09-01'],
    ['Date: 12/03/2021', '2021-03-12'],
    ['on 03/25/2021', '2021-03-25'],
  ])('%s → %s', (text, want) => {
    expect(iso(text)[0]).toBe(want);
  });
  it('does not read the verb "may" as a month', () => {
    expect(iso('members may 2 be late')).toEqual([]);
  });
  it('dates a meeting over two days by its first, a deadline by its last', () => {
    expect(iso('HELD ON 18TH & 19TH JULY, 2012 AT SHIMLA')).toEqual(['2012-07-18']);
    expect(iso('held on 18-19 July 2012')).toEqual(['2012-07-18']);
    expect(findDates('by 10-15 June 2012', false).map((d) => d.iso)).toEqual(['2012-06-15']);
  });
});

describe('Chinese dates printed other ways', () => {
  it('a Republic-of-China year in numerals, a zero typed as a letter, a 月 lost with the year printed', () => {
    expect(findDates('开会时间：民国九十一年八月十一日（星期日）')[0].iso).toBe('2002-08-11');
    expect(findDates('日期：二OO六年九月二十五日')[0].iso).toBe('2006-09-25');
    expect(findDates('2025年1127日，区长主持召开')[0].iso).toBe('2025-11-27');
    expect(findDates('2025年1327日')).toEqual([]);
  });
});
