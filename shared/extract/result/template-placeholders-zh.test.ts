import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A minutes template whose blanks are brackets naming what goes there, in three bracket styles.
const template = (open: string, close: string) =>
  [
    '会议纪要格式模板',
    '一、会议基本信息',
    `1. 会议名称：${open}填写会议名称${close}`,
    `2. 会议时间：${open}填写年月日时分${close}`,
    `3. 主持人：${open}填写主持人姓名${close}`,
    `4. 出席人员：${open}列出出席人员姓名${close}`,
    '二、会议决议',
    `1. 决议一：${open}决议内容${close}`,
    '三、后续行动',
    `1. 行动一：${open}行动内容${close}`,
    `负责人：${open}姓名${close}`,
    `完成时间：${open}日期${close}`,
  ].join('\n');

describe('a Chinese template whose blanks are bracketed', () => {
  it.each([
    ['[', ']'],
    ['【', '】'],
    ['［', '］'],
  ])('%s…%s: a template, not minutes', (open, close) => {
    const draft = extractFromText(template(open, close));
    expect(draft.isMinutes).toBe(false);
  });

  it('a record linking its papers in brackets ("[会议内容](…)") is still a record', () => {
    const record = [
      '# 第三次项目例会会议记录',
      '时间：2024年4月16日',
      '主持人：王雨',
      '参会人员：王雨、李明、张强',
      '相关文档：[会议内容](https://example.org/a) [人员名单](https://example.org/b) [时间安排](https://example.org/c) [活动地点](https://example.org/d) [填写说明](https://example.org/e)',
      '会议决定：',
      '1. 由李明负责更新项目文档，4月20日前完成。',
      '2. 由张强负责准备用户测试。',
    ].join('\n');
    expect(extractFromText(record).isMinutes).toBe(true);
  });
});

describe('a Chinese team’s action list beside an outcome told elsewhere', () => {
  it('reads the list less sure when an item outside it says something passed', () => {
    const notes = (outcome: string) =>
      ['# 编译SIG例会 2021-06-10', '## 参会人员', '- 王雨', '- 李明', '## 讨论', '议题1：', '- 1.图模式报错定位需要加强。', `- 2.${outcome}`, '## Action items', '- 王雨整理高阶求导的性能数据', '- 李明补齐文档'].join('\n');
    const told = extractFromText(notes('本次修改默认执行模式评审通过。'));
    const none = extractFromText(notes('本次修改默认执行模式需要再讨论。'));
    expect(told.fields.decisions?.confidence).toBeLessThan(0.9);
    expect(told.fields.decisions?.confidence).toBeLessThan(none.fields.decisions?.confidence ?? 0);
  });
});
