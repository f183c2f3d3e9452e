import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** Attendance heads closed by a full stop, as numbered paragraphs print them ("1. Present.", "Apologies."). */
describe('an attendance head closed by a full stop', () => {
  it('heads the names below it', () => {
    const d = extractFromText(
      [
        'CANNON ROCKS RATEPAYERS ASSOCIATION',
        'MINUTES OF COMMITTEE MEETING HELD AT Cannon Rocks Community Hall On 18 January 2023 at 10h00',
        'ATTENDANCE',
        '1. Present.',
        'Mr. Bert Venter                          Chairperson',
        'Ms. Barbara Beckmann',
        'Mr. Philip du Plessis',
        '2. Apologies.',
        'Mr. Barry Fourie',
        'APPROVAL OF MINUTES',
        '3. The minutes of the committee meeting of 1 November 2022 were approved.',
      ].join('\n'),
    );
    expect(d.attendees).toEqual(['Bert Venter', 'Barbara Beckmann', 'Philip du Plessis']);
    expect(d.presider).toBe('Bert Venter');
  });

  it('leaves a numbered topic closed by a full stop as an item', () => {
    const d = extractFromText(['Minutes of the Committee Meeting held 3 March 2021', 'Present: A. Smith, B. Jones', '1. Finance.', 'The accounts were adopted.'].join('\n'));
    expect(d.attendees).toEqual(['A. Smith', 'B. Jones']);
  });
});
