import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isChrome } from '../segment/markers';

const body = ['', 'Date: 2019-05-09', '', '## Attendees', '- Ann Lee', '- Bo Chen', '', '## Notes', '- The group agreed to move the release to June.', '- Bo will draft the announcement by Friday.'].join('\n');

describe('a note page’s level-one heading', () => {
  it.each(['Releases WG', 'OSGeo Nepal Monthly Meet - October 02, 2024', '組內開會(寒假_1th)'])('is its title where no other is found: %s', (h) => {
    expect(extractFromText(`# ${h}\n${body}`).title).toBe(h);
  });

  it('is not a label heading its value', () => {
    expect(extractFromText(`# Roll call:\n${body}`).title).not.toBe('Roll call:');
  });

  it('is no title below the first line', () => {
    expect(extractFromText(`Some words first\n# Releases WG\n${body}`).title).not.toBe('Releases WG');
  });
});

describe('a table of contents', () => {
  it.each(['[Meeting Notes](#meeting-notes)', '- [Attendance](#attendance)', '1. [Action items](#action-items)'])('is the page’s furniture: %s', (l) => {
    expect(isChrome(l)).toBe(true);
  });

  it.each(['[Previous Meeting](https://example.org/minutes/2025-01-28.md)', 'See [the notes](#notes) for the vote.'])('a link elsewhere, or in a sentence, is not: %s', (l) => {
    expect(isChrome(l)).toBe(false);
  });

  it('gives no title: the heading above it is the title', () => {
    expect(extractFromText(`# Team Meeting 5\n\n[Team Members](#team-members)\n\n[Meeting Notes](#meeting-notes)\n${body}`).title).toBe('Team Meeting 5');
  });
});
