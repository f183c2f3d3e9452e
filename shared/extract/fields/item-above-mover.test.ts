import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An association's AGM minutes: the item's own line is what was put, its mover, seconder and vote below it.
const minutes = (item: string, vote: string) =>
  ['Canoeing WA AGM Minutes 23 September 2007', 'Present: John Mulcahy, Paul Burke, Leonie Cockman', '', '2 PREVIOUS MINUTES', item, 'Moved: Paul Burke', 'Seconded: Leonie Cockman', vote, '2.2 Matters Arising', 'None'].join('\n');

describe('a motion whose words are its item’s line above the mover', () => {
  it('reads the item as the decision, its number glued on or set apart', () => {
    for (const item of ['2.1 Ratify Minutes of AGM held 5th October 2006', '2.1Ratify Minutes of AGM held 5th October 2006']) {
      expect(extractFromText(minutes(item, 'Vote: Passed by show of hands unanimously.')).decisions.map((d) => d.text)).toEqual(['Ratify Minutes of AGM held 5th October 2006']);
    }
  });

  it('reads none where the vote was lost', () => {
    expect(extractFromText(minutes('2.1 Ratify Minutes of AGM held 5th October 2006', 'Vote: Lost.')).decisions).toEqual([]);
  });
});
