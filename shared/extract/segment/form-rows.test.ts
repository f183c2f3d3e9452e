import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { splitFormRows } from './form-rows';

const decisions = ['一、会议决定，由秘书部负责整理本学期工作材料，1月10日前完成。', '二、会议要求各部门按时提交工作总结。'];
const enItems = ['1. It was agreed to renew the hall booking for 2025.', '2. Action: Bo Tran to send the accounts to the auditor by 30 May.'];

describe('a header printed as a form table in text', () => {
  // The same header in the layouts a pasted or Markdown form takes.
  const zhForms: [string, string[]][] = [
    ['Markdown, four columns', ['| 会议时间 | 2026年1月5日 | 会议地点 | 会议室 |', '| --- | --- | --- | --- |', '| 主持人 | 周雨欣 | 记录人 | 王明 |', '| 参会人员 | 李华、张强、赵敏 | | |']],
    ['pasted, no outer bars', ['会议时间 | 2026年1月5日 | 会议地点 | 会议室', '主持人 | 周雨欣 | 记录人 | 王明', '参会人员 | 李华、张强、赵敏']],
    ['pasted, closing bar only', ['会议时间 | 2026年1月5日 | 会议地点 | 会议室 |', '主持人 | 周雨欣 | 记录人 | 王明 |', '参会人员 | 李华、张强、赵敏 | ||']],
    ['Markdown, two columns', ['| 项目 | 内容 |', '| --- | --- |', '| 会议时间 | 2026年1月5日 |', '| 主持人 | 周雨欣 |', '| 参会人员 | 李华、张强、赵敏 |']],
    ['tight bars', ['|会议时间|2026年1月5日|会议地点|会议室|', '|主持人|周雨欣|记录人|王明|', '|参会人员|李华、张强、赵敏|']],
  ];
  it.each(zhForms)('reads the date, presider and attendees of a Chinese form (%s)', (_layout, rows) => {
    const d = extractFromText(['团学会第十五次会议纪要', ...rows, ...decisions].join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2026-01-05');
    expect(d.presider).toBe('周雨欣');
    expect(d.attendees).toEqual(['李华', '张强', '赵敏']);
  });

  it.each([
    ['Markdown', ['| Date | 5 May 2024 | Chair | Ann Lowe |', '| --- | --- | --- | --- |', '| Present | Ann Lowe, Bo Tran, Cy Webb | | |']],
    ['pasted', ['Date | 5 May 2024 | Chair | Ann Lowe', 'Present | Ann Lowe, Bo Tran, Cy Webb']],
  ])('reads an English form (%s)', (_layout, rows) => {
    const d = extractFromText(['Minutes of the Hall Committee', ...rows, ...enItems].join('\n'));
    expect(d.meetingDate).toBe('2024-05-05');
    expect(d.presider).toBe('Ann Lowe');
    expect(d.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Webb']);
  });

  it('reads the value where it is printed: each part of a row is the text between its offsets', () => {
    const lin = splitFormRows(linesFromText('会议纪要\n| 主持人 | 周雨欣 | 记录人 | 王明 |'));
    expect(lin.lines.map((l) => l.text)).toEqual(['会议纪要', '主持人 ： 周雨欣', '记录人 ： 王明']);
    for (const l of lin.lines) expect(l.text.length).toBe(l.end - l.start);
    expect(lin.text.slice(lin.lines[1].start, lin.lines[1].end)).toBe('主持人 | 周雨欣');
  });

  it('leaves a table whose cells are not labels over values as it was', () => {
    for (const row of ['| Owner | Action | Due |', '| Bo Tran | Send the accounts | 30 May |', '| 姓名 | 职务 | 单位 |', '| 李华 | 主任 | 办公室 |', '| 主持人 | 记录人 |']) {
      const lin = linesFromText(`Minutes\n${row}`);
      expect(splitFormRows(lin)).toBe(lin);
    }
  });
});
