import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Synthetic records without a minutes title: the verdict reads them by their structure.
describe('a record read from its structure', () => {
  it('a dated meeting, its presider and an outcome by vote is minutes, on the clerk’s list', () => {
    const d = extractFromText('5月8日上午，某村召开村民代表会议，由村党支部书记王某主持会议，18位村民代表参加了会议。\n代表们经过讨论，举手表决，一致同意修缮村道。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a content list after the meeting held counts as what it did', () => {
    const d = extractFromText('4月2日上午，区文联召开三届五次主席会议，会议由李某主席主持，会议主要内容：\n1、学习有关文件精神；\n2、协商年度工作要点；\n3、部署下一阶段工作。');
    expect(d.isMinutes).toBe(true);
  });
  it('a record whose agenda items name the bodies responsible is not taken for a news story', () => {
    const d = extractFromText('开会日期\n2021-06-01\n主席\n张某\n出席\n李某、王某、赵某\n一、修正某某办法部分条文案。(劳动局、法务局)\n决议：本案通过。');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a look-alike refused on its own mark', () => {
  it('a meeting announced is a notice, even with its items listed', () => {
    const d = extractFromText('各科室：\n经研究，拟定于2024年3月5日召开院务会议，现将有关事项通知如下：\n一、会议内容\n1. 审议年度预算\n2. 研究人事事项\n二、参加人员\n院领导班子成员，由院长主持。');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/notice/);
  });
  it('a statute listing what a record must hold is not a record', () => {
    const d = extractFromText('法规名称：某市议会议事规则\n时间：2011年1月18日\n第五条 会议纪录应记载下列事项：出席者之姓名、主席姓名、议案内容及决议。\n第六条 表决结果应记载。');
    expect(d.isMinutes).toBe(false);
  });
  it('a blog’s chatty account of a meeting is not its record', () => {
    const d = extractFromText('今天下雨啦~~大家都好担心\n7点一到主席宣布开会~~哈哈\n某社区发展协会第四届第二次会员大会开始\n审核活动计划，无异议，拍手通过喔');
    expect(d.isMinutes).toBe(false);
  });
  it('an English notice of a meeting to come is not minutes', () => {
    const d = extractFromText('Notice is hereby given that the Annual General Meeting will be held on 3 May 2024 at 7pm.\nChair: J. Smith\nPresent: members are invited to attend.\nItems: to approve the accounts.');
    expect(d.isMinutes).toBe(false);
  });
});
