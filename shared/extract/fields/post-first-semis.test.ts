import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

describe('a roll parted by ";", each post before its holders', () => {
  it('reads the holders after the post ("Chairman, Kerry Olson; Supervisors, Paul Zent & Dave Nehring; …")', () => {
    const r = readEnAttendance('Chairman, Kerry Olson; Supervisors, Paul Zent & Dave Nehring; Treasurer, Keith Bayley; Road Supervisor, Chad Schneider; Weed Board, Terry Mauch; Zoning Board, Jerry Kunz & Rick Solberg and Clerk, Cyndy Meidinger');
    expect(r.names).toEqual(['Kerry Olson', 'Paul Zent', 'Dave Nehring', 'Keith Bayley', 'Chad Schneider', 'Terry Mauch', 'Jerry Kunz', 'Rick Solberg', 'Cyndy Meidinger']);
  });
  it('still reads the person first where the post follows ("Dr. Daniel Bittman, Supt; …")', () => {
    expect(readEnAttendance('Dr. Daniel Bittman, Supt; Dr. Jana Hennen-Burr, Asst Supt; Bob Ray, Board Member').names).toEqual(['Daniel Bittman', 'Jana Hennen-Burr', 'Bob Ray']);
  });
  it('keeps a titled name first with its remark after ("Mayor Ann Lee, presiding; …")', () => {
    expect(readEnAttendance('Mayor Ann Lee, presiding; Bob Ray, Trustee; Cy Dunn, Trustee').names).toEqual(['Ann Lee', 'Bob Ray', 'Cy Dunn']);
  });
});
