import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A story closed by its reporter under the label 报道 ("（报道:尹某）"), not after the name ("（尹某 报道）").
const story = (credit: string) =>
  ['西湖召开妇联换届暨全区第三次妇女代表大会', '12月7日上午，全区妇联换届暨第三次妇女代表大会召开，会议由区组宣统部部长周某主持，区党委委员胡某出席会议并讲话。', '大会审议并通过了区妇联工作报告，选举产生西湖管理区妇女联合会主席邹某，兼职副主席黄某。', '乡镇妇联主席、区直各单位妇委会主任共计100余人参加会议。', credit].join('\n');

describe('a reporter credited under the label 报道', () => {
  it('makes the page news', () => {
    const d = extractFromText(story('(报道:尹天赐)'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/news/);
  });
  it('the same record without it is read', () => {
    expect(extractFromText(story('')).isMinutes).toBe(true);
  });
});
