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
  it('is not a deadline without 前/内/底', () => {
    expect(findDeadline('首批医疗队已于27日上午派遣到位。', 'zh', '2016-09-27')).toBeNull();
  });
});
