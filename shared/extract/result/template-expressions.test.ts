import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A notes template kept in a repository: its date an engine's expression, its task lists empty check boxes. */
describe('a notes template with expressions and empty check boxes', () => {
  const template = [
    '---',
    'title: "Community meeting"',
    "date: \"{{ date.strftime('%Y-%m-%d') }}\"",
    '---',
    '',
    '# Community meeting ({{ date.strftime("%Y-%m-%d") }})',
    '',
    '## Attendees',
    '',
    '* Name / GitHub ID / affiliation',
    '* Name / GitHub ID / affiliation',
    '',
    '### Standing items',
    '',
    '- [ ]',
    '',
    '### Follow-up from last meeting',
    '',
    '- [ ]',
    '',
    '### New agenda items',
    '',
    '- [ ]',
    '- [ ]',
  ].join('\n');
  it('is a template, not minutes', () => {
    const d = extractFromText(template);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });
  it('leaves notes with two open tasks among filled ones minutes', () => {
    const d = extractFromText(['# Community meeting (2024-01-10)', '', '## Attendees', '', '* Ann Lee', '* Bob Ray', '* Cy Dunn', '', '## Decisions', '', '- [x] Ann to publish the release notes', '- [ ] Bob to book the room', '- [ ]', '- [ ]', '', 'We agreed to move the meeting to Thursdays.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
