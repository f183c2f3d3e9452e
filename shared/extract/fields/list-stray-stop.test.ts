import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { readEnAttendance } from './people';

// A clerk's stray full stop inside the roll ("… Neil Rodan (NR). Ewen Honeyman (EH), Colin Crawford (CC).")
// does not end it: the names go on, no verb among them. Further on, a list of names is of something else.
describe('a stray full stop inside a roll', () => {
  it('reads the names after it', () => {
    const r = readEnAttendance('Marnie Gauld (MG), John Cowie (JC), Dorothy Jones (DJ), Neil Rodan (NR). Ewen Honeyman (EH), Colin Crawford (CC).');
    expect(r.names).toEqual(['Marnie Gauld', 'John Cowie', 'Dorothy Jones', 'Neil Rodan', 'Ewen Honeyman', 'Colin Crawford']);
  });

  it('stops at a sentence after it', () => {
    const r = readEnAttendance('Marnie Gauld (MG), John Cowie (JC), Neil Rodan (NR). The Chair welcomed Ewen Honeyman and Colin Crawford.');
    expect(r.names).toEqual(['Marnie Gauld', 'John Cowie', 'Neil Rodan']);
  });

  it('leaves a list of other things further on in a run-on record', () => {
    const page =
      'September 14, 2023 Dan Pribil called the meeting to order at 7:00 pm Present: Dan Drueke, Tom Welsh, Kevin DeKay, Dan Pribil. Excused: John Hammerlun Minutes Approved: Dan Pribil made a motion to approve the minutes and Kevin DeKay seconded. All approved. The following noxious weeds are listed. Canada Thistle, Musk Thistle, Plumeless Thistle, Leafy Spurge. The meeting adjourned at 7:40 pm.';
    expect(extractFromText(page).attendees).toEqual(['Dan Drueke', 'Tom Welsh', 'Kevin DeKay', 'Dan Pribil']);
  });
});
