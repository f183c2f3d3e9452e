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
