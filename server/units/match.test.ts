import { describe, expect, it } from 'vitest';
import { nameSimilarity, normaliseName, resolveUnitName } from './match';

const UNITS = [
  { id: 'forestry', name: 'County Forestry Bureau', aliases: ['林业局'] },
  { id: 'water', name: 'County Water Bureau', aliases: ['县水务局'] },
  { id: 'office', name: 'County Government Office', aliases: ['县政府办公室', '县政府'] },
];

describe('unit names', () => {
  it('normalises width, case and spaces', () => {
    expect(normaliseName('  Ｆｏｒｅｓｔｒｙ　 BUREAU ')).toBe('forestry bureau');
    expect(normaliseName('县 林业局')).toBe('县林业局');
    expect(normaliseName('县林业局（一）')).toBe('县林业局(一)');
  });

  it('scores containment and shared bigrams', () => {
    expect(nameSimilarity('县林业局', '林业局')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('the forestry bureau', 'forestry bureau')).toBeGreaterThan(0.8);
    expect(nameSimilarity('林业局', '水务局')).toBeLessThan(0.3);
    expect(nameSimilarity('局', '林业局')).toBe(0); // one character is not enough to contain
    expect(nameSimilarity('abc', 'abc')).toBe(1);
  });

  it('matches an exact alias, name or id once normalised', () => {
    expect(resolveUnitName(UNITS, '林业局').match?.id).toBe('forestry');
    expect(resolveUnitName(UNITS, 'county  FORESTRY bureau').match?.id).toBe('forestry');
    expect(resolveUnitName(UNITS, 'Ｗａｔｅｒ').match?.id).toBe('water'); // full-width id
    expect(resolveUnitName(UNITS, 'Water Bureau').match).toBeNull();
  });

  it('ranks candidates when nothing matches exactly', () => {
    const r = resolveUnitName(UNITS, '县林业局');
    expect(r.match).toBeNull();
    expect(r.candidates[0].unit.id).toBe('forestry');
    const en = resolveUnitName(UNITS, 'the Forestry Bureau');
    expect(en.candidates.map((c) => c.unit.id)[0]).toBe('forestry');
    expect(en.candidates[0].score).toBeGreaterThan(en.candidates[1]?.score ?? 0);
    expect(resolveUnitName(UNITS, 'zzzz').candidates).toEqual([]);
  });

  it('does not pick one of several units that share a name', () => {
    const r = resolveUnitName([...UNITS, { id: 'forestry-2', name: 'Other', aliases: ['林业局'] }], '林业局');
    expect(r.match).toBeNull();
    expect(r.candidates.map((c) => [c.unit.id, c.score])).toEqual([['forestry', 1], ['forestry-2', 1]]);
  });
});
