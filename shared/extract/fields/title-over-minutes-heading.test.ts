import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const notes = (first: string) =>
  [
    first,
    '',
    '## Minutes',
    '',
    '- 2022-04-08 19:00+0000 Call to order',
    '',
    '## Election Results',
    '',
    '- 19:40 PL Voting Results (5 min, Issy Long)',
    '  - Mike McQuaid was re-elected Project Leader.',
    '',
    '## Adjournment',
    '',
    '- 20:46 Meeting finished.',
  ].join('\n');

describe('a heading naming the meeting over a bare "## Minutes"', () => {
  it('is the title, and marks the page as the meeting’s record', () => {
    const d = extractFromText(notes('# Homebrew Annual General Meeting 2022'));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('Homebrew Annual General Meeting 2022');
  });

  it('a heading naming no meeting is not taken for one', () => {
    const d = extractFromText(notes('# Release checklist'));
    expect(d.isMinutes && d.title).not.toBe('Release checklist');
  });
});

// A school board portal's page: the meeting's line, then its tab "Minutes |", then the record.
const retreat = (heading: string) =>
  [
    heading,
    'Minutes |',
    'I. Call the Meeting to Order',
    'The retreat was called to order at 5:00 p.m. in the Jr/Sr High School Library.',
    'II. Communications',
    'Kari Stephens, NASB, joined the meeting via Zoom. She gave the Board an update on the NASB Strategic Plan progress.',
    'III. Budget Workshop',
    'Dr. Lenihan and the Board discussed the positives and challenges of the new legislative funding.',
    'IV. Adjournment',
    'The meeting was adjourned at 6:42 p.m.',
  ].join('\n');

describe('a plain line naming the meeting over "Minutes" alone', () => {
  it('is the title, and with the meeting opened and closed at their times the page is its record', () => {
    const d = extractFromText(retreat('July 31, 2023 at 5:00 PM - Board of Education Retreat'));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('July 31, 2023 at 5:00 PM - Board of Education Retreat');
  });

  it('a line naming no meeting is not taken for one', () => {
    const d = extractFromText(retreat('Skip to main content'));
    expect(d.title).not.toBe('Skip to main content');
  });
});
