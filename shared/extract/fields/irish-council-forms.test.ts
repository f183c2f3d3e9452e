import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { readEnAttendance } from './people';

describe('an Irish council’s forms', () => {
  it('reads a date whose ordinal ends with a full stop ("22nd. APRIL, 2015")', () => {
    expect(findDates('WEDNESDAY, 22nd. APRIL, 2015.').map((d) => d.iso)).toEqual(['2015-04-22']);
    expect(findDates('held on the 25th. March, 2015').map((d) => d.iso)).toEqual(['2015-03-25']);
  });
  it('reads the chair named in Irish as the chair, not as a person', () => {
    expect(readEnAttendance('Councillor Michael Smith, Cathaoirleach, presided.')).toMatchObject({ names: ['Michael Smith'], chair: 'Michael Smith' });
  });
  it('reads the members listed after the chair’s sentence', () => {
    expect(readEnAttendance('Councillor Michael Smith, Cathaoirleach, presided. Councillors Joe Bourke, Jackie Cahill, David Doran and Jim Ryan.').names).toEqual(['Michael Smith', 'Joe Bourke', 'Jackie Cahill', 'David Doran', 'Jim Ryan']);
  });
  it('leaves a sentence after the list that is no list alone', () => {
    expect(readEnAttendance('Councillor Michael Smith, Cathaoirleach, presided. Members noted the report.').names).toEqual(['Michael Smith']);
  });
});
