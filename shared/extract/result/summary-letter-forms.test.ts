import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a summary or a letter about a meeting, not its record', () => {
  it('refuses a summary that sends members to the minutes kept elsewhere', () => {
    const d = extractFromText(
      ['Report of 2017 Annual General Meeting', 'Hammerwood and Holtye Hall', 'A summary of the proceedings at the 2017 AGM is given below and if anyone would like to see a full copy of the minutes these are available from the Hon. Secretary.', 'The Committee had a very busy year. The Quiz Night in May was a sell out and it was agreed to run this again.'].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });

  it('refuses a Chinese letter to parents that tells of a board meeting', () => {
    const d = extractFromText(
      ['华夏中文学校董事会消息', '尊敬的各位家长,老师和校务人员:', '学校董事会于2020年2月16日举行了全体董事会议。会议通过了4项规章制度。', '会议讨论了2020年董事换届选举并决定于4月12日进行选举。'].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });

  it('still reads a Chinese record that names those present', () => {
    const d = extractFromText(['董事会会议记录', '时间：2020年2月16日', '出席：张明、李华、王强', '一、会议通过了4项规章制度。', '二、会议决定于4月12日进行董事选举。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
