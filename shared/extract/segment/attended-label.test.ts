import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

describe('an English attendance label told with the past verb', () => {
  it.each([
    ['The following attended:', ''],
    ['The following participated :', ''],
    ['Those who attended: Ann Lowe, Bo Tran', 'Ann Lowe, Bo Tran'],
    ['People who attended:', ''],
    ['Attended by: Ann Lowe, Bo Tran', 'Ann Lowe, Bo Tran'],
    ['The following members attended:', ''],
  ])('%s', (line, value) => {
    expect(parseLabel(line)).toMatchObject({ kind: 'attendance', value });
  });

  it.each(['Students that attended:', 'Minutes attended to:', 'The following were discussed:', 'Events attended by the chair: two'])('leaves alone %s', (line) => {
    expect(parseLabel(line)?.kind).not.toBe('attendance');
  });

  it('reads the numbered list under such a label', () => {
    const d = extractFromText(
      ['Minutes of the 3rd meeting of the Executive Committee', 'held on Saturday, 5 March 2022', 'The following participated :', '1. Dr Anwar Qureshi (in chair)', '2. Mr Bilal Khan', '3. Prof Sana Mirza', 'The minutes of the last meeting were confirmed.', 'Decision: approved unanimously.'].join('\n'),
    );
    expect(d.attendees).toEqual(['Anwar Qureshi', 'Bilal Khan', 'Sana Mirza']);
  });
});
