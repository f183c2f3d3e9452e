import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A union's general meeting: each item closed by its mover and seconder as a pair, then the verdict.
const record = (verdict: string) =>
  [
    'Minutes From Feb. 21st General Meeting',
    '',
    '1. Called to order at 3:50 pm',
    '',
    `2. Adoption of the agenda Motion: Delorme/Kolesar ${verdict}`,
    '',
    `3. Accept Minutes of Jan.19th, 2008 general meeting : Motion A.Braid/T.Kolesar ${verdict}`,
    '',
    '4. Announcements: Social Justice Committee having a celebration open to all, Saturday March 8th.',
  ].join('\n');

describe('an item closed by "Mover/Seconder Carried"', () => {
  it.each(['Carried', 'CARRIED', 'Passed unanimously'])('each such item is a decision (%s)', (verdict) => {
    expect(extractFromText(record(verdict)).decisions.map((d) => d.text)).toEqual([
      `Adoption of the agenda Motion: Delorme/Kolesar ${verdict}`,
      `Accept Minutes of Jan.19th, 2008 general meeting : Motion A.Braid/T.Kolesar ${verdict}`,
    ]);
  });
  it('a motion defeated is none', () => {
    expect(extractFromText(record('Defeated')).decisions).toEqual([]);
  });
});
