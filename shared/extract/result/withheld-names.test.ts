import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A board's published minutes, the other party's name withheld by blanks.
const withheld = [
  'The following are the minutes from the 20 February 2001 meeting (via teleconference) of the Board of Directors.',
  'Present: Eric Garcia, Una Kearns, Amy Krane, Norbert Mikula',
  'Absent: Alan Hester, Bill Smith',
  'MOTION: Eric Garcia moved to approve the FY01 Budget as presented',
  '2ND: Amy Krane',
  'VOTE: unanimous',
  'Next steps:',
  '1. Laura Walker would author a follow-up letter to ______ indicating our interest in the merger.',
  '2. OASIS understands the importance of ______ , and we are willing to continue ______ activities.',
  '3. Schedule meeting(s) with the ______ before the ______ meeting.',
  'The meeting was adjourned at approximately 1PM EST.',
];

describe('blanks in a record of a meeting held', () => {
  it('are names withheld, where the roll names who attended and who was absent', () => {
    expect(extractFromText(withheld.join('\n')).isMinutes).toBe(true);
  });

  it('still make a template of a page whose roll is blank too', () => {
    const form = ['Minutes of the ______ meeting', 'Date: ______', 'Present: ______', 'Absent: ______', 'MOTION: ______ moved to approve ______', '2ND: ______', 'VOTE: ______'];
    const d = extractFromText(form.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });
});
