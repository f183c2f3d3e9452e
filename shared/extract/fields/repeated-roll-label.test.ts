import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const meeting = (date: string, who: string) => [`# ${date}`, '## 参会人员', who, '', '## 主要主题', '* 社区的roadmap', '', '## 讨论点', '* 版本兼容问题', '> 决定下个版本修复兼容问题', '', '', '', ''].join('\n');

describe('one roll label printed again and again down the page', () => {
  it('leaves whose roll it is a reading (a log of meetings, each with its own)', () => {
    const log = ['# 会议纪要', meeting('2022.06.17', '蔡铭霞、张斌斌'), meeting('2022.06.30', '叶飞、龚华健'), meeting('2022.07.14', '付佳正、恒宇')].join('\n');
    const d = extractFromText(log);
    expect(d.attendees?.length).toBeGreaterThan(0);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('keeps a roll printed once sure', () => {
    const d = extractFromText(['# 会议纪要', meeting('2022.06.17', '蔡铭霞、张斌斌、叶飞')].join('\n'));
    expect(d.attendees).toEqual(['蔡铭霞', '张斌斌', '叶飞']);
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
