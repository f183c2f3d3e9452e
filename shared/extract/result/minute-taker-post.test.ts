import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// The body's own minute-taker listed by post ("Board Reporter", "Court Reporter") is no news reporter.
describe('a board reporter among those present', () => {
  it('is the record’s minute-taker, not a newspaper’s reporter', () => {
    const page = [
      'AIRPORT AUTHORITY MEETING',
      'CITY OF CLEARWATER',
      'December 4, 2002',
      'Present: Brenda Harris Nixon Chair',
      'Gary Benjamin Vice-Chair',
      'Bob Lunt Board Member',
      'Also Present: Bryan Ruff Assistant City Attorney',
      'Patricia O. Sullivan Board Reporter',
      'The Chair called meeting to order at 3:00 p.m. at City Hall.',
      'ITEM #2 – Approval of Minutes',
      'Member Benjamin moved to approve the minutes of the regular meeting of November 6, 2002, as amended. The motion was duly seconded and carried unanimously.',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });

  it('a staff reporter’s story is still news', () => {
    const story = ['Airport board backs runway plan', 'By Jane Smith, Staff Reporter', 'The airport authority voted on Tuesday to back the runway plan after a long debate among members of the public.'].join('\n');
    expect(extractFromText(story).isMinutes).toBe(false);
  });
});
