import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { passedMotionLines } from './passed-motions';

// A motion on its own line, its vote on the lines below, in the layouts small bodies' notes use.
const PASSED: [string, string[]][] = [
  ['numbered, tally and result bulleted', ['1. Move to make proposal 1', '    - 4 votes FOR, 1 ABSTAIN', '        - motion passes']],
  ['a vote called, result labelled', ['Vote on the motion BV_A to offer a discounted rate:', '', '-   Vote: 5 in favor, 0 opposed, 0 abstained', '-   Resolution: Vote passed']],
  ['a member moves, another seconds', ['- Steve move motion to have no auditor', '- Fletcher second', '- Motion carried unanimously']],
  ['a voting label, the result in capitals', ['Motion to buy a second laser cutter for the workshop', 'VOTING:', '6 people said yes', '', 'MOTION PASSED.']],
  ['moved that, carried', ['Moved that the subscription rise to £20 a year', 'Seconded by Jo Bloggs', 'Carried unanimously']],
];
// An agenda listing motions with no vote below, a motion that failed, a vote too far below: none.
const NOT_PASSED: [string, string[]][] = [
  ['an agenda of motions', ['1. Move to make proposal 1', '2. Move to make proposal 2', '3. Move to make proposal 3']],
  ['a failed vote', ['Move to make proposal 6', '- 1 vote FOR, 4 AGAINST', '- motion fails']],
  ['a lost motion', ['Motion to close the bar early', 'Seconded by Ann', 'Motion lost', 'Carried forward to the next meeting']],
];

const doc = (lines: string[]) => ['EGM Minutes - 2019-08-27', 'Present: Jenny Walker, Dan Hobson, Joe Morton', '', 'Notes', 'We talked about the workshop and the budget.', '', ...lines, '', 'Meeting closed at 9pm.'].join('\n');

describe('motions passed by the vote below them', () => {
  it.each(PASSED)('%s: the motion is a decision', (_, lines) => {
    expect(passedMotionLines(lines).size).toBe(1);
    const first = lines[0].replace(/^(?:- |\d\. )/, '');
    const d = extractFromText(doc(lines)).decisions;
    expect(d.some((x) => x.text.startsWith(first.slice(0, 20)))).toBe(true);
  });
  it.each(NOT_PASSED)('%s: no motion passed', (_, lines) => {
    expect(passedMotionLines(lines).size).toBe(0);
  });
});
