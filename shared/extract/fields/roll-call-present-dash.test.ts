import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

describe('a roll call whose value opens "Present -"', () => {
  it('reads each name with its post after it', () => {
    const d = extractFromText(
      'TOWN BOARD PROCEEDINGS\nEastby, NY April 25, 2016\nSupervisor Ann M. Lee called the meeting to order at 7:00 P.M.\nROLL CALL: Present - Ann M. Lee Supervisor\nBo P. Tran Councilman\nCy P. Diaz, Jr. Councilman\nAbsent - None\n§ Motion by Supervisor Lee, seconded by Councilman Tran, to approve the minutes of April 11, 2016.\nAyes: All Noes: None Motion Carried\n',
    );
    expect(d.attendees).toEqual(['Ann M. Lee', 'Bo P. Tran', 'Cy P. Diaz']);
  });
  it('takes a councilman printed after the name as the post', () => {
    expect(cleanEnPerson('Eugene P. Hart Councilman').name).toBe('Eugene P. Hart');
  });
});
