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
