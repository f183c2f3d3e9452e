import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record of a meeting held that fixes the dates of events to come is no notice of them.
describe('a meeting held, then events scheduled', () => {
  const record = (opening: string) =>
    ['分会理事会研究近期工作', opening, '1.会上重点研究今年沙龙活动,定于4月14日召开学术沙龙论坛。', '2.会议同意定于4月7日举办研讨会。'].join('\n');
  it.each([
    ['2022年3月2日理化所分会召开理事会会议,商讨近期工作安排等事宜。'],
    ['会议由理事长赵某主持,张彦、牛永利出席会议。'],
  ])('%s', (opening) => {
    expect(extractFromText(record(opening)).isMinutes).toBe(true);
  });
  it('a notice that fixes its own meeting stays a notice', () => {
    const d = extractFromText(['各理事:', '经研究,定于4月14日召开理事会会议,会议由理事长赵某主持。', '请准时参加。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
