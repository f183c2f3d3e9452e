import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A WI's formation meeting: its advisers listed with the federation's initials before their post, then members with none.
const minutes = (post: string) =>
  ['Minutes from May Meeting', '', 'Formation Meeting, Frome.', '', '17th May 2012', '', `Present: Magaret Bigg, ${post}`, `Eileen Hurd, ${post}`, 'Laura Francis', 'Storm Fagan', 'Emma Rodger', 'Approximately 50 ladies.', '', 'Storm introduced the meeting.', '', 'It was confirmed that the annual meeting will be in May.'].join('\n');

describe('a post printed after a body’s initials', () => {
  it('is a post, not a person, and the rows after it are read', () => {
    expect(extractFromText(minutes('WI Adviser')).attendees).toEqual(['Magaret Bigg', 'Eileen Hurd', 'Laura Francis', 'Storm Fagan', 'Emma Rodger']);
  });

  it('leaves a person whose initials come before the surname as a person', () => {
    expect(extractFromText(minutes('JB Smith')).attendees).toContain('JB Smith');
  });
});
