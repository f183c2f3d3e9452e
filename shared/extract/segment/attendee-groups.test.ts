import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

// Those who came besides the members, named by a word before "attendees" or "participants", and a notes
// file's front-matter key with its words joined by underscores.
describe('a group of attendees named by a word before the noun', () => {
  it.each(['Other attendees:', 'Additional participants:', 'Remote attendees:', 'other_attendees:'])('%s is an attendance label', (line) => {
    expect(parseLabel(line)?.kind).toBe('attendance');
  });

  it.each(['Number of participants: 12', 'Total attendees: 40'])('%s is a count, not a list', (line) => {
    expect(parseLabel(line)?.kind).not.toBe('attendance');
  });

  it('reads "Remote attendees:" after a bullet list as more of those present', () => {
    const page = ['Team meeting 2021-03-04', 'Attendees:', '- Anne Baker', '- Carl Dunn', '- Eve Foster', 'Remote attendees: Gail Hart', '', 'Decisions', '- We agreed to move the release to Friday.'].join('\n');
    expect(extractFromText(page).attendees).toEqual(['Anne Baker', 'Carl Dunn', 'Eve Foster', 'Gail Hart']);
  });

  it('reads the members and the other attendees of a front matter', () => {
    const page = [
      '---',
      'date: 2025-02-17',
      'members:',
      '  - Carlton Gibson',
      '  - Emmanuelle Delescolle',
      '  - Frank Wiles',
      'other_attendees:',
      '  - Catherine Holmes',
      '---',
      '',
      '## Agenda',
      '',
      '- GSoC Update',
      '',
      '## Notes',
      '',
      'We agreed to move to working groups. Action: Frank to draft the proposal.',
    ].join('\n');
    expect(extractFromText(page).attendees).toEqual(['Carlton Gibson', 'Emmanuelle Delescolle', 'Frank Wiles', 'Catherine Holmes']);
  });
});
