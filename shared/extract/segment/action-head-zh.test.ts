import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isActionHeadZh } from './action-head-zh';

describe('a team’s notes’ heading over its outcomes and tasks', () => {
  it.each(['决策事项', '###决策事项', '##待办事项', '四、后续行动', '**行动项**', '跟进事项：', '（二）下一步行动', '待辦事項', '##后续行动项目', '会后待办：', '##工作安排', '任务分工：', '三、工作分工'])('%s is one', (h) => {
    expect(isActionHeadZh(h)).toBe(true);
  });
  it.each(['决策部署落实情况汇报', '会议对下一步行动提出了要求。', '行动项目经费由财务处另行核拨', '待办：王雨整理文档', '关于全县工作安排的通知', '工作安排部署会议'])('%s is none', (h) => {
    expect(isActionHeadZh(h)).toBe(false);
  });
});

// A team's notes with its outcomes and tasks under their own headings, then the notes of an earlier meeting.
const notes = (decisionsHead: string, actionsHead: string) =>
  [
    '# 项目会议记录',
    '',
    '## 2024-04-16 功能开发会议',
    '',
    '### 参与人员',
    '- 王雨',
    '- 李明',
    '',
    '### 讨论内容',
    '- 展示页面已完成开发',
    '- 接口遇到了速率限制问题',
    '',
    decisionsHead,
    '1. 接受当前展示功能的实现',
    '2. 优化接口调用作为下一个优先事项',
    '',
    actionsHead,
    '- 更新项目文档',
    '- 准备用户测试',
    '',
    '## 2024-03-20 项目启动会议',
    '',
    '### 讨论内容',
    '- 确定了技术栈',
  ].join('\n');

describe('outcomes and tasks under a team’s own headings', () => {
  it.each([
    ['### 决策事项', '### 后续行动'],
    ['### 会议决策', '### 待办事项'],
    ['**决策事项**', '**行动项**'],
    ['## 决议事项', '## 后续行动项目'],
    ['### 会议决策', '### 工作安排'],
  ])('%s and %s: each item a decision, up to the next meeting’s heading, read less sure', (d, a) => {
    const draft = extractFromText(notes(d, a));
    expect(draft.isMinutes).toBe(true);
    expect(draft.decisions.map((x) => x.text.replace(/^(?:\d\.|-)\s/, ''))).toEqual(['接受当前展示功能的实现', '优化接口调用作为下一个优先事项', '更新项目文档', '准备用户测试']);
    expect(draft.fields.decisions?.confidence).toBeLessThan(0.9);
  });
});
