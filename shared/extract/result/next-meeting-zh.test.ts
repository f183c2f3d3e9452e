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
