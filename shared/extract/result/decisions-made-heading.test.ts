import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A cabinet's or board's own release of what its meeting decided, headed so: the body's record of the meeting.
describe('a heading naming the decisions made at a meeting', () => {
  it.each(['DECISIONS MADE AT THE 6TH CABINET MEETING HELD ON 15 APRIL 2025', 'Decisions taken at the meeting of the Board held on 3 March 2021'])('%s', (heading) => {
    const page = [
      heading,
      '1. State Visit',
      'Cabinet endorsed the logistics for the State Visit from 8 July 2025 to 12 July 2025.',
      '2. Grant Funding for a Vessel',
      'Cabinet endorsed the signing of Exchange of Notes with the Government of Japan for the procurement of a vessel.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.length).toBeGreaterThanOrEqual(2);
  });
});
