import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isCatalogueRow } from './catalogue-row';

const rows = ['公开类别 | 主动公开 | 发布时间 | 2021-03-02 |', '公开方式 主动公开 公开范围 面向社会', '索引号 ABC123-2021-004 公开目录: 工作报告', '发文日期 2021-03-02 成文日期 2021-02-26 发布机构 街道办事处'];
const notRows = ['2021年某某街道工作报告', '会议时间：2021年3月2日', '某某街道办事处2021年3月2日印发'];

/** A report under a portal's particulars row: the title's end still marks it a report. */
const report = (row: string) =>
  ['2021年某某街道社区代表大会报告', '索引号 | XD0000000-2021-001 | 发布机构 | 某某街道 |', row, '一、2020年工作回顾', '过去一年,街道办事处在区委区政府的坚强领导下,在全体社区成员的共同努力下,有力有序地开展了各项工作,总体完成了年初社代会上确定的目标任务,取得了阶段性成果。', '一年来,我们主要做了以下工作:', '(一)城市管理水平进一步提升,居民群众的获得感得到增强。', '1、环境整治有力开展。全年拆除违章建筑20处,整治无证经营15家。'].join('\n');

describe('a disclosure catalogue row', () => {
  it.each(rows)('is the portal’s particulars: %s', (r) => expect(isCatalogueRow(r)).toBe(true));
  it.each(notRows)('a heading or a label is not: %s', (r) => expect(isCatalogueRow(r)).toBe(false));
  it.each(rows)('a report under "%s" is still a report', (r) => expect(extractFromText(report(r)).isMinutes).toBe(false));
});
