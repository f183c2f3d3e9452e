import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from '../fields/people';

/** An agenda lists "Roll Call" as an item; the meeting's name under it is no one who attended. */
describe('an agenda’s roll call item', () => {
  const agenda = ['Call to Order', 'Roll Call', 'Pledge of Allegiance', '1.', 'Regular Trustee Meeting, July 15, 2019 at 6:00 P.M.', '2.', 'Agenda Changes', '3.', 'Public Comments', '4.', 'Approval of Minutes', '5.', 'Zoning Report', '6.', 'Maintenance Report', '7.', 'Adjournment'].join('\n');
  it('makes no record: the page is not minutes', () => {
    expect(extractFromText(agenda).isMinutes).toBe(false);
  });
  it('reads a meeting’s name as no person', () => {
    expect(cleanEnPerson('Regular Trustee Meeting').name).toBeNull();
    expect(cleanEnPerson('WORK SESSION').name).toBeNull();
  });
  it('reads a paper’s name as no person ("Policy Paper", "Diaspora Manual")', () => {
    expect(cleanEnPerson('Policy Paper').name).toBeNull();
    expect(cleanEnPerson('Diaspora Manual').name).toBeNull();
    expect(cleanEnPerson('Mr. Leevy').name).toBe('Mr. Leevy');
  });
  it('leaves a roll that names its members a record', () => {
    const d = extractFromText(['Regular Trustee Meeting, July 15, 2019', 'Roll Call: Trustees Ann Lee, Bob Ray and Cy Dunn present.', 'Mr. Ray moved to approve the minutes; Ms. Lee seconded. Motion carried.'].join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(expect.arrayContaining(['Ann Lee', 'Bob Ray', 'Cy Dunn']));
  });
});
