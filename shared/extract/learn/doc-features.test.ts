import { describe, expect, it } from 'vitest';
import { docFeatureIds, docFeatureStrings } from './doc-features';
import { scores, train } from './model';

describe('document features', () => {
  it('reads Chinese n-grams and English words, each once', () => {
    const f = docFeatureStrings('会议决定会议 Present: Ann Present');
    expect(f).toContain('b:会议');
    expect(f).toContain('t:议决定');
    expect(f).toContain('w:present');
    expect(f.filter((x) => x === 'b:会议')).toHaveLength(1);
  });
  it('a model trained on them tells a record from a notice it has not seen', () => {
    const dim = 1 << 10;
    const docs: [string, number][] = [
      ['会议审议通过了年度预算。出席：张某、李某。', 1],
      ['会议同意修缮道路。出席：王某、赵某。', 1],
      ['兹定于下周召开会议，请准时参加。特此通知。', 0],
      ['请各单位准时参加会议，特此通知。', 0],
    ];
    const m = train(docs.map(([t, y]) => ({ ids: docFeatureIds(t, dim), y })), ['other', 'minutes'], dim, { epochs: 30 });
    expect(scores(m, docFeatureIds('会议审议通过了方案。出席：孙某。', dim))[1]).toBeGreaterThan(0.5);
    expect(scores(m, docFeatureIds('定于月底召开会议，请准时参加。特此通知。', dim))[1]).toBeLessThan(0.5);
  });
});
