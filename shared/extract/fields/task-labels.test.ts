import { describe, expect, it } from 'vitest';
import { taskFields } from './task-labels';
import { extractFromText } from '../index';

// One task printed in the layouts a 督办 list uses: labels after the item, on its next lines, in a row.
const LAYOUTS: [string, string][] = [
  ['after the item', '加快推进老旧小区改造。责任单位：区住建局、各街道。完成时限：2023年9月30日前。'],
  ['on lines below', '加快推进老旧小区改造。\n牵头单位：区住建局、各街道\n完成时间：2023年9月30日前'],
  ['run in with commas', '加快推进老旧小区改造，责任部门：区住建局、各街道，时限要求：2023年9月30日前。'],
  ['a row run into text', '加快推进老旧小区改造 | 责任单位：区住建局、各街道 | 完成时限：2023年9月30日前'],
  ['Traditional', '加快推進老舊小區改造。責任單位：區住建局、各街道。完成時限：2023年9月30日前。'],
];

describe('a task printed under labels', () => {
  it.each(LAYOUTS)('gives its owners and deadline (%s)', (_, text) => {
    const t = taskFields(text);
    expect(t.assignees.length).toBe(2);
    expect(t.assignees[1]).toBe('各街道');
    expect(t.due).toBe('2023年9月30日前');
  });
  it('reads no label inside a sentence', () => {
    expect(taskFields('会议明确了各项工作的责任单位和完成时限。')).toEqual({ assignees: [], due: null });
  });
  it('gives each decision of a record its labelled owner and deadline', () => {
    const doc = ['某区工作推进会会议纪要', '会议议定：', '1. 加快推进老旧小区改造。责任单位：区住建局。完成时限：2023年9月30日。', '2. 落实专项资金。责任单位：区财政局、区发改局。完成时限：8月15日前。'].join('\n');
    const d = extractFromText(doc).decisions;
    expect(d.map((x) => [x.assignees, x.due])).toEqual([
      [['区住建局'], '2023年9月30日'],
      [['区财政局', '区发改局'], '8月15日前'],
    ]);
  });
});
