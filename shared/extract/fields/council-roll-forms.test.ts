import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson, findPresider } from './people';

describe('a council’s roll and its call to order', () => {
  it('the chair who called the meeting to order after a clause ("A quorum was present and Mayor … called …")', () => {
    expect(findPresider('A quorum was present and Mayor Anita Weiers called the meeting to order at 9:05 a.m.', 'en')?.name).toBe('Anita Weiers');
    expect(findPresider('The minutes were read, and Mr Smith opened the window.', 'en')).toBeNull();
  });

  it('a department after a name is no one ("Merv Dust, Maintenance")', () => {
    expect(cleanEnPerson('Maintenance').name).toBeNull();
    expect(cleanEnPerson('Grant').name).toBe('Grant');
    const text = ['Minutes of the Regular Meeting of the Council of the Village of Eastby held on Monday February 11th, 2013 at 9:00 a.m.', '', 'PRESENT:', '', 'Mayor Anita Weiers, Councilor Estelle Dicus, Councilor Don Garand and Tara Bueckert, Administrator and Merv Dust, Maintenance', '', 'CALL TO ORDER:', '', 'A quorum was present and Mayor Anita Weiers called the meeting to order at 9:05 a.m.', '', '9-13 Agenda Ardagh: That the agenda be accepted as presented.', 'CARRIED'].join('\n');
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['Anita Weiers', 'Estelle Dicus', 'Don Garand', 'Tara Bueckert', 'Merv Dust']);
    expect(d.presider).toBe('Anita Weiers');
  });
});
