import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isSettledOutcome } from './settled-on';

// Outcomes a note's bullet states thing first, outcome last, in several phrasings.
const OUTCOMES = [
  'Nominees for the Harry McDonald and walkers’ trophies agreed on',
  'Venue for the Christmas dinner decided upon',
  'Date of the open day settled on.',
  'Treasurer’s report circulated – payments approved',
  'Insurance renewal quote – new policy unanimously accepted',
  'Budget review — revised figures were endorsed.',
];
// Still to come, or a question: no outcome.
const NONE = ['Nominees for the trophies to be agreed on', 'Venue for the dinner will be decided upon', 'Treasurer’s report – payments will be approved', 'Budget – if figures accepted', 'Something we agreed on'];

const doc = (line: string) => ['Committee meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Reports', `  • ${line}`, '  • Anna had spoken to the bidder about the event', '', 'Comments are closed.'].join('\n');

describe('outcomes stated thing first', () => {
  it.each(OUTCOMES)('%s is an outcome', (line) => {
    expect(isSettledOutcome(line)).toBe(true);
    expect(extractFromText(doc(line)).decisions.map((x) => x.text)).toContain(line);
  });
  it.each(NONE)('%s is none', (line) => {
    expect(isSettledOutcome(line)).toBe(false);
  });
});
