import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { LOOSE_LABELS } from './loose-labels';
import { extractFromText } from '../index';

describe('a Chinese attendance label naming who attended in a word of its own', () => {
  it.each([
    ['出席干事：', ''],
    ['列席住户：王先生、李小姐', '王先生、李小姐'],
    ['到场社员：阿明、小华', '阿明、小华'],
    ['- 参与人员：张三，李四', '张三，李四'],
    ['参与者：张三、李四', '张三、李四'],
    ['出席公职人员：', ''],
    ['### 参与人员', ''],
  ])('%s', (line, value) => {
    expect(parseLabel(line, LOOSE_LABELS)).toMatchObject({ kind: 'attendance', value });
  });

  it.each(['到场人数：34人', '出席情况：良好', '参与度：8/10', '参会方式：线上', '线上参与连结：https://x.y', '参与项目'])('leaves alone %s', (line) => {
    expect(parseLabel(line, LOOSE_LABELS)?.kind).not.toBe('attendance');
  });

  it('reads the list under such a label', () => {
    const d = extractFromText(['社团干事会议记录', '日期：2011年3月16日', '出席干事:', '陈大文', '李小明', '王志强', '会议内容:', '1) 通过了年度活动计划。'].join('\n'));
    expect(d.attendees).toEqual(['陈大文', '李小明', '王志强']);
  });

  it('keeps the members listed by post beside the residents listed with honorifics', () => {
    const d = extractFromText(['管委会第一次会议纪录', '时间：2024年11月12日', '出席委员：主委张大明、财委李小华、监委王志强', '列席住户：A栋陈先生、B栋林小姐', '壹、议题讨论：', '议题 1. 修缮大门', '决议：通过。'].join('\n'));
    expect(d.attendees).toEqual(expect.arrayContaining(['主委张大明', '财委李小华', '监委王志强']));
  });
});
