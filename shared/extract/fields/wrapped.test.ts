import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { unwrapped, wrapWidth } from './wrapped';

/** A record's paragraphs cut every `w` characters, as a PDF's text layer gives them. */
const cut = (paras: string[], w: number) => paras.flatMap((p) => p.match(new RegExp(`.{1,${w}}`, 'g')) ?? []).join('\n');

const PARAS = [
  '某区人民政府常务会议纪要',
  '5月6日上午，区长某某主持召开区政府第12次常务会议，区政府班子成员出席会议，有关部门负责人列席会议。',
  '会议审议并原则通过了《某区老旧小区改造实施方案》，由区住建局牵头，区财政局配合，于6月底前启动首批改造。',
  '会议研究了城区停车难问题，同意在三个街道试点错时共享停车，由区城管局负责组织实施。',
  '会议听取了区应急局关于防汛准备工作的汇报，要求各街道于5月20日前完成隐患排查。',
];

describe('a page cut into lines of one width', () => {
  it('is read by its paragraphs: each outcome from where its paragraph starts, with who acts and by when', () => {
    const whole = extractFromText(PARAS.join('\n')).decisions;
    const d = extractFromText(cut(PARAS, 24)).decisions;
    // The report heard is a topic of this record too (two of its three topics are decided).
    expect(d.map((x) => x.text.slice(0, 10))).toEqual(['会议审议并原则通过了', '会议研究了城区停车难', '会议听取了区应急局关']);
    expect(d.map((x) => [x.text, x.assignees, x.due])).toEqual(whole.map((x) => [x.text, x.assignees, x.due]));
    expect(d[0].assignees).toEqual(['区住建局', '区财政局']);
    expect(d[0].due).toBe('于6月底前');
  });
  it('leaves a page of paragraphs one to a line as it is', () => {
    const seg = segment(linesFromText(PARAS.join('\n')));
    expect(wrapWidth(seg.lines.slice(seg.bodyStart, seg.tailStart), 'zh')).toBeNull();
    expect(unwrapped(seg)).toBe(seg);
  });
});
