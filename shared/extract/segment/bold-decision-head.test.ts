import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { boldDecisionHeadZh } from './bold-decision-head';

describe('a decisions heading in bold', () => {
  it.each(['**会议决议：**', '**会议决定：**', '**议定事项**', '__会议决定如下：__', '###**决议：**'])('%s', (h) => {
    expect(boldDecisionHeadZh(h)).toBe(true);
  });
  it.each(['会议决议：', '**讨论要点：**', '**背景：**', '**关于会议决议的说明：**若干'])('not %s', (h) => {
    expect(boldDecisionHeadZh(h)).toBe(false);
  });

  it('opens the list below it in a team note', () => {
    const text = [
      '# 会议纪要：需求评审',
      '**日期:** 2025年3月6日',
      '**与会人员:** 王某、李某、张某',
      '### 议题一：订单导出',
      '**讨论要点：**',
      '*   导出范围有两种做法，各有利弊。',
      '**会议决议：**',
      '*   导出功能按订单类型分别进行。',
      '*   重复数据暂定为覆盖处理。',
      '**行动项：**',
      '*   后端提供按类型导出的接口。',
    ].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got).toEqual(expect.arrayContaining(['导出功能按订单类型分别进行。', '重复数据暂定为覆盖处理。', '后端提供按类型导出的接口。']));
    expect(got.some((t) => t.includes('各有利弊'))).toBe(false);
  });
});
