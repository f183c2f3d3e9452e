import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractFromText } from '../index';

describe('a numeric date with dashes, day first', () => {
  it.each([
    ['Date : 29-01-2022', '2022-01-29'],
    ['held on 5-3-2019 at the hall', '2019-03-05'],
    ['Meeting of 03-25-2021', '2021-03-25'],
  ])('%s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it.each(['Clause 1-2-10 applies', 'Call 555-12-2022 for details', 'Ref 12-05-20211'])('no date: %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('dates a meeting whose header prints it so', () => {
    const text = '# Minutes of Meeting\n### Date : 29-01-2022\n### Time : 17:00\nPresent: Ann Lee, Tom Brown\n1. The plan was approved.\nAction: Tom to send the draft by Friday.';
    expect(extractFromText(text).meetingDate).toBe('2022-01-29');
  });
});
