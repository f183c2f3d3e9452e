import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An agenda's lettered item naming minutes to approve is no heading of the page.
describe('a lettered item naming minutes', () => {
  const agenda = ['Meetings', 'AGENDA', 'January 11, 2011', 'Regular Meeting', 'Town Council Chambers', '1:30 PM', '1. CALL TO ORDER BY THE HONORABLE MAYOR', '2. ROLL CALL', '3. APPROVAL OF AGENDA', '4. APPROVAL OF MINUTES', 'A. December 14, 2010 Regular Meeting Minutes', 'B. December 28, 2010 Regular Meeting Minutes', '5. CONSENT AGENDA', 'A. Finance Director', 'Authorization and approval to accept a Fire Protection Grant in the amount of $100,000.', '6. ADJOURNMENT'].join('\n');
  it('is not the title, and the agenda is no minutes', () => {
    const d = extractFromText(agenda);
    expect(d.title ?? '').not.toMatch(/December 14/);
    expect(d.isMinutes).toBe(false);
  });
});
