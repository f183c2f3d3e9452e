import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A roll printed as a table's cells, the label with no colon before the names: the absence label as the
// clerk spelt it ("Apologise", "Apologised", "Regrets") ends the present, and those after it are no attendees.
describe('an absence label in a cell of its own, however it is spelt', () => {
  it.each(['Apologies', 'Apologise', 'Apologised', 'Regrets'])('%s Mr E. Convery', (label) => {
    const page = [
      'GENERAL MEETING',
      'The minutes of the general meeting held in the Boardroom, Town Hall, Peel on 18 April 2019 at 7:00pm.',
      'Present Mrs R. Moughtin (Chairman)',
      'Mr A. Jones (Deputy Chairman)',
      'Mr I. Davison',
      `${label} Mr E. Convery`,
      'Ms H. Hannan',
      'In attendance Mr D. Sewell (Clerk to Commissioners)',
      'CHAIRMAN’S WELCOME',
      'The Chairman welcomed the Board to the April meeting.',
      'It was resolved that the minutes of the March meeting be approved.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.attendees).toContain('I. Davison');
    expect(d.attendees).toContain('D. Sewell');
    expect(d.attendees.some((n) => /Convery|Hannan/.test(n))).toBe(false);
  });
});
