import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

// A team's or a review's header names who was there and who kept the record with the meeting's own word
// before it (会议人员, 会议记录人), as it does the time and place (会议时间, 会议地点).
describe('header labels that open with 会议', () => {
  const labels: [string, string][] = [
    ['会议人员：张某、李某、王某', 'attendance'],
    ['会议成员：赵某 钱某 孙某', 'attendance'],
    ['會議人員：陳某、林某', 'attendance'],
    ['会议记录人：周某', 'recorder'],
    ['会议记录员：吴某', 'recorder'],
    ['會議紀錄人：鄭某', 'recorder'],
  ];
  for (const [line, kind] of labels) {
    it(`reads "${line}" as ${kind}`, () => expect(parseLabel(line)?.kind).toBe(kind));
  }

  it('takes a review meeting’s numbered header for the record kept, its narrated opinions notwithstanding', () => {
    const text = [
      '# 登录模块设计评审记录',
      '## 1. 评审信息',
      '1. 会议主持：冯某',
      '2. 会议人员：冯某、陈某、褚某',
      '3. 会议时间：2025-05-06 14:00 - 14:30',
      '4. 会议记录人：陈某',
      '## 2. 评审记录',
      '评审组认为设计合理，接口清晰，具体意见如下：',
      '1. 登录失败次数上限写入配置；',
      '2. 补充会话过期的测试用例。',
      '## 3. 评审结论',
      '设计通过评审，同意进入开发。',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['冯某', '陈某', '褚某']);
  });
});
