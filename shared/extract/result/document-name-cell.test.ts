import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A county portal prints the document's particulars as a table above its text: the name cell says what kind it is.
const page = (name: string) =>
  [
    `文件名称 | ${name} | ||`,
    '索引号 | zyxzfzyxzfbgs/2022-4992 | 公开目录: | 政务督查 |',
    '公开责任部门 | 县政府办公室 | 公开形式: | 主动公开 |',
    '近期，县政府督查室对第八次县政府常务会议确定事项落实情况开展了专项督查。',
    '一、总体情况',
    '第八次县政府常务会议确定事项22件，已办结6件，正在办理16件。',
    '二、工作要求',
    '县民政局负责的第1件进展滞后，请责任单位加快工作节奏。',
  ].join('\n');

describe('a disclosure page’s document-name cell', () => {
  it('naming a 通报 makes the page a report, not minutes', () => {
    const d = extractFromText(page('2022年第八次县政府常务会议确定事项落实情况的通报'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/通报/);
  });
  it('naming a 纪要 is no report’s name', () => {
    expect(extractFromText(page('2022年第八次县政府常务会议纪要')).reason ?? '').not.toMatch(/通报/);
  });
});
