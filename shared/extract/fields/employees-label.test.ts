import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A district's roll in two groups, its board and its employees, each under its own label. */
describe('a roll of board and employees', () => {
  it('reads both groups, the employees under their own label', () => {
    const page = [
      'Crook County Natural Resource District',
      'July 11th Regular Board Meeting Minutes',
      'CALL MEETING TO ORDER The meeting was called to order at 1:02 pm by Chairman Wayne Garman.',
      'Board: Wayne Garman, Lily Altaffer, Kim Fundaun, Casey Devish',
      'Employees: Sarah Anderson, Bridget Helms, Jessica Halverson',
      'Lily made a motion to sign the financial documents, Casey seconded. Motion carried.',
    ].join('\n');
    expect(extractFromText(page).attendees).toEqual(expect.arrayContaining(['Wayne Garman', 'Casey Devish', 'Sarah Anderson', 'Bridget Helms']));
  });
});
