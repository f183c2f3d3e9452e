import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A motion moved on one line with no vote after it (the record cut before the vote, or a proposal only)
// is read, but its reading is not sure enough to pass unchecked.
describe('a motion moved on its line with no vote after it', () => {
  const head = [
    'COUNTY MUNICIPAL PLANNING COMMISSION MEETING MINUTES Monday, October 27, 2014',
    'PRESENT: Reeve Fred Lacey, Deputy Reeve Lloyd Kearl, Councillor Broyce Jacobs',
    '1. ADOPTION OF AGENDA',
    '1.1. Moved by: Councillor Roger Houghton that the October 27, 2014 Agenda as presented be approved. Carried.',
    '2. ADOPTION OF MINUTES',
    '2.1. Moved by: Councillor Broyce Jacobs that the Minutes of the September 22, 2014 Meeting be approved. Carried',
    '3. SUBDIVISION APPLICATION',
  ];
  const unvoted = [...head, 'Moved by: Reeve Fred Lacey that the agricultural subdivision of the NE1/4 36-1-25-W4M BE APPROVED subject to the following:'].join('\n');
  const voted = [...head, 'Moved by: Reeve Fred Lacey that the agricultural subdivision of the NE1/4 36-1-25-W4M be approved. Carried.'].join('\n');

  it('is read as a decision', () => {
    expect(extractFromText(unvoted).decisions.map((d) => d.text)).toHaveLength(3);
  });

  it('leaves the decisions below the confident level', () => {
    expect(extractFromText(unvoted).fields.decisions?.confidence ?? 1).toBeLessThan(0.9);
  });

  it('is confident again once every motion has its vote', () => {
    expect(extractFromText(voted).fields.decisions?.confidence ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});
