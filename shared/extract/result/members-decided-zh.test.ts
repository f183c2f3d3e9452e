import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A lab's own short record: the director's words narrated, then what all present passed together.
const RECORD = (close: string) =>
  [
    '2022年3月11日,实验室在六教A410召开2022年上半年新学期工作布置会,会议由实验室主任赵晨教授主持,实验室主要成员参加会议。',
    `会议上,实验室秘书李丽珺总结了去年的经费使用情况;赵晨指出了新学期的主要工作方向和内容,包括设备更新、对外交流等,实验室成员充分发表意见,气氛热烈。${close}`,
    '实验室召开2022年上半年新学期工作布置会',
  ].join('\n');

describe('the members as the subject of the outcome', () => {
  it('"全体参会者共同审议通过…" is an outcome: the record is minutes, not a speech narrated', () => {
    const d = extractFromText(RECORD('最后,全体参会者共同审议通过实验室招标课题结项等具体事项。'));
    expect(d.isMinutes).toBe(true);
  });
  it('"与会人员一致认为…" is a view: with nothing passed it stays a story', () => {
    const d = extractFromText(RECORD('最后,与会人员一致认为新学期工作安排合理可行。'));
    expect(d.isMinutes).toBe(false);
  });
});
