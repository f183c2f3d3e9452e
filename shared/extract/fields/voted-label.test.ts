import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// New England boards print each vote under "Voted:" / "VOTED:".
const record = (vote: string) => ['Trustees of Trust Funds Minutes', 'January 14th, 2010', 'Members present: Dowse, Carlson, and Huntington', 'Chair Dowse called the meeting to order at 9 A.M.', vote, 'Meeting adjourned at 9:30 AM.'].join('\n');

describe('an outcome under the label "Voted:"', () => {
  it.each(['Voted: To confirm approval of the year end transactions.', 'VOTED:  to approve the Minutes of June 26, 2006 as amended.', 'Voted: unanimously to approve the 2010 requests.'])('%s', (vote) => {
    expect(extractFromText(record(vote)).decisions.map((d) => d.text)).toEqual([vote.replace(/\s{2,}/g, '  ')]);
  });
  it('a vote count under it is no decision', () => {
    expect(extractFromText(record('Voted: 3 in favour, 0 against.')).decisions).toEqual([]);
  });
});
