import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('the chair named where the mark or the call to order stands apart from the name', () => {
  it('reads "Dr A Khan, President (in chair)" in a numbered list as the chair, the post between name and mark', () => {
    const page = [
      'Minutes of 3rd executive committee meeting held at the Society office, at 3.00 pm on 12 March 2022.',
      'The following participated :',
      '1. Dr Asad Karim Qureshi, President (in chair)',
      '2. Dr Bilal Anwar, Vice President',
      '3. Mr Tariq Memon, General Secretary',
      '4. Ms Sana Abro, Treasurer',
      'Item No 1',
      'To confirm minutes of last meeting',
      'Decision: Confirmed',
    ].join('\n');
    expect(extractFromText(page).presider).toBe('Asad Karim Qureshi');
  });

  it('reads "President Jim Karr called to order the organizational meeting" as the chair opening it', () => {
    const page = [
      'Minutes of the Board Organizational Meeting, August 7, 2013',
      'Per the association bylaws, outgoing President Jim Karr called to order the required organizational meeting of the newly elected board at 10:00 a.m.',
      'In attendance were Judy Field, Susan Hamman, Jim Karr and Cindy Rhodes, all newly elected directors.',
      'By consensus, the board agreed that Judy Field will serve as President.',
    ].join('\n');
    expect(extractFromText(page).presider).toBe('Jim Karr');
  });
});
