import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A members' meeting whose header links its agenda, names its scribes and lists who attended, in person and by phone. */
describe('a record naming its scribes and how members attended', () => {
  const page = [
    'Member Meeting 2002-09-04',
    '',
    'Date: 2002-09-04',
    'Time: 16:00 UTC',
    'Agenda:',
    'http://www.example.org/discuss/2002-09-04.html',
    '',
    'Scribes: Peter Saint-Andre, Peter Millard',
    '',
    '1. Roll call',
    '',
    'Attending physically:',
    '',
    '- Peter Saint-Andre (Executive Director)',
    '- Peter Millard (Member)',
    '- Michael Bauer (Member)',
    '',
    'Attending via conference call:',
    '',
    '- Jeremie Miller (Board Member)',
    '- Ryan Eatmon (Member)',
    '',
    '2. Elections',
    '',
    'The members discussed the candidates for the Board.',
  ].join('\n');
  it('is minutes, not an agenda', () => {
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('reads those attending in person with those on the call', () => {
    expect(extractFromText(page).attendees).toEqual(expect.arrayContaining(['Peter Saint-Andre', 'Michael Bauer', 'Jeremie Miller', 'Ryan Eatmon']));
  });
});
