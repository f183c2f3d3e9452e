import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A council's printed minutes: the same header atop every page, an agenda naming committees' minutes,
// then the record itself, cut by the portal before its first vote.
const header = 'RIVERBEND SHIRE COUNCIL COUNCIL MEETING MINUTES 21 OCTOBER 2020';
const minutes = [
  header,
  'MINUTES OF THE COUNCIL MEETING OF THE RIVERBEND SHIRE COUNCIL HELD 21 OCTOBER 2020 AT THE COMMUNITY CENTRE, 12 MAIN STREET, COMMENCING AT 3:00PM.',
  'AGENDA',
  '1. Opening Prayer',
  '2. Apologies',
  '3. Confirmation of Minutes',
  '4. Declaration of Interests',
  'Page 1 of 10',
  header,
  '5. Special Committees',
  '5.1 Museum Committee Minutes',
  '5.2 Reference Group Minutes',
  '6. Meeting Closed',
  'Page 2 of 10',
  header,
  'Present: Crs R Gersch (Mayor), D Colbert (Deputy Mayor), R Ismay, R Lowe, D Nelson.',
  'In Attendance: Mr Greg Wood (Chief Executive Officer), Ms Monica Revell (Director Corporate Services).',
  '1. OPENING PRAYER',
  'Cr R Gersch opened the meeting at 3:00pm with the opening prayer.',
].join('\n');

describe('a page header repeated on every printed page', () => {
  it('counts as one title, so the record is not read as a list of minutes', () => {
    const d = extractFromText(minutes);
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2020-10-21');
  });
});
