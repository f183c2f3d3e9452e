import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const BODY = '\nPresent: A Smith (Chair), B Jones, C Lee\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.';

// The meeting's particulars run on after its heading on one line: they are the record's, not the title's.
describe('a heading with its particulars run on after it', () => {
  it.each([
    ['EASTBY NETBALL ASSOCIATION General Meeting Minutes Date and Time: 02 May 2019, 7.00pm Venue: Club House', 'EASTBY NETBALL ASSOCIATION General Meeting Minutes'],
    ['School Council Minutes Date: 19 February 2015', 'School Council Minutes'],
    ['Eastby Band Council Minutes January 13th, 2020 Place: 101 Perron Boulevard Time: 1:00 p.m.', 'Eastby Band Council Minutes January 13th, 2020'],
    ['Meeting Minutes: Technical Steering Committee Date: 12 October, 2021 Time: 15:15:00 UTC', 'Meeting Minutes: Technical Steering Committee'],
  ])('%s', (line, title) => {
    expect(extractFromText(line + BODY).title).toBe(title);
  });
});
