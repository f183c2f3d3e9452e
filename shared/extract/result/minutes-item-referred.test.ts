import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An agenda's item naming the last meeting's minutes ("3. Minutes of the Meeting held on …") is no minutes heading of the page's own.
describe('a minutes named by an agenda item', () => {
  const items = (third: string) =>
    ['  1. Welcome by the President, Robert Paul', '  2. Apologies for absence', `  3. ${third}`, '  4. Report from the Chair of Trustees, Robert Paul', '  5. Adoption of the Accounts January 2020 – December 2020', '  6. Election of Directors/Trustees', '  7. Any Other Business'].join('\n');
  it('leaves an agenda of items an agenda', () => {
    const d = extractFromText(items('Minutes of the Meeting held on Friday, 25 September 2020'));
    expect(d.isMinutes).toBe(false);
  });
  it('a record numbered from its heading is still read as minutes', () => {
    const text = ['1. Minutes of the Annual General Meeting held on Friday, 24 September 2021 at the Museum', 'Present: Robert Paul (Chair), Ruth Briant, Christopher Tooth, Andrew Farrell', '2. Apologies were received from Lakshan Saldin.', '3. The minutes of the meeting held on 25 September 2020 were approved.', '4. The accounts were adopted.'].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
