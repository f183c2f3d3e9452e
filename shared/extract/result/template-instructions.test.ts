import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A nonprofit advice site's board-minutes template: "Insert names" where the names go, in every cell.
describe('a template whose cells say what to insert', () => {
  const page = [
    'The example below should be adapted to meet the needs of each organization.',
    'Board Meeting of: (Insert organization name)',
    '| Board Members | Staff | Guests |',
    '| X | Insert names | X | Insert names | X | Insert names |',
    '| E | Insert names | E | Insert names | E | Insert names |',
    '| Topic | Information – Findings – Conclusions – Recommendations |',
    '| Summary of key actions or motions | Actions Motions |',
    '| Call to order | 12:05 pm – by – insert name |',
    '| Previous minutes | Approved |',
    '| Next meeting | Insert date and time |',
  ].join('\n');
  it('is not minutes', () => {
    const d = extractFromText(page);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });
  it('minutes that move to insert a clause are minutes', () => {
    const d = extractFromText(['Minutes of the Board Meeting, 3 May 2021', 'Present: Ann Lee (Chair), Bob Bent, Carl Burson', 'The board agreed to insert the date of the AGM in the newsletter.', 'Motion by Lee, seconded by Bent, to insert names of new members in the register. Carried.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
