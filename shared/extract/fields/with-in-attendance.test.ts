import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { withInAttendance } from './with-in-attendance';

describe('"… with A, B and C in attendance"', () => {
  it('reads the names the opening sentence ends on', () => {
    expect(withInAttendance('Meeting called to order at 7:39 pm with Hal Allen, Eric Kerby, Dave Balan, and Jane Rue in attendance.')).toEqual(['Hal Allen', 'Eric Kerby', 'Dave Balan', 'Jane Rue']);
    expect(withInAttendance('The meeting opened at 7 pm with Cllr Ross and Cllr Baker present.')).toEqual(['Ross', 'Baker']);
  });

  it('is no list where an item is not a name', () => {
    expect(withInAttendance('The meeting opened with most members present.')).toEqual([]);
    expect(withInAttendance('The hall opened with Tom, several parents and the press in attendance.')).toEqual([]);
  });

  it('gives the attendees of a record that says so', () => {
    const text = ['Vantage HOA Board Meeting', 'August 13, 2018', 'Meeting called to order at 7:39 pm with Hal Allen, Eric Kerby, and Jane Rue in attendance.', '1. Previous Meeting Minutes: The Board unanimously approved minutes from the July meeting.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Hal Allen', 'Eric Kerby', 'Jane Rue']);
  });
});
