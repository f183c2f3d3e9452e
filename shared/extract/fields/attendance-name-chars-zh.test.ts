import { describe, expect, it } from 'vitest';
import { zhAttendanceSentence } from './attendance';
import { plausibleName } from './people';

describe('a Chinese attendance sentence whose names hold a character of dates', () => {
  it('a given name closed by 年 or 月 is a name; the list is read to its end', () => {
    expect(zhAttendanceSentence('会议由理事长赵某主持,离退休办负责人张彦、秘书长牛永利、副理事长云宏年、齐志英出席会议。')).toEqual(['张彦', '牛永利', '云宏年', '齐志英']);
    expect(zhAttendanceSentence('李明月、王强参加了会议。')).toEqual(['李明月', '王强']);
  });
  it('a clause saying who they are by what they attend ends the list', () => {
    expect(zhAttendanceSentence('工作会议在南宁召开,参加协作网年会的成员馆馆长、代表26人出席了会议。')).toEqual([]);
  });
  it('times are no names', () => {
    for (const t of ['上半年', '十二月', '下半月', '每月', '今年']) expect(plausibleName(t), t).toBe(false);
    for (const t of ['云宏年', '李明月']) expect(plausibleName(t), t).toBe(true);
  });
});
