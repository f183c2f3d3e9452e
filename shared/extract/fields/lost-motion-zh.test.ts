import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A student parliament's record: a motion's vote told as its count, then whether it passed.
const record = (verdict: string) =>
  [
    '第29屆學生議會第2次臨時會會議紀錄',
    '時間：109年8月12日',
    '主席：林議長',
    '出席：王議員、李議員、陳議員',
    '第一案',
    '案由：咨請同意光復區副會長之任命',
    '議員提問：是否可以主動請辭？',
    '學生會回覆：可以',
    '投票結果：',
    '同意3 不同意1 棄票2',
    verdict,
    '散會（22:10）',
  ].join('\n');

describe('a motion’s vote count, and a motion lost', () => {
  it('neither the count nor "（不通過，…，同意人數須達…）" is a decision', () => {
    const texts = extractFromText(record('（不通過，根據組織章程第11條，同意人數須達出席人數2/3）')).decisions.map((d) => d.text);
    expect(texts.filter((t) => /同意3|同意人數/.test(t))).toEqual([]);
  });
});
