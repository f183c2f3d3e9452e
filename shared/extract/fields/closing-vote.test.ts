import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { closedByVote } from './closing-vote';

describe('a sentence closed by its vote', () => {
  it.each([
    '全体理事听取并审议了秘书处提交的年度预算方案，并以举手表决方式通过。',
    '与会委员对章程修正案、会费收缴办法等文件进行了认真审议并一致通过。',
    '秘书长就表彰优秀会员的事宜作了说明，经过各位常务理事的讨论一致通过。',
    '王委员动议由甲公司承办外墙清洗工作，由李委员和议，各委员一致赞成通过。',
    '监事会对年度财务报告进行了审核，采取无记名投票的方式全票通过。',
  ])('%s', (s) => {
    expect(closedByVote(s)).toBe(true);
  });
  it.each([
    ['an act with its own object', '会议听取了汇报，一致通过了年度工作计划。'],
    ['a view before the assent', '李委员表示，对上述方案表示赞成，同意。'],
    ['a vote still to come', '秘书处修改后，提交会员大会表决通过。'],
    ['something awaited', '各部门还在分工，也还在等预算通过。'],
    ['a refusal', '有关申请因防疫措施，不予批准。'],
    ['too little before it to name anything', '经讨论，一致通过。'],
  ])('none in %s', (_, s) => {
    expect(closedByVote(s)).toBe(false);
  });

  it('reads the whole sentence as the decision in a narrative record', () => {
    const text = [
      '某市会计学会第五届理事会第三次会议纪要',
      '3月8日下午，某市会计学会第五届理事会第三次会议在学会会议室召开。会议由会长陈某主持，理事共25人出席会议。',
      '会上，秘书长张某通报了2023年度学会工作情况。',
      '全体理事听取并审议了《2024年度学术活动计划》，并以举手表决方式通过。',
      '副会长李某就设立青年会计人才奖的事宜作了详细说明，经过各位理事的讨论一致通过。',
    ].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got.some((t) => t.startsWith('全体理事听取并审议了《2024年度'))).toBe(true);
    expect(got.some((t) => t.startsWith('副会长李某就设立青年会计人才奖'))).toBe(true);
    expect(got.some((t) => t.includes('通报了2023年度'))).toBe(false);
  });
});
