import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a motion under its register number', () => {
  it('"17-95 MOVED by X that … CARRIED" is a decision', () => {
    const d = extractFromText(
      [
        'REGULAR COUNCIL MEETING MINUTES THURSDAY, MAY 25, 2017',
        'Mayor Giesbrecht called the meeting to order at 6:00 p.m.',
        '17-95 MOVED by Councillor Breton that Bylaw 447-17 be given second reading. CARRIED',
        '17-96 MOVED by Mayor Giesbrecht that Bylaw 447-17 be considered for third reading. CARRIED UNANIMOUSLY',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([
      '17-95 MOVED by Councillor Breton that Bylaw 447-17 be given second reading.',
      '17-96 MOVED by Mayor Giesbrecht that Bylaw 447-17 be considered for third reading.',
    ]);
  });

  it('under its item\'s number and heading ("6. BYLAWS 17-94 MOVED by …") the motion is read, not the number', () => {
    const d = extractFromText(
      [
        'REGULAR COUNCIL MEETING MINUTES THURSDAY, MAY 25, 2017',
        '1. CALL TO ORDER Mayor Giesbrecht called the meeting to order at 6:00 p.m.',
        '2. AGENDA 17-91 MOVED by Deputy Mayor St. Amand that the May 25, 2017 Agenda be approved as presented. CARRIED',
        '6. BYLAWS 17-94 MOVED by Deputy Mayor St. Amand that Bylaw 447-17 be given first reading. CARRIED',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([
      'AGENDA 17-91 MOVED by Deputy Mayor St. Amand that the May 25, 2017 Agenda be approved as presented.',
      'BYLAWS 17-94 MOVED by Deputy Mayor St. Amand that Bylaw 447-17 be given first reading.',
    ]);
  });

  it('a range of pages or a score before a sentence is no motion number', () => {
    const d = extractFromText(['Minutes of the Board, 4 May 2017', 'Present: Ann Lee, Tom Ng', '12-14 pages of the report were read. The report was noted.'].join('\n'));
    expect(d.decisions.some((x) => x.text.startsWith('12-14'))).toBe(false);
  });
});
