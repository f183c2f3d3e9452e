import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

// A university council's or a city's roll: each office a line, its holder in brackets after it, then
// the ordinary members run together on one line.
describe('a roll of offices with their holders in brackets', () => {
  it.each([
    ['The Deputy Chancellor (Ms F S Marles)(in the Chair)', 'F S Marles', true],
    ['The Vice-Chancellor (Professor A D Gilbert)', 'A D Gilbert', false],
    ['The Vice-Principal (Administration) (Mr I Marshman)', 'I Marshman', false],
    ['The Registrar (Associate Professor J Lee)', 'J Lee', false],
    ['General Manager (Mr P Thompson)', 'P Thompson', false],
  ])('%s', (line, name, chair) => {
    expect(cleanEnPerson(line)).toEqual({ name, chair });
  });

  it('reads the members run together after the offices, and the chair marked among them', () => {
    const page = [
      'COUNCIL MEETING NO 5',
      'A meeting of the Council was held on Monday 5 July, 1999 at 4.00 p.m.',
      'Present',
      'The Deputy Chancellor (Ms F S Marles)(in the Chair)',
      'The Vice-Chancellor (Professor A D Gilbert)',
      'Mr P Allen, Professor J A Angus, Ms A Chinn, and Mr I A Renard.',
      'The President of the Student Union (Ms Elizabeth Blandthorn)',
      '1. Leave of Absence',
      'Leave of absence for the September meeting was granted to Professor Lim Pin.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.presider).toBe('F S Marles');
    expect(d.attendees).toEqual(['F S Marles', 'A D Gilbert', 'P Allen', 'J A Angus', 'A Chinn', 'I A Renard', 'Elizabeth Blandthorn']);
  });
});
