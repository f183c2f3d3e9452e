import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const agenda = ['MEETING DATE:', 'September 10, 2025 at 7:00 p.m.', 'Call to Order:', 'Present:', 'Review of Minutes: Minutes Approval (A)', 'Financial Report:', '- Transactions/account balance; Bills approved (A)', 'Royalty Report:', 'Public Comment:', 'Vendors:', 'Premium Book: Done and distributed', 'Old Business:', '- Selling the brown gates in the arena', 'New Business:', '- Work day – September 13th', 'Other:', 'Adjourn:', 'Next Meeting:', '(A) = Denotes ACTION item'];

describe('a page laid out as the record will be, its roll left empty', () => {
  it('is an agenda', () => {
    const d = extractFromText(agenda.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });
  it('the same parts with the roll filled in are a record', () => {
    const filled = agenda.map((l) => (l === 'Present:' ? 'Present: Ann Lowe, Bo Tran, Cy Webb' : l === 'Call to Order:' ? 'Call to Order: Ann Lowe called the meeting to order at 7:02 p.m.' : l));
    expect(extractFromText(filled.join('\n')).isMinutes).toBe(true);
  });
});
