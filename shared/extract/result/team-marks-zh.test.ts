import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { teamMarksZh } from './team-marks-zh';

// Team and student notes of one meeting under a dated heading naming it, with no 出席 list and no
// 会议决定: what the team reached, a task's deadline, a results heading, its members listed.
const headings = ['## 第一次会议 2018.8.9', '## 2024年9月20日第一次会议', '# 第三次组会 2023-03-14', '### 项目周会（2022/10/12）'];
const bodies: [string, string[]][] = [
  ['a deadline and a results heading', ['- 任务发布：构建项目基础原型', '- 任务截止日期：2018.8.13', '', '### 成果', '- 使用protege构建了一个简单的本体模型。']],
  ['an outcome reached and members listed', ['### 1. 确定选题', '组员通过头脑风暴讨论，最终决定了项目选题为旅行手帐小程序。', '- 参与人员：郑云鲲、王雯琪、黄俊、李宗泽']],
  ['members who discussed and what they settled', ['小组成员共同讨论了需求文档的分工。', '经过讨论，确定了前端使用 Vue 框架，后端使用 Spring Boot。']],
  ['a conclusion heading and a deadline', ['一、进度汇报', '王同学完成了登录页面。', '二、会议结论', '下周完成接口联调，DDL：10月20日。']],
];

describe('Chinese team notes: the marks of a meeting that took place', () => {
  for (const head of headings) {
    it.each(bodies)(`${head} over %s is minutes`, (_name, body) => {
      expect(extractFromText([head, '', ...body].join('\n')).isMinutes).toBe(true);
    });
  }

  it.each([
    ['a notice calling the meeting', ['## 第一次会议 2024年9月20日', '请全体组员准时参加，届时将确定项目选题。', '会议地点：图书馆 302']],
    ['an agenda of what is to be settled', ['## 第一次会议 2024年9月20日', '会议议程：', '1. 讨论项目选题', '2. 如何确定分工']],
    ['an empty notes template', ['## 第一次会议 ____年__月__日', '参与人员：____、____', '### 成果', '____']],
  ])('%s is not minutes', (_name, lines) => {
    expect(extractFromText(lines.join('\n')).isMinutes).toBe(false);
  });

  it('reads no outcome from what is still to be decided', () => {
    const m = teamMarksZh(['下次会议将确定分工', '请大家明确各自的任务', '是否决定采用新框架']);
    expect(m.outcome).toBe(false);
  });
  it('reads no deadline from "截止" meaning "as of"', () => {
    expect(teamMarksZh(['截止2023年底，全县共完成项目12个。']).task).toBe(false);
  });
  it('reads a labelled member list of two or more, not one name or blanks', () => {
    expect(teamMarksZh(['参会人员：张三、李四']).people).toBe(true);
    expect(teamMarksZh(['参会人员：张三']).people).toBe(false);
    expect(teamMarksZh(['参会人员：____、____']).people).toBe(false);
  });
});
