import { describe, expect, it } from 'vitest';
import { bareName } from './bare-names';

describe('an item that is only a name, a post or a heading', () => {
  it.each(['K. Moss', 'Cr Hatton )', ')', 'Vice Chair', 'Treasurer', 'Next Meeting', 'Upcoming Events', 'Assignments', 'PUBLIC FORUM', '- Priya'])('%s is no decision', (t) => {
    expect(bareName(t)).toBe(true);
  });
  it.each(['Carried', 'Approved.', 'Minutes Approved', 'Jo Re-elected', 'Agreed.', 'Jo to book the hall', 'Budget adopted as presented', 'Fees stay at $20', 'Hall booked for May'])('%s is left alone', (t) => {
    expect(bareName(t)).toBe(false);
  });
});
