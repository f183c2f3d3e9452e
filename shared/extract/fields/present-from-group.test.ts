import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = extractFromText(
  ['Minutes from June 14, 2017 NFU Local 362', 'Present from executive: Katie Ward, Marlyn Connor, Katrina Anderson', 'Present from members: Nicole Jones', 'Katie Ward chaired the meeting.', '2. Approval of agenda – Marlyn motioned, Nicole seconded. Carried.', '3. Budget – Nicole motioned, Marlyn seconded. Defeated.'].join('\n'),
);

describe('a roll under the group each came as', () => {
  it('reads "Present from executive:" and "Present from members:" as attendance', () => {
    expect(record.attendees).toEqual(['Katie Ward', 'Marlyn Connor', 'Katrina Anderson', 'Nicole Jones']);
  });

  it('is a reading to check: a group under a label of another form may be left out', () => {
    expect(record.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});

describe('a motion "motioned" and seconded', () => {
  it('is a decision when carried, none when defeated', () => {
    expect(record.decisions.map((d) => d.text)).toEqual(['Approval of agenda – Marlyn motioned, Nicole seconded. Carried.']);
  });
});
