import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A Cornish parish council's minutes: each outcome told after its proposer and seconder, "On the proposition of …".
const minutes = (first: string) =>
  ['MYLOR PARISH COUNCIL', 'Minutes of the meeting held on 5th January 2015', 'Present: Councillor Willmore (Chairman), Councillor Deacon, Councillor Bridges', '', '004/15 MINUTES', first, '005/15 FINANCE', 'On the proposition of Councillor Bridges, seconded by Councillor Deacon, it was resolved to pay the accounts.'].join('\n');

describe('an outcome told after "On the proposition of X, seconded by Y"', () => {
  it('is a decision, the minutes approved a long way after the seconder', () => {
    const d = extractFromText(minutes('On the proposition of Councillor Willmore, seconded by Councillor Deacon, the minutes of the planning meetings held on 24th November and 1st December 2014 were approved and signed.'));
    expect(d.decisions.map((x) => x.text.slice(0, 40))).toEqual(['On the proposition of Councillor Willmor', 'On the proposition of Councillor Bridges']);
  });

  it('is none where nothing done follows the seconder', () => {
    const d = extractFromText(minutes('On the proposition of Councillor Willmore, seconded by Councillor Deacon, the matter was discussed at length.'));
    expect(d.decisions.map((x) => x.text.slice(0, 40))).toEqual(['On the proposition of Councillor Bridges']);
  });
});
