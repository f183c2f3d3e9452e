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
