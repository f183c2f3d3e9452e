import { describe, expect, it } from 'vitest';
import { isListPointer } from './list-pointer';
import { extractFromText } from '../index';

describe('an attendance list that points to where the names are kept', () => {
  it.each(['如附件', '如签到表', '参照考勤表', '如视讯截图', '见附表', '详见附件名单', '另附名单'])('%s names no one', (item) => {
    expect(isListPointer(item)).toBe(true);
  });

  it.each(['如意', '汽车附件厂', '张见明', '表演系', '王参照', '图书馆', '财务处'])('%s is left alone', (item) => {
    expect(isListPointer(item)).toBe(false);
  });

  it('reads no attendee from such a label', () => {
    const d = extractFromText(['基金会第九届第七次董事会会议纪录', '时间：2021年7月20日', '地点：视讯会议', '出席人员：如视讯截图', '主席：林董事长', '一、讨论提案：通过年度预算。'].join('\n'));
    expect(d.attendees).toEqual([]);
  });
});
