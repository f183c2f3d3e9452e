import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

// Initials run together lose their last full stop as often as not ("Hemanth H.M", "J.R Smith"): still a name,
// and the list it stands in goes on past it.
describe('initials run together without their last stop', () => {
  it.each([
    ['Hemanth H.M (HHM)', 'Hemanth H.M'],
    ['J.R Smith', 'J.R Smith'],
    ['A.B.C Rao', 'A.B.C Rao'],
  ])('%s', (line, name) => {
    expect(cleanEnPerson(line).name).toBe(name);
  });

  it('reads the whole list of attendees around such a name', () => {
    const page = [
      'Temporal champions meeting 2020-04-02',
      '',
      '## Attendees:',
      '- Ujjwal Sharma (USA)',
      '- Shane F. Carr (SFC)',
      '- Hemanth H.M (HHM)',
      '- Richard Gibson (RGN)',
      '',
      '## Agenda:',
      '- Duration format',
      '- We agreed to ship the proposal. Action: Shane to write the pull request.',
    ].join('\n');
    expect(extractFromText(page).attendees).toEqual(['Ujjwal Sharma', 'Shane F. Carr', 'Hemanth H.M', 'Richard Gibson']);
  });
});
