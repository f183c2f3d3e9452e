import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const MEMBERS: [string, boolean][] = [
  ['Arnaud Le Hors', true],
  ['Binh Nguyen', true],
  ['Christopher Ferris', false],
  ['Dan Middleton', true],
];
const CAME = MEMBERS.filter(([, c]) => c).map(([n]) => n);
const en = (table: string) =>
  extractFromText(`# Technical Steering Committee Minutes\nOctober 20, 2016\n**TSC Members**\n${table}\n## Decisions\n- The TSC approved the release plan.\n- The TSC approved the new project.`).attendees;

describe('a table of members with a presence column', () => {
  it.each([
    ['Markdown, Yes / No', '| Name | Present |\n|---|---|', (n: string, c: boolean) => `| ${n} | ${c ? 'Yes' : 'No'} |`],
    ['Markdown, padded, bold head', '| **Name**             | **Present** |\n|----------------------|-----|', (n: string, c: boolean) => `| ${n.padEnd(20)} | ${c ? 'Yes' : 'No'} |`],
    ['ticks and blanks', '| Member | Organisation | Attended |\n| --- | --- | --- |', (n: string, c: boolean) => `| ${n} | Acme | ${c ? '✓' : ''} |`],
    ['regrets marked', '| Name | Attendance |\n|---|---|', (n: string, c: boolean) => `| ${n} | ${c ? 'Present' : 'Regrets'} |`],
  ])('%s: the members marked present attended', (_kind, head, row) => {
    expect(en(`${head}\n${MEMBERS.map(([n, c]) => row(n, c)).join('\n')}`)).toEqual(CAME);
  });

  it('a Chinese table: 姓名 | 出席情况, 出席 or 请假', () => {
    const rows = [['张三', '出席'], ['李四', '请假'], ['王五', '出席'], ['赵六', '出席']];
    const d = extractFromText(`项目组第三次例会会议记录\n2024年5月6日\n| 姓名 | 出席情况 |\n| --- | --- |\n${rows.map(([n, s]) => `| ${n} | ${s} |`).join('\n')}\n会议决定：\n1. 下周完成接口联调。\n2. 王五负责编写测试用例。`);
    expect(d.attendees).toEqual(['张三', '王五', '赵六']);
  });

  it('a table without a presence column is no list of who came ("| Name | Role |")', () => {
    expect(en(`| Name | Role |\n|---|---|\n${MEMBERS.map(([n]) => `| ${n} | Maintainer |`).join('\n')}`)).not.toEqual(CAME);
  });
});
