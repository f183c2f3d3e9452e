import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isToMotion, toMotionText } from './to-motion';

const HEAD = ['Annual General Meeting Minutes', 'May 2, 2026', 'Present: 24 members', '', '2. Approval of agenda', ''];
const TAIL = ['', '3. Reports', 'The treasurer reported on the accounts.', '', 'Meeting adjourned.'];
// A labelled "To …" motion over its mover, seconder and result, in several layouts: [lines, expected text].
const BLOCKS: [string[], string][] = [
  [['Motion: To approve the agenda as posted online.', 'Moved: D. Ford', 'Seconded: C. Pierce', 'Carried.'], 'To approve the agenda as posted online.'],
  [['Motion: To approve the agenda as posted online.             Mover: D. Ford', '                                                     Seconder: C. Pierce', '                                                     Carried: All in favour'], 'To approve the agenda as posted online.'],
  [['Moved by D. Ford, seconded by C. Pierce', 'Resolution: To accept the Treasurer’s report as presented.', 'Carried unanimously'], 'To accept the Treasurer’s report as presented.'],
  [['MOTION - To adopt the budget for 2026.', 'Proposed by: K. Hyndman', 'Seconded by: M. Derrer', 'CARRIED'], 'To adopt the budget for 2026.'],
];

describe('a labelled motion opening with "To"', () => {
  it.each(BLOCKS)('%j is one decision without its label', (lines, text) => {
    const got = extractFromText([...HEAD, ...lines, ...TAIL].join('\n')).decisions.map((d) => d.text);
    expect(got).toEqual([text]);
  });
  it('a lost one is none', () => {
    const got = extractFromText([...HEAD, 'Motion: To buy a new projector.', 'Moved: D. Ford', 'Seconded: C. Pierce', 'Defeated.', ...TAIL].join('\n')).decisions;
    expect(got).toEqual([]);
  });
  it('needs the label and a verb after "To"', () => {
    expect(isToMotion('Motion: To approve the agenda.')).toBe(true);
    expect(isToMotion('To approve the agenda.')).toBe(false);
    expect(isToMotion('Motion: To be decided later.')).toBe(false);
    expect(toMotionText({ text: 'Motion: To approve it.      Mover: D. Ford', start: 0, end: 40 }).text).toBe('To approve it.');
  });
});
