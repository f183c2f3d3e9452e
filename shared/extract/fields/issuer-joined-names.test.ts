import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const BODY = '\nPresent: Cr A Smith, Cr B Jones\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.\n2. Budget\nRESOLVED that the budget be adopted. Carried.';

describe('a body named run together with its heading', () => {
  it('keeps two names joined by "&" or "and" as one', () => {
    expect(extractFromText(`ANNUAL GENERAL MEETING EASTBY & DISTRICT GARDEN CLUB INC. St Luke's Hall on 19 August 2014${BODY}`).issuer).toBe(
      'EASTBY & DISTRICT GARDEN CLUB',
    );
    expect(extractFromText(`Eastby and District Beekeepers Association: Minutes of Annual General Meeting held on Tuesday 5th Dec 2017${BODY}`).issuer).toBe(
      'Eastby and District Beekeepers Association',
    );
  });
  it('reads a long name whole, on to its last body word', () => {
    expect(extractFromText(`LOWER EASTBY GRANDE PUBLIC WATER WORKS AUTHORITY Minutes—REGULAR BOARD OF DIRECTORS MEETING 9:00 a.m. Wednesday, January 16, 2013${BODY}`).issuer).toBe(
      'LOWER EASTBY GRANDE PUBLIC WATER WORKS AUTHORITY',
    );
    expect(extractFromText(`EASTBY & DISTRICT HORTICULTURAL SOCIETY GENERAL MEETING\nTUESDAY JULY 4th 2017${BODY}`).issuer).toBe('EASTBY & DISTRICT HORTICULTURAL SOCIETY');
  });
  it('stops at the kind of sitting', () => {
    expect(extractFromText(`EASTBY TOWNSHIP REGULAR MONTHLY BOARD MEETING\n\nTHURSDAY, APRIL 15, 2021 @ 7:00 P.M.${BODY}`).issuer).toBe('EASTBY TOWNSHIP');
  });
});
