import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { datedMeetingHeading, meetingHeadingDatedBelow } from './meeting-notes';

/**
 * Projects', clubs' and teams' notes in several headings and layouts: a heading naming one meeting
 * with its date, no minutes title and no motion, and two marks of a meeting held (who came, a task
 * given by name, an outcome stated, the meeting said to have met or ended).
 */
const NOTES = [
  // Markdown notes: setext heading with a short date, names listed, a 结论 and a task by @name.
  '2024/3 SIG 例会\n===\n\n## 参会人员：\n\n- alice\n- 张伟\n- bob\n- 李娜\n\n## 本次议题\n\n### 镜像站迁移\n\nalice: 旧机器快到期了\n\n结论：\n\n下月底前完成迁移，由 @bob 推进\n\n### 文档翻译\n\n李娜：希望更多人参与',
  // A team's weekly notes in plain text: the heading's compact date, a headcount and a task by name.
  '20240311 前端周会\n本次会议共 8 人参与。\n一、进度同步\n组件库已完成升级。\n二、待办\n由小王负责整理发布说明。',
  // A club's notes, Traditional script: a 結論 and the meeting closed.
  '2023/10 社團幹部會議\n與會者\n陳大文、林小明、王美玲\n議題\n一、社課時間\n結論：改到週三晚上。\n二、經費\n討論後決定先向學校申請補助。\n21:10 會議結束',
  // English notes with a month-year heading, a headcount and tasks by name.
  'Regular meeting (Mar 2024)\n\n9 people attended\n\nWebsite\n- the old theme is broken on mobile\n- Priya and Tom will draft a new layout for the next meeting\n\nFunding\n- no news yet',
  // English notes with a numeric heading, the meeting said to have met, and an outcome.
  'Maintainers call 2024-05-02\n\nThe maintainers met on Thursday via video.\n\nRelease\n- Agreed to cut 2.1 next week\n\nCI\n- flaky tests on Windows again',
  // Officers' notes with a month/day heading, names listed and a task by name.
  'Officers meeting 9/12\n\nAttendees: Jamie Fox, Lee Chan, Sam Ortiz\n\nBake sale\n- Lee to book the hall\n- Sam will email the parents',
];

/** What shares the headings: a notice calling the meeting, an agenda sent before it, an empty notes template, a README about how meetings run, a blog's chatty account. */
const LOOK_ALIKES = [
  'Maintainers call 2024-05-02\n\nThe call will be held on Thursday at 16:00 UTC. Everyone is welcome to join.\n\nAgenda\n- Release 2.1\n- CI',
  '2024/3 SIG 例会\n===\n\n## 议程\n\n- 镜像站迁移\n- 文档翻译\n\n会议时间：3月14日 20:00，请大家准时参加。',
  '双周会 2024-05-02\n\n## 参会人员\n\n-\n\n## 议题\n\n-\n\n## 结论\n\n-\n\n## 待办\n\n- [ ]',
  '# How our meetings run\n\nEvery meeting has a chair and a note taker. Anyone can add a topic to the agenda.\nAction items are assigned to a person and tracked in the issue tracker.',
  'Officers meeting 9/12\n\nAgenda\n1. To approve the minutes of the last meeting\n2. To consider the bake sale\n3. Any other business',
];

describe('a team’s or club’s notes of one meeting', () => {
  it.each(NOTES.map((t, i) => [i, t]))('notes %i are minutes', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is refused', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});

describe('a dated heading naming one meeting', () => {
  it.each(['Curve 双周会 2022-09-15', '2023/5 TC 例会', 'Meeting notes 2021-03-04', 'Officers meeting 9/12', '## Regular meeting (Nov 2020)', '20230904-社博前會議'])('%s', (h) => {
    expect(datedMeetingHeading(h)).toBe(true);
  });
  it.each(['Next meeting 2021-03-04', '下次会议 2023/6', 'Meeting notes', '会议纪要模板', 'Release 2.1 notes'])('not %s', (h) => {
    expect(datedMeetingHeading(h)).toBe(false);
  });
});

describe('a meeting named in a heading, dated on the line below', () => {
  it.each([
    ['#### 会议1', '时间：3月26日  21：00-22：00'],
    ['Meeting 3', 'Date: 4 May 2021'],
  ])('%s / %s', (h, below) => {
    expect(meetingHeadingDatedBelow(h, below)).toBe(true);
  });
  it.each([
    ['#### 会议1', '会议目的: 确定项目需求'],
    ['下次会议', '时间：4月2日'],
    ['会议决定如下：', '时间：3月26日'],
  ])('not %s / %s', (h, below) => {
    expect(meetingHeadingDatedBelow(h, below)).toBe(false);
  });

  it('heads a team log that states what it settled', () => {
    const text = [
      '#### 会议1',
      '',
      '时间：3月26日  21：00-22：00',
      '',
      '会议目的: 确定项目需求、用例等等；',
      '',
      '会议内容:',
      '',
      '确定了基本的需求和用例——建图、导航、物体识别。',
      '',
      '#### 会议2',
      '',
      '时间：4月2日  21：00-22：00',
      '',
      '会议内容：分配SRS文档任务，王兆桓负责第三章。',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
