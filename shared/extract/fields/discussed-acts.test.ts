import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { actStart } from './narrative-acts';

// An act told right after the discussion that led to it, with no comma between, in several phrasings.
const ACTS: [string, string][] = [
  ['委员会提出了关于交人头费的草案,董事们经过讨论一致同意将此草案放入财政管理细则附件。', '董事们经过讨论一致同意将此草案'],
  ['校长就两所新校申请向董事会做了汇报,董事会经过讨论决定让发展委员会进一步审核。', '董事会经过讨论决定让发展委员会'],
  ['经会员代表投票选举刘增华同志为第六届监事会监事。', '经会员代表投票选举刘增华同志为'],
  ['会议就协会LOGO征求了与会代表的意见,会员代表全票通过了该设计方案。', '会员代表全票通过了该设计方案'],
  ['理事会经讨论一致同意接收三名新会员。', '理事会经讨论一致同意接收三名新'],
  ['管业处汇报活动安排,經小組委員商討後一致通過於11月13日举办旅行。', '經小組委員商討後一致通過於11月'],
  ['秘书长介绍了年度预算草案,委员们经充分讨论后同意该预算。', '委员们经充分讨论后同意该预算'],
];
// A view or a report with no discussion leading to an act: nothing is decided.
const NONE = ['王主任汇报了工作,委员们经讨论提出了修改意见。', '张老师介绍了活动方案,大家认为可以同意。', '会议经讨论认为此事需要再研究。'];

describe('an act after the discussion that led to it', () => {
  it.each(ACTS)('%s', (sentence, from) => {
    const at = actStart(sentence);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(sentence.slice(at).startsWith(from)).toBe(true);
  });
  it.each(NONE)('%s is none', (sentence) => {
    expect(actStart(sentence)).toBe(-1);
  });
  it('a club board record gives each act its own decision', () => {
    const text = ['华夏中文学校董事会会议纪要', '2016年3月12日', '出席：张元、刘娟、王浩', '', ACTS[0][0] + ACTS[1][0], '最后董事会通过了校长选举委员会提交的校长选举规则。'].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got.some((t) => t.startsWith(ACTS[0][1]))).toBe(true);
    expect(got.some((t) => t.startsWith(ACTS[1][1]))).toBe(true);
  });
});
