import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isClosingOutcome } from './closing-outcome';

// An item's line closed by its outcome word alone, after its topic: the line is the decision.
const CLOSED = [
  'Rule 7 carried',
  'Bylaw amendment 4 adopted.',
  'October 12, 2023, Committee Minutes approved',
  'Chess Society – Unanimous',
  'Rowing Club: affiliation renewed - agreed',
  '- Budget for the spring fair – approved.',
  'Treasurer’s report — accepted',
  'Fees held at £20 for juniors – carried unanimously',
];
// A clause of its own, a future, a negation, a vote or time gone, an agreement with no dash: none.
const NOT = ['Tom agreed', 'Deadline passed', 'Vote passed', 'Motion carried', 'The budget will be approved', 'Minutes to be approved', 'Amendment 3 not carried', 'The report was approved', 'Rule 8 – lost'];

describe('an item closed by its outcome word', () => {
  it.each(CLOSED)('"%s" is an outcome', (line) => expect(isClosingOutcome(line)).toBe(true));
  it.each(NOT)('"%s" is none', (line) => expect(isClosingOutcome(line)).toBe(false));
  it('on a page, each closed item is a decision from its topic', () => {
    const text = ['Chess club AGM minutes', '5 September 2024', 'Present: Ann Lee (Chair), Bob Ray, Cy Dunn', '', 'Rule changes', 'Rule 7 carried', 'Rule 9 carried', '', 'Societies', 'Chess Society – Unanimous', '', 'Meeting closed at 9pm.'].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got).toEqual(expect.arrayContaining(['Rule 7 carried', 'Rule 9 carried', 'Chess Society – Unanimous']));
  });
});
