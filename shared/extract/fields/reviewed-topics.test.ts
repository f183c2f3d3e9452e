import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Records of unnumbered topic paragraphs, in both scripts: most topics decided, one only heard.
const HEAD = ['某市住建局局长办公会议纪要', '8月13日下午，局长张某主持召开局长办公会，局领导王某、李某参加会议。现纪要如下：'];
const HEAD_T = ['某市教育局局務會議紀錄', '8月13日下午，局長張某主持召開局務會議，局領導王某、李某出席。現紀錄如下：'];
const DECIDED = [
  '会议原则同意《某市扶持建筑业骨干企业发展实施方案》。会议要求，进一步修改完善后尽快印发实施。',
  '会议审议通过了《住建领域防汛紧急处置方案》。会议指出，防汛工作关系人民群众生命安全。',
  '会议同意由市城管局牵头制定老旧小区改造计划，9月底前报市政府。',
];
const HEARD = [
  '会议听取了关于城市清洁取暖建设情况的汇报。会议强调，要加强督导调度，加快工作进度。',
  '会议研究了全市物业管理专项整治工作。会议指出，物业管理关系群众切身利益。',
];
const DECIDED_T = ['會議原則同意《某市校園安全實施方案》。會議要求，盡快印發實施。', '會議審議通過了《教師培訓計畫》。會議指出，培訓工作十分重要。'];
const HEARD_T = '會議聽取了關於學校午餐供應情況的匯報。會議強調，要加強監督管理。';

const texts = (lines: string[]) => extractFromText(lines.join('\n')).decisions.map((d) => d.text.slice(0, 8));

describe('a reviewed topic among decided topic paragraphs', () => {
  it.each([
    ['heard between two decided', [DECIDED[0], HEARD[0], DECIDED[1]]],
    ['heard first', [HEARD[0], DECIDED[0], DECIDED[1]]],
    ['heard last', [DECIDED[0], DECIDED[2], HEARD[1]]],
    ['two heard among three decided', [DECIDED[0], HEARD[0], DECIDED[1], HEARD[1], DECIDED[2]]],
  ])('is a topic of the record (%s)', (_, body) => {
    expect(texts([...HEAD, ...body])).toEqual(body.map((t) => t.slice(0, 8)));
  });
  it('is a topic in Traditional script too', () => {
    const body = [DECIDED_T[0], HEARD_T, DECIDED_T[1]];
    expect(texts([...HEAD_T, ...body])).toEqual(body.map((t) => t.slice(0, 8)));
  });
  it('stays out where few topics are decided, and a closing aside stays out', () => {
    expect(texts([...HEAD, HEARD[0], HEARD[1], DECIDED[0]])).not.toContain(HEARD[1].slice(0, 8));
    const aside = '会议还研究了道路建设、河长制工作等有关事项。';
    expect(texts([...HEAD, DECIDED[0], DECIDED[1], aside])).toEqual([DECIDED[0], DECIDED[1]].map((t) => t.slice(0, 8)));
  });
  it('stays out where it opens a paragraph’s run of outcomes', () => {
    const run = '会议听取了各代表团审议工作报告情况的汇报；听取并通过议案处理意见的报告；通过大会各项决议（草案），并提交各代表团审议。';
    expect(texts([...HEAD, run])).not.toContain(run.slice(0, 8));
  });
});
