import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A PDF's text run together into one long line, its heading in capitals first.
const runOn = (head: string) =>
  `${head} The Eastby Board of Regents met on August 10-12, 2015 at the River Rock Lodge in Pierre, with the following members present: Ann Lowe, President; Bo Tran, Vice President; Cy Webb, Secretary; Di Ross, Regent. It was moved by Regent Tran, seconded by Regent Webb, to approve the agenda as published. Motion carried.`;

describe('a heading in capitals opening a line run together', () => {
  it('keeps the body named before its "MINUTES OF"', () => {
    expect(extractFromText(runOn('BOARD OF REGENTS MINUTES OF THE MEETING August 10-12, 2015')).title).toBe('BOARD OF REGENTS MINUTES OF THE MEETING');
  });
  it('starts at the last "MINUTES OF" after a running header that names minutes itself', () => {
    expect(extractFromText(runOn('CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 EASTBY SHIRE COUNCIL MINUTES OF THE GENERAL MEETING HELD ON 17 MAY 2017 at the Council Chambers.')).title).toBe(
      'MINUTES OF THE GENERAL MEETING HELD ON 17 MAY 2017',
    );
  });
  it('ends before the first item run on in capitals', () => {
    expect(extractFromText(runOn('EASTBY PLANNING BOARD MINUTES OF MEETING NOVEMBER 9, 1999 CALL TO ORDER AND')).title).toBe('EASTBY PLANNING BOARD MINUTES OF MEETING NOVEMBER 9, 1999');
  });
});
