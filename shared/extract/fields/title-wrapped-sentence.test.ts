import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A county's minutes kept as a text hard-wrapped at the line's width (made up after a real one).
const page = [
  'C20071106 November',
  '6, 2007',
  'The Board of County Commissioners met in regular',
  'session at 9:00 a.m. with all members and the County Clerk present.',
  'The monthly department head meeting was held',
  'with the following in attendance: Lee Baker, Sheriff; Mary K. Sutton,',
  'Register of Deeds; Ann Alvarez, Health Department Administrator; Rita Gray,',
  'Treasurer; Jerry Jo Decker, Emergency Medical Service Director; J.D. Newfield,',
  'Civic Center Building and Grounds Manager; Todd Hamilton, City/County Building Official;',
  'Don Barton, Emergency Management Coordinator; Randy McCall, Road Department',
  'Administrator; and Tom Fuller, Appraiser.',
  'Carl Hill made the motion to approve the',
  'minutes of the October 16, 2007 meeting and the claims against the various',
  'funds of the county. Mary Tracy seconded the motion and following',
  'clarification of two vouchers the motion passed unanimously.',
  'Mark Lane made the motion to re-appoint Don',
].join('\n');

describe('a sentence wrapped onto a line that names minutes', () => {
  it('is no title ("… to approve the" / "minutes of the October 16, 2007 meeting …")', () => {
    const d = extractFromText(page);
    expect(d.title).toBeNull();
    expect(d.meetingDate).toBe('2007-11-06');
  });

  it('a heading in lower case after a gap still is one', () => {
    const d = extractFromText(['Protected page', '', 'minutes of the special council meeting (no. 8)', '', 'Present: Cllr A Smith, Cllr B Jones', '1. The minutes of the previous meeting were approved.'].join('\n'));
    expect(d.title).toBe('minutes of the special council meeting (no. 8)');
  });
});
