import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A note under the heading that speaks of the minutes ("Note: This is a draft of the minutes …") is no title. */
describe('a note line naming the minutes', () => {
  it('leaves the meeting’s heading above it the title', () => {
    const d = extractFromText(['Eugene Maker Space Board of Directors meeting July 11th, 2024', '', 'Note: This is a draft of the minutes until accepted at the next BoD meeting', '', 'Call to order 7:17 PM', '', 'Attending: Karen Lee, Ben Ray, Sam Dunn', '', 'Motion: Karen moved to approve the agenda, Ben seconded, motion passes.'].join('\n'));
    expect(d.title).toBe('Eugene Maker Space Board of Directors meeting July 11th, 2024');
  });
});
