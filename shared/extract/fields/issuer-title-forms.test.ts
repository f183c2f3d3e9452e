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
