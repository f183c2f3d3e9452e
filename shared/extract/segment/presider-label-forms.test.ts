import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

// "会议主持人" is the presider's label in its long form, on a form's numbered line, under a template's
// heading, or glossed by a community's bilingual notes ("Host 会议主持人："). Unread, the line was
// no label, and a header of labels alone gave it to the title.
describe('the presider labelled 会议主持人', () => {
  it.each([
    ['会议主持人：王建国', '王建国'],
    ['會議主持人：陳大文', '陳大文'],
    ['Host 会议主持人：李小华', '李小华'],
    ['会议主持人（Host）：张明', '张明'],
    ['五、会议主持人:刘强   记录人:刘强', '刘强'],
  ])('%s', (line, value) => {
    expect(parseLabel(line.replace(/^五、/, ''))).toMatchObject({ kind: 'presider' });
    expect(extractFromText(`某协会理事会会议纪要\n时间：2024年3月5日\n${line}\n参会人员：王建国、陈大文、李小华、张明、刘强\n一、会议同意启动年度评选工作。`).presider).toBe(value);
  });

  it('a header of labels alone gives no title', () => {
    const d = extractFromText('Data日期：2024-03-05\nTime时间：10:00 - 12:00\nHost 会议主持人：李小华\nParticipants 与会人：李小华、王建国、张明\n议题：\n1. 版本发布计划\n讨论了发布节奏\n结论：同意三月底发布\n2. 社区活动\n结论：由张明负责筹备');
    expect(d.isMinutes).toBe(true);
    expect(d.title ?? '').not.toMatch(/主持人/);
    expect(d.presider).toBe('李小华');
  });
});
