import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A heading in capitals naming its body, the record below it.
const record = (head: string) =>
  [head, '', 'CALL TO ORDER', '', 'The meeting was called to order at 9:00 a.m. by Chairperson Ann Lowe. Members Bo Tran, Cy Webb and Di Ross were present.', '', 'It was moved by Tran, seconded by Webb, to approve the agenda. Motion carried.'].join('\n');

describe('whose a board is, printed after it in capitals', () => {
  it.each([
    ['EASTBY COUNTY BOARD OF COMMISSIONERS MEETING MINUTES – FEBRUARY 16, 2010', 'EASTBY COUNTY BOARD OF COMMISSIONERS'],
    ['EASTBY COUNTY BOARD OF SUPERVISORS EASTBY COUNTY, KINGMAN, ARIZONA SPECIAL MEETING FEBRUARY 20, 2001', 'EASTBY COUNTY BOARD OF SUPERVISORS'],
    ['WESTBY STATE BOARD OF PHARMACY MINUTES', 'WESTBY STATE BOARD OF PHARMACY'],
  ])('%s', (head, issuer) => {
    expect(extractFromText(record(head)).issuer).toBe(issuer);
  });
});
