import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines';

describe('deadlines', () => {
  it('reads Chinese deadlines and computes the date from the meeting date', () => {
    expect(findDeadline('由区财政局牵头，6月底前完成。', 'zh', '2019-05-26')).toMatchObject({ phrase: '6月底前', dueDate: '2019-06-30' });
    expect(findDeadline('须于5月20日前上报。', 'zh', '2019-05-06')).toMatchObject({ phrase: '于5月20日前', dueDate: '2019-05-20' });
    expect(findDeadline('限期15日内整改。', 'zh', '2019-05-06')).toMatchObject({ phrase: '限期15日内', dueDate: '2019-05-21' });
    expect(findDeadline('力争7月中旬前完成。', 'zh', '2019-05-06')?.dueDate).toBe('2019-07-20');
  });
  it('reads week-day and season deadlines', () => {
    expect(findDeadline('由办公室负责，本周五前报送。', 'zh', '2019-05-06')).toMatchObject({ phrase: '本周五前', dueDate: '2019-05-10' });
    expect(findDeadline('下周一前完成。', 'zh', '2019-05-08')?.dueDate).toBe('2019-05-13');
    expect(findDeadline('汛前完成隐患排查。', 'zh', '2019-05-08')).toEqual({ phrase: '汛前', index: 0 });
  });
  it('rolls a month before the meeting into the next year', () => {
    expect(findDeadline('2月底前完成。', 'zh', '2019-11-06')?.dueDate).toBe('2020-02-29');
  });
  it('leaves dueDate out when the meeting year is unknown', () => {
    const d = findDeadline('to conduct an inspection in mid-June.', 'en', 'XXXX-05-26');
    expect(d?.phrase).toBe('mid-June');
    expect(d?.dueDate).toBeUndefined();
  });
  it('reads English deadlines', () => {
    expect(findDeadline('report back by 30 June 2019.', 'en', '2019-05-01')).toMatchObject({ phrase: 'by 30 June 2019', dueDate: '2019-06-30' });
    expect(findDeadline('report back at the next meeting.', 'en', null)?.phrase).toBe('at the next meeting');
    expect(findDeadline('the team was sent on 27 May', 'zh', null)).toBeNull();
  });
  it('reads half units: half a month, half a year, a month and a half', () => {
    expect(findDeadline('由县林业局负责，半个月内完成方案编制。', 'zh', '2019-05-06')).toMatchObject({ phrase: '半个月内', dueDate: '2019-05-21' });
    expect(findDeadline('各乡镇半年内完成整改。', 'zh', '2019-05-06')).toMatchObject({ phrase: '半年内', dueDate: '2019-11-06' });
    expect(findDeadline('一个半月内拿出方案。', 'zh', '2019-05-06')).toMatchObject({ phrase: '一个半月内', dueDate: '2019-06-21' });
    expect(findDeadline('兩個半月內完成驗收。', 'zh', '2019-05-06')).toMatchObject({ phrase: '兩個半月內', dueDate: '2019-07-21' });
    // A year's first half is a time, not a deadline counted from the meeting.
    expect(findDeadline('上半年工作总结。', 'zh', '2019-05-06')).toBeNull();
    expect(findDeadline('上半年内完成。', 'zh', '2019-05-06')?.phrase).not.toBe('半年内');
  });
  it('is not a deadline without 前/内/底', () => {
    expect(findDeadline('首批医疗队已于27日上午派遣到位。', 'zh', '2016-09-27')).toBeNull();
  });
});

