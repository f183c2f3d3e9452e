import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { initialsSpeakers } from './initials-speakers';

const roll = ['# Apr 9, 2020', '## Attendees:', '- Ujjwal Sharma (USA)', '- Shane F. Carr (SFC)', '- Richard Gibson (RGN)', '## Agenda:'];
const notes = [
  '- Next steps for calendar',
  '  - SFC: Build a Date with the Hebrew calendar, make a Duration with a months field, then call plus().',
  '  - RGN: Right now I am mostly against Duration having a calendar.',
  '  - USA: Agreed.',
  '  - Consensus is to close the issue and not add a calendar slot.',
  '- Volunteers to review stalled pull requests',
  '  - SFC: I will take the first two.',
];
const seg = (lines: string[]) => segment(linesFromText(lines.join('\n')));

describe('notes keyed by the speakers’ initials, the roll defining them', () => {
  it('are a record of the meeting, though its sections are headed "Agenda"', () => {
    expect(initialsSpeakers(seg([...roll, ...notes]))).toBe(true);
    expect(extractFromText([...roll, ...notes].join('\n')).isMinutes).toBe(true);
  });

  it('need the initials defined in the roll, and two speakers', () => {
    // The same lines with no roll defining the initials.
    expect(initialsSpeakers(seg(['# Apr 9, 2020', ...notes]))).toBe(false);
    // One speaker: a list of someone's points, not a discussion.
    expect(initialsSpeakers(seg([...roll, '- SFC: one.', '- SFC: two.', '- SFC: three.']))).toBe(false);
  });

  it('do not make an agenda a record: its items say nothing yet', () => {
    const agenda = [...roll, '1. Intl.DurationFormat (SFC, 10 min)', '2. Next steps for calendar (RGN, 20 min)', '3. Stalled pull requests (USA, 10 min)'];
    expect(initialsSpeakers(seg(agenda))).toBe(false);
    expect(extractFromText(agenda.join('\n')).isMinutes).toBe(false);
  });
});
