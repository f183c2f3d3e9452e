import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a label that is a bullet of the attendance list', () => {
  it('goes on only with bullets: the table head below is no guest', () => {
    const text = ['October 27, 2016', '', 'Attendees:', '', '  • Jill Bjers', '  • Scott Lundgren', '  • Guests: Lori Quinn', '', 'Subject Notes', 'Membership Jill informed the group that Randall has moved away.', 'Process The Committee agreed that it would be best to start a Community Night.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Jill Bjers', 'Scott Lundgren', 'Lori Quinn']);
  });
  it('goes on with its bullets', () => {
    const text = ['October 27, 2016', '', 'Attendees:', '', '  • Jill Bjers', '  • Guests: Lori Quinn', '  • Ann Lowe', '', 'The Committee agreed that it would be best to start a Community Night.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(expect.arrayContaining(['Jill Bjers', 'Lori Quinn', 'Ann Lowe']));
  });
});
