import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A roll told in the present tense: "Board members present include A, B and C." */
describe('members present include …', () => {
  it('reads the names the sentence lists', () => {
    const page = [
      'MINUTES ANNUAL MEETING MIDDLE LAKE ASSOCIATION JULY 12, 2014',
      '1. The meeting was called to order at 9.30 a.m.',
      '2. Board members present include Jerry Westphal, Steve Mulder, John Stapor, Jerry Dunn and Jeff Glassop.',
      '3. The minutes and the Treasurer’s report were accepted.',
    ].join('\n');
    expect(extractFromText(page).attendees).toEqual(['Jerry Westphal', 'Steve Mulder', 'John Stapor', 'Jerry Dunn', 'Jeff Glassop']);
  });
  it('reads none where the subject is no group of people ("Matters present include …")', () => {
    const page = [
      'MINUTES ANNUAL MEETING MIDDLE LAKE ASSOCIATION JULY 12, 2014',
      '1. The meeting was called to order at 9.30 a.m.',
      '2. Matters present include Water Quality, Dock Permits and Weed Control.',
      '3. The minutes and the Treasurer’s report were accepted.',
    ].join('\n');
    expect(extractFromText(page).attendees).not.toContain('Water Quality');
  });
});
