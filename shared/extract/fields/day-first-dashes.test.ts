import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractFromText } from '../index';

describe('a date day first with dashes', () => {
  const en = (head: string) => `Minutes of the Project Meeting\n${head}\nAttendees: Ravi K, Anita S, John P\n1. Budget\nIt was decided that the budget be approved.`;
  it.each([
    [en('### Date : 29-01-2022'), '2022-01-29'],
    [en('Date: 17-3-2019  Time: 4 pm'), '2019-03-17'],
    [en('Held on 31-03-2018 in the Conference Hall'), '2018-03-31'],
    [en('Date: 03-25-2021'), '2021-03-25'],
  ])('%s', (text, iso) => {
    expect(extractFromText(text).meetingDate).toBe(iso);
  });

  it.each(['2009-10-2010', 'Tel 519-887-6137', 'Ref 12-3-20-2021', 'page 4-5-20', '33-13-2019', '05-11-2020', '4-2-2010'])('not a date: %s', (s) => {
    expect(findDates(s)).toEqual([]);
  });
});
