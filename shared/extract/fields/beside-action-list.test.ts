import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { agreedWithoutBody } from './beside-action-list';

describe('an agreement stated with no body as subject', () => {
  it.each([
    'Agreed to move the newsletter to a monthly issue',
    '* Agreed that the budget sheet stays public',
    'Agreed on this.',
    'All agreed to help with the clean-up day',
    'Decided to start with the by-laws on terms of office',
    'Everyone agreed that the venue works',
    'It is consensus among the board that dues stay the same',
    'There was general consensus to defer the vote',
  ])('%s is an outcome', (t) => {
    expect(agreedWithoutBody(t)).toBe(true);
  });
  it.each([
    'Agreed minutes',
    'Sam agreed the idea has merit',
    'Agreement reached last year still stands',
    'We need to decide on a venue',
    'Consensus building takes time',
    'Agreed actions',
  ])('%s is left alone', (t) => {
    expect(agreedWithoutBody(t)).toBe(false);
  });
});

// Notes with topics above a closing action list: the plain agreements and the marked tasks in the
// topics are decisions beside the list's items; the topics' discussion is not.
const notes = (topics: string[]) =>
  [
    '# Notes of the Panel Meeting, 4 March 2013',
    '',
    'Attendees: Ann Lee, Bob Roy, Carl Fox',
    '',
    '### Dashboard',
    '',
    ...topics,
    '',
    '## ACTION ITEMS',
    '',
    '* contact the archive about licence updates (Ann)',
    '* send the draft licence to the panel (Carl)',
  ].join('\n');

describe('topics above a closing action list', () => {
  it.each([
    ['* Agreed to share the sheet with the data lists', 'Agreed to share the sheet'],
    ['* Decided that the timeline comes first', 'Decided that the timeline'],
    ['ACTION: Bob Roy to write up a note on the clause.', 'ACTION: Bob Roy to write up'],
    ['Action Item: Carl to send the survey link to members.', 'Action Item: Carl to send'],
  ])('%s is read beside the list', (line, start) => {
    const d = extractFromText(notes(['The group looked at the dashboard.', '', line])).decisions.map((x) => x.text);
    expect(d.some((t) => t.startsWith(start))).toBe(true);
    expect(d).toContain('contact the archive about licence updates (Ann)');
  });
  it.each(['* Bob thinks the sheet could be public', '* The group talked about a wiki', '* Sam agreed the idea has merit'])('%s is left out', (line) => {
    const d = extractFromText(notes(['The group looked at the dashboard.', '', line])).decisions.map((x) => x.text);
    expect(d).toEqual(['contact the archive about licence updates (Ann)', 'send the draft licence to the panel (Carl)']);
  });
});
