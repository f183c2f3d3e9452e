import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// The body a title names after "AGM of" / "session of" / "meeting of", closed by a body's last word.
const record = (title: string) => [title, '', 'Present: Ann Lowe, Bo Tran, Cy Webb', '', '1. The meeting elected Ann Lowe as chair.', '2. It was agreed that the accounts be adopted.'].join('\n');

describe('the body a title names', () => {
  it.each([
    ['Minutes of the AGM of Eastby Cricket Club held at the Pavilion on 26 September 2015', 'Eastby Cricket Club'],
    ['Minutes of the 7th regular session of the Eastby Town Council held on 2 September 2013', 'Eastby Town Council'],
    ['Minutes of the Monthly Meeting of the Eastby-Westby Municipal District which was held in the Library', 'Eastby-Westby Municipal District'],
  ])('%s → %s', (title, issuer) => {
    expect(extractFromText(record(title)).issuer).toBe(issuer);
  });
  it('a heading in capitals names none: its words cannot be told from the rest of the line', () => {
    expect(extractFromText(record('MINUTES OF THE AGM OF EASTBY CRICKET CLUB HELD ON 2 MAY 2015')).issuer).toBeNull();
  });
});

describe('the body named by the sentence that opens the record', () => {
  const opened = (sentence: string) => ['Minutes of Meeting March 3, 2005', '1. CALL THE MEETING TO ORDER', sentence, '2. ROLL CALL', 'Commission Members Present: Ann Lowe, Bo Tran, Cy Webb', '3. APPROVE MINUTES', 'It was moved by Commissioner Lowe and seconded by Commissioner Tran to approve the minutes. The motion passed 3-0.'].join('\n');
  it('as the meeting called to order', () => {
    expect(extractFromText(opened('The regular meeting of the Eastby Planning Commission was called to order by Vice Chair Webb at 7:00 p.m.')).issuer).toBe('Eastby Planning Commission');
  });
  it('not a kind of body told in lower case', () => {
    expect(extractFromText(opened('The regular meeting of the board of Trustees was called to order by Vice Chair Webb at 7:00 p.m.')).issuer).toBeNull();
  });
  it('as the meeting that took place', () => {
    const d = extractFromText(
      ['The Ordinary Meeting of Eastby Community Council took place on Thursday 5th September 2024 at 7.30pm at Eastby Hall.', 'In attendance', 'Cllr. Ann Lowe (Chair), Cllr. Bo Tran and Cllr. Cy Webb', '1. Minutes', 'It was resolved that the minutes be approved.'].join('\n'),
    );
    expect(d.issuer).toBe('Eastby Community Council');
  });
});
