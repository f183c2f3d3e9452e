import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body =
  'The City Council of the City of Van Buren, Arkansas met at 7:00 p.m. Monday, February\n24, 2014 at City Hall. The meeting was called to order by Mayor Freeman.\nAlderman Parker made a motion to approve the minutes. The motion carried.\n';

describe("a file's date before a heading in capitals", () => {
  it('reads the heading on over its wrapped line, and dates the meeting by the heading', () => {
    const d = extractFromText(`02 February 2014 Regular MINUTES OF THE VAN BUREN, ARKANSAS\nCITY COUNCIL MEETING FEBRUARY 24, 2014\n${body}`);
    expect(d.title).toBe('02 February 2014 Regular MINUTES OF THE VAN BUREN, ARKANSAS CITY COUNCIL MEETING FEBRUARY 24, 2014');
    expect(d.meetingDate).toBe('2014-02-24');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });
  it('keeps a title whose one date is its own', () => {
    const d = extractFromText(`MINUTES OF THE VAN BUREN CITY COUNCIL FEBRUARY 24, 2014\nREGULAR SESSION\n${body}`);
    expect(d.title).toBe('MINUTES OF THE VAN BUREN CITY COUNCIL FEBRUARY 24, 2014');
    expect(d.meetingDate).toBe('2014-02-24');
  });
});

describe('a numeric date that reads either way round', () => {
  const head = (date: string) => `City/County Planning Board Minutes ${date}\nLAUREL PLANNING BOARD\nOCTOBER 2, 2014 6:00 PM\nMEMBERS PRESENT: Kathy Siegrist, President\nPresident Siegrist called the meeting to order at 6:01 pm.\nA motion was made to approve the minutes. The motion carried.\n`;
  it('takes the reading the header spells out', () => {
    expect(extractFromText(head('10.02.2014')).meetingDate).toBe('2014-10-02');
  });
  it('keeps a date that reads one way only', () => {
    expect(extractFromText(head('10.13.2014')).meetingDate).toBe('2014-10-13');
  });
});
