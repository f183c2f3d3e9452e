import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

// A roll parted by ";" into groups (councillors, co-opted members, the clerk), each person with initials.
describe('a roll parted by ";" into groups of people', () => {
  it('keeps everyone in each group, not the first alone', () => {
    const v = 'Cllrs Glyn Charlton (GC), Peter Beasley (PB), Perry O’Callaghan (POC), David Hussein (DH); Alex Fullwood (AF), Alan White (AW), Jackie King (JK); Brian Dorton (BD);';
    expect(readEnAttendance(v).names).toEqual(['Glyn Charlton', 'Peter Beasley', 'Perry O’Callaghan', 'David Hussein', 'Alex Fullwood', 'Alan White', 'Jackie King', 'Brian Dorton']);
  });
  it('still reads a person and the post after a comma in each part', () => {
    expect(readEnAttendance('Dr. Daniel Bittman, Supt; Jane Roe, Clerk; Bob Smith, Treasurer').names).toEqual(['Daniel Bittman', 'Jane Roe', 'Bob Smith']);
  });
  it('a county office inside a group is a post, not a person', () => {
    expect(readEnAttendance('Dennis Peterson, Gary Post, Lyon County Appraiser, Florence Whitebread; Tom Winters, Ann Lee; Bob Smith, Jane Roe').names).toEqual(['Dennis Peterson', 'Gary Post', 'Florence Whitebread', 'Tom Winters', 'Ann Lee', 'Bob Smith', 'Jane Roe']);
  });
});
