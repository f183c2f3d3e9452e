import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a meeting log under a bare record heading: the first entry names the meeting', () => {
  const page = (top: string) => `${top}\n- 时间：2023年5月6日\n- 参会人员：张伟、李娜、王强\n- 确定了项目选题与分工\n- 决定下周完成需求文档\n### 第二次会议\n- 完成需求评审`;
  it.each([
    ['# 会议记录\n## 第一次会议', '第一次会议'],
    ['## 会议纪要\n### 第一次会议 2023.5.6', '第一次会议 2023.5.6'],
    ['# 会议记录\n## 2023-05-06 需求讨论会议', '2023-05-06 需求讨论会议'],
  ])('%s', (top, title) => {
    expect(extractFromText(page(top)).title).toBe(title);
  });

  it.each([
    // A date alone, or an entry that is a record title of its own, is left to the heading above it.
    ['# 会议记录\n## 2023年5月6日星期六', '会议记录'],
    ['# 会议纪要\n## 第一次会议纪要', '会议纪要'],
    // A heading that names its body is no bare record word.
    ['# 软件小组会议记录\n## 第一次会议', '软件小组会议记录'],
  ])('keeps the heading: %s', (top, title) => {
    expect(extractFromText(page(top)).title).toBe(title);
  });
});
