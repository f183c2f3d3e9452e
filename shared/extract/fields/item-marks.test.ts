import { describe, expect, it } from 'vitest';
import { withoutItemMark } from './item-marks';
import { findAssignees } from './assignees';

// Sub-items run into their decision's text: each number style before the one who acts.
const MARKS = ['（二）', '(2)', '2.', '2．', '2、', '2）', '②', '（十二）'];
const ACTS = [
  ['各乡镇要做好防汛准备', '各乡镇'],
  ['县人社局配合做好人员调配', '县人社局'],
  ['县财政局负责落实资金', '县财政局'],
  ['县應急局須於月底前完成', '县應急局'],
];

describe('a sub-item number before the one who acts', () => {
  it.each(MARKS.flatMap((m) => ACTS.map(([act, who]) => [m, act, who])))('is left out of the assignee (%s%s)', (mark, act, who) => {
    const text = `原则通过《防汛应急预案》。${mark}${act}。`;
    expect(findAssignees(text, 'zh').map((a) => a.name)).toEqual([who]);
  });
  it('leaves a clause with no number as it is, and a date or amount alone', () => {
    expect(withoutItemMark('各乡镇要做好防汛准备')).toBe('各乡镇要做好防汛准备');
    expect(withoutItemMark('2.5亿元由县财政局安排')).toBe('2.5亿元由县财政局安排');
  });
});
