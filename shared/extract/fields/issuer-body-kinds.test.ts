import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A header line that is only the body's name, under or over the title.
const record = (body: string) => ['Board Meeting Minutes – 3 Oct 2018', '', body, '', 'held at 17h30 on Wednesday 3rd October 2018', '', 'Present: Ann Lowe, Bo Tran, Cy Webb', '', '1. The minutes of the last meeting were approved.', '2. It was agreed that the fees remain at £10.'].join('\n');

describe('a body named by a kind clubs, unions and chambers use', () => {
  it.each([
    ['ROTARY CLUB OF KNIGHTS PENDRAGON'],
    ['Trinity Cricket Club'],
    ['Prince Rupert Teachers Union'],
    ['Eastby Chamber of Commerce'],
    ['Maldon Harbour Improvement Commissioners'],
  ])('%s', (body) => {
    expect(extractFromText(record(body)).issuer).toBe(body);
  });
  it('officers named by their post are no body', () => {
    expect(extractFromText(record('Deputy Commissioners')).issuer).toBeNull();
  });
});
