import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A group named by a phrase and its names after it on the line, no colon between, in the case the clerk
// typed it ("Staff in Attendance Luis Cruz, Donald Dowd"): its people attended too.
describe('an attendance phrase before its names, with no colon', () => {
  it.each(['Staff in Attendance', 'Staff In Attendance', 'STAFF PRESENT', 'Others present', 'Also in Attendance'])('%s Luis Cruz, Donald Dowd', (label) => {
    const page = [
      'SENIOR ADVISORY BOARD',
      '',
      'June 9, 2008',
      '',
      'Members Present: Robert Doyle, Paul Homme, Bill Clark',
      '',
      'Members Absent: John Warren',
      '',
      `${label} Luis Cruz, Donald Dowd`,
      '',
      'The Senior Advisory Board would like to welcome Donna Gardner as the new City Clerk.',
      '',
      'Minutes approved Joe Howard, second Bill Clark. Unanimous',
      'Old Business: Joe made motion we accept recommendation of committee. Bill Clark second. Unanimous.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.attendees).toEqual(expect.arrayContaining(['Robert Doyle', 'Bill Clark', 'Luis Cruz', 'Donald Dowd']));
    expect(d.attendees).not.toContain('John Warren');
  });

  it('a lone "Staff" heading a report is no label ("Staff Report Given by the Director")', () => {
    const d = extractFromText(['SENIOR ADVISORY BOARD', 'June 9, 2008', 'Members Present: Robert Doyle, Paul Homme, Bill Clark', 'Staff Report Given by the Director on the new schedule.'].join('\n'));
    expect(d.attendees).toEqual(['Robert Doyle', 'Paul Homme', 'Bill Clark']);
  });
});
