import { describe, expect, it } from 'vitest';
import { readSignals } from './signals';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';

const outcomes = (text: string) => readSignals(segment(linesFromText(text))).outcomes;

// An agenda prints a slot for each motion's mover and seconder, to be filled in at the meeting.
describe('an agenda’s blank slots for a motion’s mover and seconder', () => {
  it.each([
    'MOTION TO CLOSE PUBLIC COMMENT Proposed By: Seconded By: REVIEW OF CORRESPONDENCE',
    'Motion to approve the bills\nMoved by: Seconded by:\nVote:',
    'Motion to adopt Resolution 2019-61\nSeconded by:\n',
  ])('records no outcome: %s', (text) => {
    expect(outcomes(text)).toBe(0);
  });
  it.each([
    'Motion to approve the bills. Moved by: Smith Seconded by: Jones. All in favor.',
    'Mr. Doyle seconded the motion.',
  ])('a slot filled in is an outcome: %s', (text) => {
    expect(outcomes(text)).toBeGreaterThan(0);
  });
});
