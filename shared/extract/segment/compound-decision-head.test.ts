import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { compoundDecisionHeadZh } from './compound-decision-head';

describe('a heading joining the decisions to what led to them', () => {
  it.each(['##**四、关键讨论与决议**', '三、讨论及决定', '##议题与决议事项', '**研究与决定**'])('%s', (h) => {
    expect(compoundDecisionHeadZh(h)).toBe(true);
  });
  it.each(['关键讨论与决议', '四、关键讨论', '##讨论情况', '会议围绕讨论与决议的关系作了说明'])('not %s', (h) => {
    expect(compoundDecisionHeadZh(h)).toBe(false);
  });

  it('makes a team note under a bare 会议纪要 heading a record, its items the decisions', () => {
    const text = [
      '# 会议纪要',
      '',
      '## **一、会议主题**',
      '',
      '项目开发规划会',
      '',
      '## **二、关键讨论与决议**',
      '',
      '- **工期**：两周内完成MVP，分期推进。',
      '- **需求文档**：先出系统架构图，3天内交付MVP文档。',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual([expect.stringContaining('两周内完成MVP'), expect.stringContaining('先出系统架构图')]);
  });
});
