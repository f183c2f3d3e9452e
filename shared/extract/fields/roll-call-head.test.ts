import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An agenda's item names who will speak to it ("Anne Muzzini, Director of Planning and IT, to present."):
// the verb is no roll's heading, so the items below it are no names.
describe('"to present" under an agenda item', () => {
  const agenda = (line: string) =>
    [
      'Advisory Committee - October 2010',
      'Meeting Date: October 1, 2010',
      'Tuesday, Oct. 5, 2010 at 6:30 PM',
      'Click here to download agenda and enclosures',
      '  1. Call to Order – Roll Call – Quorum Determination (5 members required to conduct business)',
      '  2. Agenda Approval*',
      '  3. Approval of Minutes of Sept. 7, 2010*',
      '  4. Update on the new route to the university.',
      line,
      '  5. Restructuring of Advisory Committees – update',
      '  6. Community Outreach',
      '  7. Old Business',
      '  8. New Business',
      '  9. Adjournment – Next meeting Tuesday, November 2, 2010 at 6:30 PM',
    ].join('\n');
  it('reads no one from the items below it, and the agenda is no minutes', () => {
    const d = extractFromText(agenda('    Anne Muzzini, Director of Planning and IT, to present.'));
    expect(d.attendees).toEqual([]);
    expect(d.isMinutes).toBe(false);
  });
});
