import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (roll: string) => ['BOARD MEETING October 19, 2010', '', roll, '', 'I. CALL TO ORDER – The Chairman calls the meeting to order at 9:02 A.M.', 'II. APPROVAL OF AGENDA: BE IT RESOLVED THAT the Agenda be adopted as circulated. CARRIED'].join('\n');

describe('people named in the roll and not read from it', () => {
  it('make the list a reading', () => {
    const d = extractFromText(record('PRESENT: Cornie Goertzen – Chairman SD 3 & 4 Laurie Evans – Chairman SD 8 Jim Swidersky – Vice-Chairman SD 3 & 4 Gerry Maynard – Chairman SD 5 Paul Perreault – Chairman SD 6'));
    expect(d.fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });
  it('a roll read whole, posts beside the names, stays sure', () => {
    const d = extractFromText(record('PRESENT: Cornie Goertzen (Chairman), Laurie Evans, Jim Swidersky, Gerry Maynard, Paul Perreault, Financial Administrator Rita Bazin'));
    expect(d.attendees).toHaveLength(6);
    expect(d.fields.attendees?.confidence ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});
