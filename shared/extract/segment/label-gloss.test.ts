import { describe, expect, it } from 'vitest';
import { headingLabelWords, unglossedLabel } from './label-gloss';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

describe('Chinese labels glossed in English', () => {
  it.each([
    ['与会人(Attendees)：张三、李四、王五', 'attendance', '张三、李四、王五'],
    ['与会人员（Attendees）：张三、李四、王五', 'attendance', '张三、李四、王五'],
    ['出席 (Present)：张三、李四、王五', 'attendance', '张三、李四、王五'],
    ['出席者 Present：张三、李四、王五', 'attendance', '张三、李四、王五'],
    ['Present 出席：张三、李四、王五', 'attendance', '张三、李四、王五'],
    ['列席人員（In attendance）：陳大文', 'attendance', '陳大文'],
    ['缺席（Absent）：赵六', 'absence', '赵六'],
    ['主持人(Host)：张三', 'presider', '张三'],
    ['主持人（Chair）：张三', 'presider', '张三'],
    ['主席 Chairman：陳大文', 'presider', '陳大文'],
  ])('%s', (line, kind, value) => {
    expect(parseLabel(line)).toMatchObject({ kind, value });
  });

  it('keeps a gloss that is not on a label, and English words that are no gloss', () => {
    expect(unglossedLabel('水 (Water)')).toBe('水');
    expect(parseLabel('水 (Water)：用水量下降')).toBeNull();
    expect(unglossedLabel('出席')).toBeNull();
    expect(unglossedLabel('SDK 进展 review')).toBeNull();
  });
});

describe("a note page's heading that is an attendance label alone", () => {
  it.each(['## 与会人(Attendees)', '## 与会人员', '### 参会人员', '## 出席人員：', '## **参会人员**'])('%s', (line) => {
    expect(parseLabel(line)).toMatchObject({ kind: 'attendance', value: '' });
  });

  it('a heading of another part is no label', () => {
    expect(headingLabelWords('## 会议纪要(Notes)')).toBe('会议纪要');
    expect(parseLabel('## 会议纪要(Notes)')).toBeNull();
    expect(parseLabel('## 议题(Agenda)')).toBeNull();
  });
});

describe('the glossed labels read through the whole pipeline', () => {
  const page = (head: string) => `某某协会理事会会议纪要\n${head}\n会议议定事项如下：\n一、同意2024年度工作计划。\n二、由秘书处负责筹备年会，6月底前完成。`;
  it.each([
    '与会人(Attendees)：张三、李四、王五',
    '出席者 Present：张三、李四、王五',
    '## 与会人(Attendees)\n张三\n李四\n王五',
    '## 参会人员\n- 张三\n- 李四\n- 王五',
  ])('attendees: %s', (head) => {
    expect(extractFromText(page(head)).attendees).toEqual(['张三', '李四', '王五']);
  });
  it.each(['主持人(Host)：张三', '主持人(facilitator)：张三', '主持 Chair：张三'])('presider: %s', (head) => {
    expect(extractFromText(page(head)).presider).toBe('张三');
  });
});
