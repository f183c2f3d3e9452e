import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const NOTES = [
  '# 2023.10.13 项目组会议',
  '',
  '- 时间：2023.10.13 14:40',
  '',
  '- 与会人员：',
  '\t1. AndSonder',
  '\t2. From00',
  '',
  '## 方案设计探讨',
  '',
  '1. 如何准确的记录开始和结束的时间',
  '',
  '由于多线程执行，输出结束时可能还没有执行完毕。经讨论，决定在开始执行的时候使用事件记录开始时间。',
].join('\n');

describe('a roll numbered under its label', () => {
  it('gives the names, without their numbers', () => {
    expect(extractFromText(NOTES).attendees).toEqual(['AndSonder', 'From00']);
  });

  it("leaves the record's own items numbered: the decision under item 1 is read", () => {
    const d = extractFromText(NOTES);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text).join('')).toContain('决定在开始执行的时候使用事件记录开始时间');
  });
});
