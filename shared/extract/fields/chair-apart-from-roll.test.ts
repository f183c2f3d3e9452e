import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// The chair named apart from the roll: records count the chair among those present one way or the other,
// so the roll read without the chair is a reading for the clerk to check.
describe('the chair named apart from the roll', () => {
  const page = (chairLine: string, roll: string) =>
    [
      'FISCAL COURT MEETING: Woodford County Courthouse, Tuesday, October 10, 2017 at 5:30 p.m.',
      chairLine,
      roll,
      'APPROVAL OF MINUTES',
      'Motion by Magistrate Popp, seconded by Magistrate Reed, to approve the minutes of the last meeting. Motion carried.',
    ].join('\n');

  it('a roll without the chair is below the confident level', () => {
    const d = extractFromText(page('PRESIDING: John Coyle, Woodford County Judge/Executive', 'PRESENT: Linda Popp, Gary Finnell, Ken Reed, Gerald Dotson, Jackie Brown'));
    expect(d.attendees).toEqual(['Linda Popp', 'Gary Finnell', 'Ken Reed', 'Gerald Dotson', 'Jackie Brown']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('a roll that names the chair keeps its confidence', () => {
    const d = extractFromText(page('PRESIDING: John Coyle, Woodford County Judge/Executive', 'PRESENT: John Coyle, Linda Popp, Gary Finnell, Ken Reed, Gerald Dotson, Jackie Brown'));
    expect(d.attendees).toContain('Linda Popp');
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
