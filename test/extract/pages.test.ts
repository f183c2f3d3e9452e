// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageCases, extractCase } from './pages';
import { scoreCase, caseScore } from './scorer';

// Every regression page, through the same matching rules as the shared corpus scorer.
const cases = pageCases();

describe('regression pages', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  for (const c of cases) {
    it(`${c.id} scores at least 0.9`, () => {
      const got = extractCase(c);
      const fields = scoreCase(c.expected, got as unknown as Record<string, unknown>);
      const score = caseScore(fields);
      const weak = Object.entries(fields).filter(([, v]) => v < 1).map(([k, v]) => `${k}=${v.toFixed(2)}`);
      if (c.expected.isMinutes === false) expect(got.isMinutes, got.reason).toBe(false);
      expect(score, `${c.id}: ${weak.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    });
  }
});
