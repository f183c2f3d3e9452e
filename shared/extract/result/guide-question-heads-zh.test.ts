import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a Chinese guide whose headings ask about the record itself', () => {
  it('refuses a page headed "为何重视支委会会议记录？" over the parts a record should hold', () => {
    const d = extractFromText(
      ['支委会会议记录', '一、为何重视支委会会议记录?', '支委会会议记录承载着多重功能：决策凭证、工作指南、责任追溯。', '二、一份规范的支委会会议记录应包含哪些要素?', '（一）会议基本信息', '会议名称：例如“中共XX支部委员会第X次会议”', '主持人：支部书记张某', '出席人员：张某、李某、王某、赵某、钱某'].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
    expect(d.isMinutes ? '' : d.reason).toMatch(/writing guide/);
  });

  it('still reads a record whose speaker asks a question', () => {
    const d = extractFromText(['支委会会议记录', '时间：2024年3月5日', '主持人：张明', '出席人员：张明、李华、王强', '张明：对上月工作有没有意见?', '一、会议决定，由李华负责四月份主题党日活动。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
