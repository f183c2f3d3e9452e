import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A body's short record in running prose, no decisions heading: each paragraph the meeting's act
// with its outcome is a decision, an election or a plain "一致通过" as much as "审议通过".
const HEAD = ['某大学校长办公会会议纪要', '3月5日下午，校长张某主持召开校长办公会，王某、李某出席会议。'];
const HEAD_T = ['某大學校長辦公會會議紀錄', '3月5日下午，校長張某主持召開校長辦公會，王某、李某出席會議。'];
const ACTS = [
  '会议审议通过了《教师岗位聘任办法》。',
  '会议选举王某为学校工会主席。',
  '会议决定，由教务处牵头制定招生计划，4月底前完成。',
  '会议同意后勤处关于食堂改造的方案。',
  '会议一致通过了《实验室安全管理规定》。',
  '会议推选李某为监票人。',
  '会议全票通过了2023年度预算方案。',
];
const ACTS_T = ['會議審議通過了《教師崗位聘任辦法》。', '會議選舉王某為學校工會主席。', '會議一致通過了《實驗室安全管理規定》。'];

const texts = (lines: string[]) => extractFromText(lines.join('\n')).decisions.map((d) => d.text.slice(0, 8));

describe('outcomes of a running-prose record', () => {
  it.each([
    ['an election among approvals', [ACTS[0], ACTS[1], ACTS[3]]],
    ['a plain unanimous approval', [ACTS[2], ACTS[4]]],
    ['a person put to a post and a vote', [ACTS[5], ACTS[6], ACTS[0]]],
    ['all of them', ACTS],
  ])('are each a decision (%s)', (_, body) => {
    expect(texts([...HEAD, ...body])).toEqual(body.map((t) => t.slice(0, 8)));
  });
  it('are each a decision in Traditional script too', () => {
    expect(texts([...HEAD_T, ...ACTS_T])).toEqual(ACTS_T.map((t) => t.slice(0, 8)));
  });
});
