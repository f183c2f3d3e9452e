import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...lines: string[]) =>
  extractFromText(['Council Meeting Minutes – March 2014', '', 'THE LEEDS ASSOCIATION OF ENGINEERS', '', 'Minutes of the Council Meeting held at 7.15pm on Thursday 6th March 2014.', '', ...lines, '', '2. Apologies for Absence. G. Toulson.', '3. Minutes of the Previous Meeting were approved.'].join('\n'));

describe('those present told in a sentence', () => {
  it('reads "Attendees were …" and "Participants included …", the subject naming those there', () => {
    expect(record('The meeting began at 7:30pm. Attendees were Perdi Mitchell, Kate Hambly, Yasmine Gray and Chris Pilgrim.').attendees).toEqual(['Perdi Mitchell', 'Kate Hambly', 'Yasmine Gray', 'Chris Pilgrim']);
    expect(record('Participants included Perdi Mitchell, Kate Hambly, Yasmine Gray and Chris Pilgrim.').attendees).toEqual(['Perdi Mitchell', 'Kate Hambly', 'Yasmine Gray', 'Chris Pilgrim']);
    expect(record('Next steps for attendees were discussed at length by the group.').attendees).toEqual([]);
  });

  it('reads the chair "in the chair with" the others, the sentence wrapped after a comma', () => {
    const d = record('1.    Attendance. A. Kibler (President) in the chair with J. Aldersley,', 'A. Rogers, I. Scholes, M. Murray and', 'I. Blakeley.');
    expect(d.presider).toBe('A. Kibler');
    expect(d.attendees).toEqual(['A. Kibler', 'J. Aldersley', 'A. Rogers', 'I. Scholes', 'M. Murray', 'I. Blakeley']);
  });

  it('reads the chair "in the Chair," then the others after a comma, the chair opening the line', () => {
    const d = record('Neil Adams in the Chair, Mike Barry, Councillor J D Finn, Councillor M McDermott and Councillor A Wilson.');
    expect(d.attendees).toEqual(['Neil Adams', 'Mike Barry', 'J D Finn', 'M McDermott', 'A Wilson']);
    // What follows the chair's comma must be names: "…, the meeting opened at 7pm" is none.
    expect(record('Neil Adams in the Chair, the meeting opened at 7pm.').attendees).toEqual([]);
  });

  it('reads the chair "chaired by the Acting Chairman of BNP, Mr. Tarek Rahman", the post naming its body', () => {
    expect(record('The meeting was chaired by the Acting Chairman of BNP, Mr. Tarek Rahman. The members were present in the meeting.').presider).toBe('Tarek Rahman');
  });

  it('reads the chair who "acted as Chair", a post in brackets after the name', () => {
    expect(record('Perdi Mitchell (Vice President) acted as Chair in Robyn’s absence.').presider).toBe('Perdi Mitchell');
  });
});
