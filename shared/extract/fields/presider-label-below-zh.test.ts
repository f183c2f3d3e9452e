import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (below: string) =>
  `区政府常务会议纪要\n会议时间:\n2023年11月20日(星期一)上午9:30\n会议地点:\n区长会议室\n会议主持人:\n${below}\n会议决定：\n一、原则同意规划纲要中期评估报告。\n二、区发改局牵头抓好落实。\n`;

describe('a Chinese presider label with its name on the line below', () => {
  it('reads the name after the posts', () => {
    const d = extractFromText(page('区委副书记、区长张福明'));
    expect(d.presider).toBe('张福明');
  });
  it('leaves a line below that is no name', () => {
    expect(extractFromText(page('##六、主席報告')).presider).toBeNull();
  });
});
