import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Made-up note pages of teams and clubs: the date run into the meeting's name heads the particulars.
const body = '出席人员：王小明、李华、张伟\n议程\n1. 讨论下学期活动安排\n结论：确定十月举办迎新活动，由李华负责';

describe("a team's note page headed by its date and name", () => {
  it.each([
    ['20240311-干部交接讨论', `20240311-干部交接讨论\n会议资讯\n日期：2024/03/11\n时间：19:00~21:00\n地点：线上\n${body}`],
    ['20231105 开源小聚', `# 20231105 开源小聚\n时间：2023-11-05 周日 14:00-16:00\n地点：社团教室\n${body}`],
    ['2024-06-02 迎新筹备 一筹', `## 2024-06-02 迎新筹备 一筹\n日期: 2024/06/02\n地点: Discord\n${body}`],
  ])('%s', (title, text) => {
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe(title);
  });

  it('a dateline alone, or a date over no particulars, heads nothing', () => {
    expect(extractFromText(`2024-03-11\n时间：19:00\n${body}`).title).not.toBe('2024-03-11');
    expect(extractFromText(`20240311-干部交接讨论\n王小明说明了本学期的工作，大家讨论后确定十月举办迎新活动。\n${body}`).title).toBeNull();
  });
});
