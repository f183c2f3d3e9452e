import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A town board's motion told as "Moved, seconded and voted 3-0 to …": the tally stands before the motion's words. */
const record = (line: string) =>
  extractFromText(['Selectmen’s Minutes, September 13, 2018', '', 'Selectmen present: Ben Astbury, Bob Publicover.', '', 'Old business was discussed at length.', '', line, '', 'There being no further business, moved, seconded and voted 3-0 to adjourn the meeting at 7:37 p.m.'].join('\n')).decisions.map((d) => d.text);

describe('"Moved, seconded and voted" opening a sentence', () => {
  it.each([
    'Phone for CEO. Moved, seconded and voted 3-0 to have CEO purchase a cell phone to be used for town business.',
    'Moved, seconded and voted unanimously to accept the bid for the salt shed.',
    'Moved, seconded and voted (2-0-1) that the warrant be signed.',
  ])('is a decision: %s', (line) => {
    expect(record(line)).toHaveLength(2);
  });

  it('is none where the parts are named and no motion follows', () => {
    expect(record('Moved, seconded and voted 3-0.')).toHaveLength(1);
  });
});
