import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "PRESENT Kym Nichols, Mayor" / "Sheila Smidt, Deputy Mayor" / "Ed Fortinski": a guests' column run into the
// roll leaves people with no post after the rows of "Name, Post"; they are present too.
const page = (rows: string[]) =>
  ['Regular Meeting of Council for the Village', 'August 15, 2017 at 6:00 p.m.', '', 'CALL TO ORDER Meeting was called to order 6:05 p.m.', '', ...rows.flatMap((r) => [r, '']), 'APPROVAL OF THE AGENDA', '', 'Motion made by Deputy Mayor Sheila Smidt to approve the agenda.', '', 'Carried', '', 'ADJOURNMENT', '', 'Motion made by Councillor Stacey Hovde to adjourn at 8:00 p.m. Carried'].join('\n');

describe('people with no post after rows of "Name, Post"', () => {
  it('reads them as present', () => {
    const d = extractFromText(page(['PRESENT Kym Nichols, Mayor', 'Sheila Smidt, Deputy Mayor', 'Stacey Hovde, Councilor', 'Ed Fortinski', 'Mary Sabourin']));
    expect(d.attendees).toEqual(['Kym Nichols', 'Sheila Smidt', 'Stacey Hovde', 'Ed Fortinski', 'Mary Sabourin']);
  });
  it('stops at the heading after them', () => {
    const d = extractFromText(page(['PRESENT Kym Nichols, Mayor', 'Sheila Smidt, Deputy Mayor', 'Public Hearing']));
    expect(d.attendees).toEqual(['Kym Nichols', 'Sheila Smidt']);
  });
});
