import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { Converter } from 'opencc-js';

const fold = Converter({ from: 'tw', to: 'cn' });

/** A Hong Kong owners' meeting's items, each stated "議決通過…": read alike in the printed and the folded (Simplified) text. */
const record = [
  '2021年第2次特別業主大會會議記錄',
  '有關2021年第2次特別業主大會，已於當晚21:31完滿結束。',
  '會議內容',
  '1. 議決通過委聘2021年度法團賬目核數師;',
  '投票結果如下：贊成 61%，反對 39%。',
  '2. 議決通過2022年1月1日起調升管理費;',
  '投票結果如下：贊成 70%，反對 30%。',
].join('\n');

describe('items stated "議決通過…"', () => {
  it('are decisions, folded or not', () => {
    for (const options of [{}, { fold }]) {
      const d = extractFromText(record, options);
      expect(d.decisions.map((x) => x.text.slice(0, 6))).toEqual(['議決通過委聘', '議決通過20']);
    }
  });
});
