import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { HEARD_REPORT, isRecordOpening } from './heard-reports';

// Made-up records in the style of a body's one-paragraph record: [text, the decisions' openings].
const RECORDS: [string, string[]][] = [
  [
    '3月8日上午，县政协召开第十二次主席会议。县政协主席李明主持，副主席王红、赵刚出席会议。会议听取文史委主任张华关于年度文史资料征集方案的汇报。会议原则同意该方案，要求文史委抓好落实。会议听取秘书长刘洋关于春季视察活动安排的汇报，并进行讨论。会议同意上述安排，要求办公室做好服务保障。',
    ['会议听取文史委主任张华关于年度', '会议听取秘书长刘洋关于春季视察'],
  ],
  [
    '6月2日下午，区科协召开常委会议。会议由主席陈静主持。会议首先听取学会部关于学会年检情况的通报。会议同意年检结果，要求各学会限期整改。会议还听取办公室关于科普周筹备情况的说明。会议原则同意筹备方案。',
    ['会议首先听取学会部关于学会年检', '会议还听取办公室关于科普周筹备'],
  ],
  [
    '1月9日上午，县十七届人大三次会议主席团举行第一次会议。会议以举手表决的方式，通过了大会日程；推选出大会主席团常务主席；决定了大会副秘书长。会议决定，代表提出议案的截止时间为1月10日12时。',
    ['会议以举手表决的方式，通过了大会', '推选出大会主席团常务主席', '决定了大会副秘书长', '会议决定，代表提出议案的截止时间'],
  ],
  [
    '11月20日，镇人大主席团举行会议，副主席孙伟主持。会议以无记名投票方式，通过了镇人大代表补选办法；决定了补选日期；通过了选举工作人员名单。',
    ['会议以无记名投票方式，通过了镇人大', '决定了补选日期', '通过了选举工作人员名单'],
  ],
];

describe('reports heard and the record opening in a one-paragraph record', () => {
  it.each(RECORDS)('%s', (text, openings) => {
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got).toHaveLength(openings.length);
    openings.forEach((o, k) => expect(got[k].startsWith(o)).toBe(true));
  });
  it('a report heard, with or without its 了', () => {
    expect(HEARD_REPORT.test('会议听取财务处关于预算执行情况的汇报。')).toBe(true);
    expect(HEARD_REPORT.test('会议还听取了教务处关于期中教学检查的报告。')).toBe(true);
    expect(HEARD_REPORT.test('会议听取意见后决定延期。')).toBe(false);
  });
  it('the opening is when and who met, not a topic', () => {
    expect(isRecordOpening('5月4日，区政协召开主席会议。')).toBe(true);
    expect(isRecordOpening('关于召开年度会员大会的议题。')).toBe(false);
  });
});
