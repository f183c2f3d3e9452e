import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';

describe('a label closed by ":-"', () => {
  it('has no value of its own', () => {
    expect(parseLabel('Councillors Present :-')).toMatchObject({ kind: 'attendance', value: '' });
  });
  it('has the names after the dash as its value', () => {
    expect(parseLabel('Present:- Cllr A Smith, Cllr B Jones')).toMatchObject({ kind: 'attendance', value: 'Cllr A Smith, Cllr B Jones' });
  });
});

describe('a label closed by a dash alone', () => {
  it('is an attendance or absence head with the roll below it', () => {
    expect(parseLabel('In Attendance –')).toMatchObject({ kind: 'attendance', value: '' });
    expect(parseLabel('Apologies -')).toMatchObject({ kind: 'absence', value: '' });
  });
  it('is no label where the words are not attendance\'s own', () => {
    expect(parseLabel('Treasurer’s Report –')?.kind).not.toBe('attendance');
    expect(parseLabel('Chair –')?.kind).not.toBe('presider');
  });
});

describe('a body\'s members named before a dash', () => {
  it('head attendance over a roll of persons', () => {
    expect(parseLabel('Councillors – Dale Redman, Bryan Myers, Stuart Peace, Patrick Schultz')).toMatchObject({ kind: 'attendance', value: 'Dale Redman, Bryan Myers, Stuart Peace, Patrick Schultz' });
    expect(parseLabel('Trustees - Mr John Ross and A. Brown')?.kind).toBe('attendance');
  });
  it('open an item where no roll follows', () => {
    expect(parseLabel('Members – discussed the fees for next year')?.kind).not.toBe('attendance');
    expect(parseLabel('Councillors – John Smith reported on the roads')?.kind).not.toBe('attendance');
  });
});