describe('deadlines become dates, counted from the meeting date', () => {
  // [text, language, meeting date, phrase as printed, date]
  const table: [string, 'zh' | 'en', string, string, string | undefined][] = [
    ['12月1日前完成验收。', 'zh', '2023-10-09', '12月1日前', '2023-12-01'],
    ['6月底前完成。', 'zh', '2023-03-02', '6月底前', '2023-06-30'],
    ['请于5月20日前报送。', 'zh', '2023-05-06', '于5月20日前', '2023-05-20'],
    ['本周内拿出方案。', 'zh', '2023-03-08', '本周内', '2023-03-12'],
    ['下周内完成。', 'zh', '2023-03-08', '下周内', '2023-03-19'],
    ['月底前上报。', 'zh', '2023-02-10', '月底前', '2023-02-28'],
    ['限期15日内整改到位。', 'zh', '2023-03-01', '限期15日内', '2023-03-16'],
    ['15个工作日内办结。', 'zh', '2023-03-03', '15个工作日内', '2023-03-24'],
    ['3个月内完成。', 'zh', '2023-01-31', '3个月内', '2023-04-30'],
    ['年底前建成。', 'zh', '2023-03-03', '年底前', '2023-12-31'],
    ['春节前发放到位。', 'zh', '2023-01-03', '春节前', undefined],
    ['to inspect in mid-June.', 'en', '2021-05-05', 'mid-June', '2021-06-15'],
    ['to report by the end of December 2008.', 'en', '2008-11-05', 'by the end of December 2008', '2008-12-31'],
    ['to report before end of December 2008.', 'en', '2008-11-05', 'before end of December 2008', '2008-12-31'],
    ['to circulate within this week.', 'en', '2021-11-24', 'within this week', '2021-11-28'],
    ['to reply by the end of the month.', 'en', '2021-11-24', 'by the end of the month', '2021-11-30'],
    ['to reply within 10 working days.', 'en', '2021-11-24', 'within 10 working days', '2021-12-08'],
    ['to reply by Friday.', 'en', '2021-11-24', 'by Friday', '2021-11-26'],
    ['to report back at the next meeting.', 'en', '2021-11-24', 'at the next meeting', undefined],
  ];
  for (const [text, lang, meeting, phrase, date] of table) {
    it(`${phrase} (meeting ${meeting}) → ${date ?? 'no date'}`, () => {
      const d = findDeadline(text, lang, meeting);
      expect(d?.phrase).toBe(phrase);
      expect(d?.dueDate).toBe(date);
    });
  }
});

describe('English deadlines and event days', () => {
  it('a day something is held on is no deadline; the weekend, this week and next week are', () => {
    expect(findDeadline('It was agreed that the AGM would be held on Wednesday 8th July.', 'en', '2020-06-10')).toBeNull();
    expect(findDeadline('The form is due on Friday, 12 June.', 'en', '2020-06-10')?.dueDate).toBe('2020-06-12');
    expect(findDeadline('Andrew to work on the database over weekend.', 'en', '2020-06-10')).toMatchObject({ phrase: 'over weekend', dueDate: '2020-06-14' });
    expect(findDeadline('We can start prototyping this week.', 'en', '2020-06-10')).toMatchObject({ phrase: 'this week', dueDate: '2020-06-14' });
    expect(findDeadline('Everyone to brainstorm ideas for next week.', 'en', '2020-06-10')).toMatchObject({ phrase: 'for next week', dueDate: '2020-06-21' });
  });
});

describe('deadlines counted in meetings', () => {
  it('keeps "下次会议中" as printed, with no date', () => {
    expect(findDeadline('请各位理事会后征询意见，下次会议中提出。', 'zh', '2019-05-06')).toEqual({ phrase: '下次会议中', index: 12 });
    expect(findDeadline('下次会后汇整提出。', 'zh', '2019-05-06')?.phrase).toBe('下次会后');
  });
});

describe('more English deadlines', () => {
  it('reads "in two weeks time", "within a month" and keeps a numeric date as printed', () => {
    expect(findDeadline('Stefan plans to provide in two weeks time an updated draft.', 'en', '2024-03-05')).toMatchObject({ phrase: 'in two weeks time', dueDate: '2024-03-19' });
    expect(findDeadline('Clerk to renew within a month.', 'en', '2024-03-05')?.dueDate).toBe('2024-04-05');
    expect(findDeadline('JB to send the report by 30/06/2024.', 'en', '2024-03-05')).toEqual({ phrase: 'by 30/06/2024', index: 22 });
    expect(findDeadline('The hall will be open in two days.', 'en', '2024-03-05')).toBeNull();
  });
});

describe('a month and day in figures before 前', () => {
  it('"于12/30前" is a deadline in the meeting’s year (or the next); a figure date with no 前 is none', () => {
    expect(findDeadline('请总干事于12/30前完成建档备查。', 'zh', '2024-11-20')).toMatchObject({ phrase: '于12/30前', dueDate: '2024-12-30' });
    expect(findDeadline('请总干事于1/15前完成建档。', 'zh', '2024-11-20')).toMatchObject({ dueDate: '2025-01-15' });
    expect(findDeadline('按11/12会议决定办理。', 'zh', '2024-11-20')).toBeNull();
  });
});
