import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines';

// 2022-05-04 is a Wednesday.
const due = (t: string) => findDeadline(t, 'en', '2022-05-04');

describe('deadlines told by the week, a season or the next meeting', () => {
  it('reads a weekday of the week after the meeting ("Tuesday next week", "next Tuesday")', () => {
    expect(due('ACTION: Tuesday next week')).toMatchObject({ phrase: 'Tuesday next week', dueDate: '2022-05-10' });
    expect(due('Jo will send it next Friday.')).toMatchObject({ phrase: 'next Friday', dueDate: '2022-05-13' });
  });

  it('keeps a season or a year\'s end as printed, no date counted', () => {
    expect(due('Oscar promised to produce more caps before Easter.')).toEqual({ phrase: 'before Easter', index: 36 });
    expect(due('The newsletter to be published by the end of the academic year.')?.phrase).toBe('by the end of the academic year');
  });

  it('reads a day glued to its month ("by the 13thMay 2015")', () => {
    expect(due('Tony to complete documents by the 13thMay 2015')).toMatchObject({ dueDate: '2015-05-13' });
  });

  it('reads "at next meeting" without its article, but not an item "for next meeting"', () => {
    expect(due('Clerk to report back at next meeting.')?.phrase).toBe('at next meeting');
    expect(due('Preparation for next meeting (Time spent: 5 minutes)')).toBeNull();
  });
});
