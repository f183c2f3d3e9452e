import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head =
  '兴齐眼药(300573) - 董事会决议公告\n证券代码:300573 证券简称:兴齐眼药 公告编号:2025-006 沈阳兴齐眼药股份有限公司 第五届董事会第七次会议决议公告 一、董事会会议召开情况 本次董事会于 2025 年 4 月 18 日在公司会议室召开。本次董事会由董事长刘继东先生主持。 二、董事会会议审议情况 ';

describe('numbered items run into one line of a PDF, each an act with no subject', () => {
  it('reads each act and the paper it passed', () => {
    const d = extractFromText(`${head}(一)审议通过《关于<2024 年度总经理工作报告>的议案》 董事会听取了总经理的报告,认为经营层有效执行了决议。表决结果:同意 9 票。 (二)审议通过《关于 2024 年度利润分配预案的议案》 表决结果:同意 9 票。\n`);
    expect(d.decisions.map((x) => x.text)).toEqual(['审议通过《关于<2024 年度总经理工作报告>的议案》', '审议通过《关于 2024 年度利润分配预案的议案》']);
  });
  it('as far as the page gives it, when cut off inside the name', () => {
    const d = extractFromText(`${head}1.审议通过了《关于 2025 ...\n`);
    expect(d.decisions.map((x) => x.text)).toEqual(['审议通过了《关于 2025']);
  });
  it('not an act told of an earlier meeting', () => {
    const d = extractFromText(`${head}上次会议已经审议通过《关于章程的议案》,本次不再审议。\n`);
    expect(d.decisions.map((x) => x.text)).not.toContain('审议通过《关于章程的议案》');
  });
});
