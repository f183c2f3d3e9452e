import { describe, expect, it } from 'vitest';
import { agreedWithoutBody } from './agreed-beside-list';

describe('an agreement stated with no body as subject', () => {
  it.each([
    'Agreed to move the newsletter to a monthly issue',
    '* Agreed that the budget sheet stays public',
    'Agreed on this.',
    'All agreed to help with the clean-up day',
    'Decided to start with the by-laws on terms of office',
    'Everyone agreed that the venue works',
    'It is consensus among the board that dues stay the same',
    'There was general consensus to defer the vote',
  ])('%s is an outcome', (t) => {
    expect(agreedWithoutBody(t)).toBe(true);
  });
  it.each([
    'Agreed minutes',
    'Sam agreed the idea has merit',
    'Agreement reached last year still stands',
    'We need to decide on a venue',
    'Consensus building takes time',
    'Agreed actions',
  ])('%s is left alone', (t) => {
    expect(agreedWithoutBody(t)).toBe(false);
  });
});
