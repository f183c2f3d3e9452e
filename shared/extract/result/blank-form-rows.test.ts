import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { blankFormRows } from './blank-form-rows';

const form = (v: (k: string) => string) =>
  [
    '# 会议记录',
    '| 项目 | 内容 |',
    '| -------- |----------|',
    '| **会议主题** | 技术评标系统优化 |',
    `| **会议时间** | ${v('2024年3月5日')} |`,
    `| **会议地点** | ${v('三楼会议室')} |`,
    `| **主持人** | ${v('王立')} |`,
    `| **参会人员** | ${v('王立、陈明、李华')} |`,
    `| **记录人** | ${v('陈明')} |`,
    '## 会议决议',
    '1. 同意技术评标系统优化方案，由陈明负责，3月底前完成。',
  ].join('\n');

describe("a form's rows left blank", () => {
  it('make a template of a minutes heading, its fields named and empty', () => {
    expect(blankFormRows(segment(linesFromText(form(() => '   '))))).toBe(5);
    expect(extractFromText(form(() => '   ')).isMinutes).toBe(false);
  });

  it('are not counted in a form filled in', () => {
    expect(blankFormRows(segment(linesFromText(form((x) => x))))).toBe(0);
    expect(extractFromText(form((x) => x)).isMinutes).toBe(true);
  });

  it('are not a row of counts or of numbers with its other cells empty', () => {
    const rows = ['非小組成員: | 1座1人 | |', '5座1人 | ||', '6座1人 | ||', '7座1人 | ||', '| 1 | | |', '| --- | --- |'].join('\n');
    expect(blankFormRows(segment(linesFromText(rows)))).toBe(0);
  });
});
