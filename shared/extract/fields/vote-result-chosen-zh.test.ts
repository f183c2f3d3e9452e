import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A party branch's own account of its meeting: its only outcome is the vote's, told after how the vote was taken.
const meeting = (outcome: string) =>
  `2020年11月20日，我院党支部在会议室召开预备党员接收大会，会议由支部书记高某某主持。\n会上，杨某某等3名同志进行了汇报。${outcome}\n本次支部大会为党支部输入了新鲜血液。`;

describe('a vote’s outcome told after how the vote went', () => {
  const outcomes: [string, string][] = [
    ['the meeting “finally” agreeing', '全体党员通过无记名投票，最终同意接收杨某某等3名同志为预备党员。'],
    ['those chosen after the vote’s result', '根据投票结果，沈某某、马某等同志被推选为积极分子。'],
    ['one elected after the vote', '经投票，沈某某当选为支部书记。'],
  ];
  for (const [name, outcome] of outcomes) {
    it(`reads the record and its decision: ${name}`, () => {
      const d = extractFromText(meeting(outcome));
      expect(d.isMinutes).toBe(true);
      expect(d.decisions.map((x) => x.text)).toEqual([outcome]);
    });
  }

  it('reads no decision from a view told after a discussion', () => {
    const d = extractFromText(meeting('经过讨论，大家认为这次汇报很充分。'));
    expect(d.decisions ?? []).toEqual([]);
  });
});
