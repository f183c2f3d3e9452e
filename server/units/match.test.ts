import { describe, expect, it } from 'vitest';
import { unitMatcher } from './match';

const UNITS = [
  { id: 'forestry', name: 'County Forestry Bureau', aliases: ['林业局'] },
  { id: 'water', name: 'County Water Bureau', aliases: ['县水务局'] },
  { id: 'office', name: 'County Government Office', aliases: ['县政府办公室', '县政府'] },
];

// The rules themselves are tested in shared/units/match.test.ts; here, that the service folds script.
describe("the service's matcher", () => {
  it('folds Traditional script and keeps the shared rules', () => {
    const m = unitMatcher(UNITS);
    expect(m.resolve('縣政府辦公室')).toMatchObject({ state: 'matched', match: { id: 'office' } });
    expect(m.resolve('縣政府辦')).toMatchObject({ state: 'guessed', match: { id: 'office' } });
    expect(m.resolve('County Govt Office')).toMatchObject({ state: 'guessed', match: { id: 'office' } });
    expect(m.resolve('縣水務局').match?.id).toBe('water');
    expect(m.resolve('qqqq')).toMatchObject({ state: 'unknown', match: null, candidates: [] });
  });
});
