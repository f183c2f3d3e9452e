import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...items: string[]) => extractFromText(['Committee Meeting Minutes', 'Held 8/5/17 – 7:30pm at the hall', 'Present: Gerry Ginnivan, Don Cook, Fiona Steel, Tony Murphy', ...items, 'Meeting closed 9pm.'].join('\n')).decisions;

describe('a line of only a motion’s parts and its passing, under the item’s heading', () => {
  it.each(['Moved – Fiona Steel. Seconded – Tony Murphy. Accepted.', 'Moved: Fiona Steel; Seconded: Tony Murphy; Carried'])('%s is the item’s decision', (line) => {
    const got = record('Minutes of Previous Meeting', line, 'General Business', 'Bore – David and Travis have repaired the bore.');
    expect(got.some((d) => d.text.includes(line))).toBe(true);
  });

  it('a motion that was lost decides nothing', () => {
    expect(record('Minutes of Previous Meeting', 'Moved – Fiona Steel. Seconded – Tony Murphy. Lost.')).toEqual([]);
  });

  it('reads the parts after the item’s heading on the same line, and an agreement not to act', () => {
    const got = extractFromText(['Minutes of board meeting 14th February 2014', '1. Present: Stewart Hill, Nigel Goldie, Jeanette McCarthy', '2. Minutes of Last Meeting: Proposed by Jeanette, seconded by Nigel. Approved.', '3. Vehicle Log Books: Agreed not to progress.', '4. Hydro: Heads of Terms document has now been signed.'].join('\n')).decisions.map((d) => d.text);
    expect(got).toEqual(['Minutes of Last Meeting: Proposed by Jeanette, seconded by Nigel. Approved.', 'Vehicle Log Books: Agreed not to progress.']);
  });
});
