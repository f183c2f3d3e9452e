// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageCases, extractCase, floorOf } from './pages';
import { scoreCase, caseScore } from './scorer';

// Every regression page, through the same matching rules as the shared corpus scorer.
// A case with a `floor` in its meta.json (set from its first look, raised as the extractor
// improves) must keep at least that score, so a change cannot silently make it worse; a case
// without one (the older cases) is held to 0.9. Check-set cases get the same guard.
const cases = pageCases();

describe('regression pages', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  for (const c of cases) {
    const floor = floorOf(c);
    it(`${c.id} scores at least ${floor}`, () => {
      const got = extractCase(c);
      const fields = scoreCase(c.expected, got as unknown as Record<string, unknown>);
      const score = caseScore(fields);
      const weak = Object.entries(fields).filter(([, v]) => v < 1).map(([k, v]) => `${k}=${v.toFixed(2)}`);
      // A non-minutes page held to a full score must be rejected; one with a lower floor is not yet.
      if (c.expected.isMinutes === false && floor > 0) expect(got.isMinutes, got.reason).toBe(false);
      // The tiny slack absorbs float noise in a mean that equals its floor exactly.
      expect(score + 1e-9, `${c.id}: ${weak.join(' ')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});
