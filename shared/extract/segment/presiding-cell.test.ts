import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

/** A council's form: "PRESIDING" in a cell of its own, then the post and the person. */
describe('a presiding cell with no colon', () => {
  it('labels the person after the post', () => {
    expect(parseLabel('PRESIDING Council Vice-Chair Michael Rutter')).toMatchObject({ kind: 'presider', value: 'Michael Rutter' });
    expect(parseLabel('PRESIDING Michael Rutter')).toMatchObject({ kind: 'presider', value: 'Michael Rutter' });
  });
  it('is no label over a sentence ("PRESIDING over the meeting was …")', () => {
    expect(parseLabel('PRESIDING over the meeting was a long task')?.kind).not.toBe('presider');
  });
  it('names the presider of the record', () => {
    const d = extractFromText(['CITY OF SOUTH SALT LAKE CITY COUNCIL MEETING', '', 'COUNCIL MEETING Wednesday, April 25, 2012 7:00 p.m.', '', 'PRESIDING Council Vice-Chair Michael Rutter', '', 'CONDUCTING Council Member LeRoy Turner', '', 'COUNCIL MEMBERS PRESENT: Irvin Jones, Boyd Marshall, Debbie Snow', '', 'MOTION: Approve the minutes of April 11, 2012. SECOND: Council Member Snow. Voice vote: all aye.'].join('\n'));
    expect(d.presider).toBe('Michael Rutter');
  });
});
