import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe("an officer's report heading under a sentence telling the meeting", () => {
  it('reads the record whose second line is "Secretary’s Report"', () => {
    const d = extractFromText(
      [
        'President Jim Stewart brought the meeting to order at 6:30pm.  Attending were Jim, Kathy Colasardo, Loren Stanley, Ev Hutchings, Lois Lund & Ed Streibel.',
        'Secretary’s Report',
        'Kathy read the minutes from July’s meeting.  A motion to accept by Jim, 2nd by Ev.  Minutes passed.',
        'Income Statement',
        'Kathy made a motion to pay the repair bill, 2nd by Loren.  Motion passed.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });

  it('still refuses a page headed as an officer’s report', () => {
    const d = extractFromText(['Secretary’s Report', 'This year the association met six times and the minutes were approved at each meeting.', 'Membership rose to 120 households.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
