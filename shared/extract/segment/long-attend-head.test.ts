import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { LOOSE_LABELS } from './loose-labels';
import { extractFromText } from '../index';

describe('an English attendance heading naming its group in several words', () => {
  it.each(['Board members in attendance were:', 'Other board members and officers present:', 'The other Councillors present were:-', 'Council staff and advisers in attendance:', 'Members of the Board present included:'])('%s', (line) => {
    expect(parseLabel(line, LOOSE_LABELS)).toMatchObject({ kind: 'attendance', value: '' });
  });

  it.each([
    'Some changes were reviewed by the members currently present.',
    'The meeting was called to order at seven with three directors present:',
    'Matters raised by the members present were: parking, lighting',
    'Quorum present (4 committee members): YES',
  ])('leaves alone %s', (line) => {
    expect(parseLabel(line, LOOSE_LABELS)?.kind).not.toBe('attendance');
  });

  it('reads the list under such a heading', () => {
    const d = extractFromText(['Minutes of the Board meeting', 'held on 8 February 2022', 'The meeting was led by Ann Lowe.', 'Board members in attendance were:', '- Ann Lowe', '- Bo Tran', '- Cy Marsh', '## Finances', 'The budget was approved.'].join('\n'));
    expect(d.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Marsh']);
  });
});

// The past verb after "the following" and its group, longer than a label read before a colon.
describe('"the following … attended the meeting:" over a list of names', () => {
  it.each(['The following members attended the meeting:', 'Following members attended the meeting:', 'Following Board members participated in the meeting:'])('%s', (head) => {
    const d = extractFromText(['Deliberations of the Sub-Committee', 'Date: 16th April 2009', head, '  • Prof. Dr. Saeed Shafqat', '  • Ms. Farzana Shahid', '  • Mr. Aazar Ayaz', 'After the opening remarks of the chair, the budget was discussed.'].join('\n'));
    expect(d.attendees).toEqual(['Saeed Shafqat', 'Farzana Shahid', 'Aazar Ayaz']);
  });
});
