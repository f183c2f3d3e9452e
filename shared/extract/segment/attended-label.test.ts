import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { LOOSE_LABELS } from './loose-labels';
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
    expect(parseLabel(line, LOOSE_LABELS)).toMatchObject({ kind: 'attendance', value });
  });

  it.each(['Students that attended:', 'Minutes attended to:', 'The following were discussed:', 'Events attended by the chair: two'])('leaves alone %s', (line) => {
    expect(parseLabel(line, LOOSE_LABELS)?.kind).not.toBe('attendance');
  });

  it('reads the numbered list under such a label', () => {
    const d = extractFromText(
      ['Minutes of the 3rd meeting of the Executive Committee', 'held on Saturday, 5 March 2022', 'The following participated :', '1. Dr Anwar Qureshi (in chair)', '2. Mr Bilal Khan', '3. Prof Sana Mirza', 'The minutes of the last meeting were confirmed.', 'Decision: approved unanimously.'].join('\n'),
    );
    expect(d.attendees).toEqual(['Anwar Qureshi', 'Bilal Khan', 'Sana Mirza']);
  });

  it('reads the list under it as a reading to check, where a lexicon label is sure', () => {
    const record = (label: string) =>
      `Riverside Allotment Society\nMinutes of the Committee Meeting, 4 March 2024\n\n${label}\nAnn Lowe\nBo Tran\nCy Dunn\n\n1. Plots\nIt was agreed to raise the plot fee to £30.\n`;
    const loose = extractFromText(record('Those who attended:'));
    expect(loose.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Dunn']);
    expect(loose.fields.attendees?.confidence).toBeLessThanOrEqual(0.85);
    const sure = extractFromText(record('Present:'));
    expect(sure.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Dunn']);
    expect(sure.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
