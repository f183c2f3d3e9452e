import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isDivisionHeadZh } from './division-head';

describe('the head of a division of work', () => {
  it.each(['团队分工', '###团队分工', '三.人员分工', '##二、中期任务分工', '任务分配如下：', '（二）分工安排', '**职责分工**', '團隊分工'])('%s is one', (h) => {
    expect(isDivisionHeadZh(h)).toBe(true);
  });
  it.each(['会议决定分工由办公室另行通知。', '分工明确，责任到人，确保按期完成各项任务', '关于调整领导班子成员分工的说明和有关情况的汇报材料', '前端：王雨'])('%s is none', (h) => {
    expect(isDivisionHeadZh(h)).toBe(false);
  });
});

// A team's notes giving each member or group their part under a heading, in three printings.
const PARTS: { name: string; lines: string[]; assignees: string[][] }[] = [
  { name: 'person: part', lines: ['- 王雨：整理需求文档', '- 涵洋、建雄：负责原型修改'], assignees: [['王雨'], ['涵洋', '建雄']] },
  { name: 'group: people, in bold', lines: ['- **前端**：王雨、李明', '- **后端**：张强、赵刚'], assignees: [['王雨', '李明'], ['张强', '赵刚']] },
  { name: 'no bullets', lines: ['王雨：整理需求文档', '涵洋、建雄：负责原型修改'], assignees: [['王雨'], ['涵洋', '建雄']] },
];

const notes = (head: string, lines: string[]) =>
  ['# 2024年9月20日第一次小组会议记录', '', '参会人员：王雨、李明、张强、赵刚、涵洋、建雄', '', '## 一、确定选题', '', '大家讨论了多个方案，比较了实现难度。', '', head, '', ...lines, '', '## 三、项目分析', '', '现有平台的不足在于消息混杂，难以查找。', '- 商品不具有实时性', '- 渠道较少'].join('\n');

describe('a division of work in a team’s notes', () => {
  it.each(PARTS)('$name: each line a task, up to the next heading', ({ lines, assignees }) => {
    const draft = extractFromText(notes('## 二、团队分工', lines));
    const got = draft.decisions;
    expect(got.map((d) => d.text.replace(/^[-*]\s/, ''))).toEqual(lines.map((l) => l.replace(/^[-*]\s/, '')));
    expect(got.map((d) => d.assignees)).toEqual(assignees);
    // Read from a team's own heading: worth a look, not sure.
    expect(draft.fields.decisions?.confidence).toBeLessThan(0.9);
  });
});
