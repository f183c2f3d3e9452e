import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A team's record lists who came under the bare word "人员" in its basic-information block.
const record = (who: string) =>
  ['# 会议记录', '', '## 基本信息', '', '- **时间**：2025.11.11日', who, '- **主题**：确定界面内容', '', '## 会议内容', '', '- [ ] 实现报警图片获取流程'].join('\n');

describe('a Chinese header naming who came under the bare word 人员', () => {
  it('reads the names after "人员：" as the attendees', () => {
    const d = extractFromText(record('- **人员**：李博，顾天恩，周伟胜，宫文贺'));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['李博', '顾天恩', '周伟胜', '宫文贺']);
  });

  it('reads the Traditional form "人員：" too', () => {
    expect(extractFromText(record('- **人員**：李博，顧天恩，周偉勝')).attendees).toEqual(['李博', '顧天恩', '周偉勝']);
  });

  it('does not read a line that only mentions staff as a list of names', () => {
    expect(extractFromText(record('- 人员安排另行通知')).attendees).toEqual([]);
  });
});
