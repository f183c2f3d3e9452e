import { describe, expect, it } from 'vitest';
import { plainMarkdown } from './plain';

describe('plainMarkdown', () => {
  it('reads a note page as the text it renders to', () => {
    const md = ['# 读书会第3次例会纪要', '**时间**：2022年5月6日', '**出席**：[甲某](https://example.org/a)、乙某', '## 讨论', '- 会议同意下月改为线上。'].join('\n');
    expect(plainMarkdown(md)).toBe(['读书会第3次例会纪要', '时间：2022年5月6日', '出席：甲某、乙某', '讨论', '会议同意下月改为线上。'].join('\n'));
  });
  it('reads a table’s two-cell rows as labels over values and drops its rule row', () => {
    const md = ['# Garden club notes', '| Date | 4 May 2021 |', '| --- | --- |', '| Present | Ann, Bo |'].join('\n');
    expect(plainMarkdown(md)).toBe(['Garden club notes', 'Date：4 May 2021', 'Present：Ann, Bo'].join('\n'));
  });
  it('leaves a page without markup alone', () => {
    expect(plainMarkdown('会议纪要\n时间：2022年5月6日\n会议同意。')).toBeNull();
    expect(plainMarkdown('Cost: 5 * 3 = 15\nAll agreed.')).toBeNull();
  });
});
