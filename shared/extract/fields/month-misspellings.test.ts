import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

describe('a month as clerks often misspell it', () => {
  it.each([
    ['Wednesday 26th Novemeber 2008', '2008-11-26'],
    ['3 Decemeber 2019', '2019-12-03'],
    ['Janaury 5, 2020', '2020-01-05'],
    ['12 Septmeber 2011', '2011-09-12'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text, false)[0]?.iso).toBe(iso);
  });

  it('still reads no month from a word that only starts like one ("Decide 3")', () => {
    expect(findDates('Decide 3 items', false)).toEqual([]);
  });
});
