import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractFromText } from '../index';

describe('this ROC year in brackets', () => {
  it.each([
    ['本會於本(109)年3月17日召開第四屆第九次理監事聯席會議', '2020-03-17'],
    ['本（108）年12月5日下午2時', '2019-12-05'],
    ['民國(107)年5月3日', '2018-05-03'],
    ['本( 98 )年 6 月 1 日', '2009-06-01'],
  ])('%s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('a bracketed number that is no ROC year is left to the other readings', () => {
    expect(findDates('本(2020)年3月17日').some((d) => d.iso === '3931-03-17')).toBe(false);
    expect(findDates('第(109)年3月17日').some((d) => d.year === 2020)).toBe(false);
  });

  it.each([
    '本會於本(109)年3月17日召開第四屆第九次理監事聯席會議，會議由葉明水理事長主持，共有近40位理監事與會。',
    '時間：本（109）年3月17日下午2時',
  ])('the meeting date of a record: %s', (head) => {
    const d = extractFromText(`某某協會第四屆第九次理監事聯席會議紀錄\n${head}\n會議決議事項如下：\n一、通過109年度工作計畫。\n二、由秘書處負責籌備會員大會，6月底前完成。`);
    expect(d.meetingDate).toBe('2020-03-17');
  });
});
