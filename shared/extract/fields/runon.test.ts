import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { splitItems } from './runon';

describe('items of a Chinese record run together on one line', () => {
  it('are read one to a line, as the record printed with its line breaks is', () => {
    const lines = [
      '某县人民政府常务会议纪要',
      '3月24日，县长某某主持召开县人民政府第21次常务会议。现将会议议定事项纪要如下：',
      '一、会议原则同意县卫生局提出的复审工作方案，由县卫生局牵头落实。',
      '二、会议同意县财政局提出的预算草案，提请县人大常委会审议。',
      '三、会议决定由县教育局于6月底前完成校舍排查。',
    ];
    const whole = extractFromText(lines.join('\n')).decisions.map((d) => [d.text, d.assignees, d.due]);
    const run = extractFromText([lines[0], lines.slice(1).join('')].join('\n')).decisions.map((d) => [d.text, d.assignees, d.due]);
    expect(whole).toHaveLength(3);
    expect(run).toEqual(whole);
  });
  it('gives a list’s opening clause run into the paragraph before it a line of its own', () => {
    const lines = [
      '某学院专项工作会议纪要',
      '4月2日，学院在会议室召开专项经费工作会，各系主任参加会议。',
      '会议讨论后决定：',
      '1.实验室经费由各系自行管理。',
      '2.设备处负责汇总各系采购计划。',
      '3.各系于5月底前报送年度预算。',
    ];
    const whole = extractFromText(lines.join('\n')).decisions.map((d) => d.text);
    const run = extractFromText([lines[0], lines.slice(1).join('')].join('\n')).decisions.map((d) => d.text);
    expect(whole).toHaveLength(3);
    expect(run).toEqual(whole);
  });
  it('leaves a number that goes on from none, or sits inside a figure, where it is', () => {
    const seg = segment(linesFromText('某局办公会议纪要\n会议同意安排资金3.5亿元。2.5万元用于培训，第二、三季度各拨付一半。'));
    expect(splitItems(seg)).toBe(seg);
  });
});
