import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a roll’s label under a lettered point', () => {
  it('"c) Attendance: …" lists who attended, "b) Apologies: …" who sent apologies', () => {
    const d = extractFromText(
      [
        'Committee Meeting - Monday 16 March 2015',
        '1. Attendance and apologies',
        'a) Meeting opened by Jock at 8.35 pm.',
        'b) Apologies: A. Henderson, H. Abdy',
        'c) Attendance: S Dean (Bgo United), M Harrison (Nthn Flames), C Moorhead (SJNC)',
        '2. Review of Minutes',
        'Proposed: C. Layton 2nd: L. Taylor Approved: All',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['S Dean', 'M Harrison', 'C Moorhead']);
  });
});
