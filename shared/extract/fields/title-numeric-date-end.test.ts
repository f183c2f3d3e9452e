import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A heading that ends on a date printed in figures is whole: the line below is not its second half. */
describe('a title closed by a numeric date', () => {
  it('stands alone over a "Meeting Minutes" line ("… Minutes 01.15.08")', () => {
    const d = extractFromText('Conservation Commission Minutes 01.15.08\n\nMeeting Minutes\n\nDate: January 15, 2008\n\nPresent: Perry Teele, Ann Eldridge, Amy Blitzer\n\n12/18/07 meeting minutes were reviewed and approved by all.\n');
    expect(d.title).toBe('Conservation Commission Minutes 01.15.08');
  });
  it('still goes on where a day’s number is left hanging ("… held on Monday 11th" / "May 2015")', () => {
    const d = extractFromText('MINUTES OF THE PARISH COUNCIL MEETING HELD ON MONDAY 11TH\nMAY 2015 AT 7.30PM\n\nPresent: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n\n1. The minutes of the last meeting were approved.\n');
    expect(d.title).toContain('MAY 2015');
  });
});
