import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('an item naming the minutes it takes, "held on" another day', () => {
  it('does not date the meeting', () => {
    const d = extractFromText(
      'Eastby Parish Council Meeting Minutes 6th September 2017\n\nMinutes of the Eastby Annual Parish Council Meeting\n\nheld on 6th September 2017 at Eastby Chapel\n\nPresent: Councillor M. Bell (Chair); Councillor N. Jones; Councillor P. Barnes\n\n1. Minutes of the Parish Council meeting held on 28th June 2017\n\nIt was AGREED that the minutes of the Parish Council meeting held on 28th June 2017 be APPROVED as a true record.\n\n2. Apologies – Councillor D. Sergeant\n\n3. Finance\n\nThe Council APPROVED £13.20 for the site plan.\n',
    );
    expect(d.meetingDate).toBe('2017-09-06');
  });
});
