import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

describe('the chair’s label after a sentence on the same line', () => {
  it.each([
    ['The meeting was called to order at 12:55 with approximately 120 persons present. Chair: Peter Burnhill, President.', 'Peter Burnhill'],
    ['Quorum was confirmed. Chairperson: Ann Lowe', 'Ann Lowe'],
  ])('%s → %s', (text, name) => {
    expect(findPresider(text, 'en')?.name).toBe(name);
  });
  it('names no one where the label is followed by no name', () => {
    expect(findPresider('The report was noted. Chair: see item 3.', 'en')).toBeNull();
  });
});
