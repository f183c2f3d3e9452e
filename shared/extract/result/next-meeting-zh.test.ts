import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record that tells its meeting held, then fixes when the next one is to be: the next one is not the page's.
describe('a meeting to come named after the record’s own meeting held', () => {
  it('is the record’s next meeting, not a notice', () => {
    const d = extractFromText(
      [
        '三届十八次会长办公会召开',
        '2021年6月24日下午，本会三届十八次会长办公会议举行。会长、副会长、秘书长出席，陈某某会长主持会议。',
        '会议审定了第四届理事会负责人候选人推荐名单，通过了换届改选相关会议初步议程。会议确定换届改选相关会议定于8月26日召开，由换届筹备工作组负责准备。',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
  it('leaves a notice that opens with the meeting to come', () => {
    const d = extractFromText(['关于召开第四届会员代表大会的通知', '各会员单位：', '经研究，定于2021年8月26日召开第四届会员代表大会，由会长陈某某主持。现将有关事项通知如下：', '一、会议审议理事会工作报告。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});

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
