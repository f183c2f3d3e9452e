import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const BODY = '\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.\n2. Budget\nRESOLVED that the budget be adopted. Carried.';

describe('a heading with the page run on after it', () => {
  it('ends before the roll label', () => {
    const d = extractFromText(`PROCEEDINGS OF THE FIRST MEETING OF THE EASTBY BUSINESS COUNCIL HELD ON FRIDAY, 22ND MARCH 2002, AT THE TOWN HALL PRESENT. See attached list on page 17${BODY}`);
    expect(d.title).toBe('PROCEEDINGS OF THE FIRST MEETING OF THE EASTBY BUSINESS COUNCIL HELD ON FRIDAY, 22ND MARCH 2002, AT THE TOWN HALL');
  });
  it('ends at its date before a sentence', () => {
    const d = extractFromText(`Minutes of Tidy Towns AGM – Eastby Community Centre – 18th November 2015 List of attendees and apologies on file.${BODY}`);
    expect(d.title).toBe('Minutes of Tidy Towns AGM – Eastby Community Centre – 18th November 2015');
  });
  it('leaves out a page number after its date', () => {
    const d = extractFromText(`Minutes of Eastby Croquet Council Meeting held at Eastby Croquet Centre, Monday 19 June 2017 1${BODY}`);
    expect(d.title).toBe('Minutes of Eastby Croquet Council Meeting held at Eastby Croquet Centre, Monday 19 June 2017');
  });
  it('ends before a first item numbered "I."', () => {
    const d = extractFromText(`CITY OF EASTBY MINUTES CITY COMMISSION SPECIAL MEETING FEBRUARY 21, 2000 I. CALL TO ORDER The Special Meeting was called to order at 6:30 p.m. by Mayor Smith.${BODY}`);
    expect(d.title).toBe('CITY OF EASTBY MINUTES CITY COMMISSION SPECIAL MEETING FEBRUARY 21, 2000');
  });
});
