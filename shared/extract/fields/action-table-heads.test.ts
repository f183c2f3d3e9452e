import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { leftTaskColumn } from './action-table-heads';

// Action tables whose task column is headed by no task word, in several layouts.
const TABLES: { name: string; rows: string[]; due: (number | null)[] }[] = [
  { name: 'item / responsible / due date', rows: ['| Item | Responsible | Due Date |', '| ---- | ---- | ---- |', '| Book the hall for the AGM | JC | 26th Jan |', '| Email the insurer about renewal | RJ | |'], due: [0, null] },
  { name: 'no outer bars', rows: ['Activity | Owner | When', '--- | --- | ---', 'Book the hall for the AGM | JC | 26th Jan', 'Email the insurer about renewal | RJ | 3 Feb'], due: [0, 1] },
  { name: 'a number column first', rows: ['| # | Follow-up | Lead | Deadline |', '|---|---|---|---|', '| 1 | Book the hall for the AGM | JC | 26th Jan |', '| 2 | Email the insurer about renewal | RJ | 3 Feb |'], due: [0, 1] },
  { name: 'next step / assigned to / by when', rows: ['| Next step | Assigned to | By when |', '| :-- | :-- | :-- |', '| Book the hall for the AGM | JC | 26th Jan |', '| Email the insurer about renewal | RJ | 3 Feb |'], due: [0, 1] },
];
const DUES = ['26th Jan', '3 Feb'];

const page = (rows: string[]) =>
  ['# Board meeting notes', '', 'Date: 14 January 2025', 'Present: JC, RJ, BD', '', '## Discussion', 'Parking permits expire in March.', '', '## Actions', ...rows].join('\n');

describe('an action table with its task column headed by no task word', () => {
  it.each(TABLES)('$name', ({ rows, due }) => {
    const got = extractFromText(page(rows)).decisions;
    expect(got.map((d) => d.text)).toEqual(['Book the hall for the AGM', 'Email the insurer about renewal']);
    expect(got.map((d) => d.assignees)).toEqual([['JC'], ['RJ']]);
    expect(got.map((d) => d.due)).toEqual(due.map((k) => (k === null ? null : DUES[k])));
  });
  it('a "Done?" column is the row\'s status, and a short task beside its owner and date is still work', () => {
    const rows = ['| Done? | Item | Responsible | Due Date |', '| ---- | ---- | ---- | ---- |', '| N | Discord Invites | MX | 18 Aug 2022 |', '| Y | Trello Invites | MX | 18 Aug 2022 |'];
    const got = extractFromText(page(rows)).decisions;
    expect(got.map((d) => [d.text, d.assignees, d.due])).toEqual([
      ['Discord Invites', ['MX'], '18 Aug 2022'],
      ['Trello Invites', ['MX'], '18 Aug 2022'],
    ]);
  });
  it('an agenda table names no owner or date and gives no column', () => {
    expect(leftTaskColumn(['Item', 'Description'], [null, null])).toBe(-1);
    // Two unnamed columns beside the owner and the date: which is the task is not told.
    expect(leftTaskColumn(['Topic', 'Notes', 'Owner', 'Due'], [null, null, 'owner', 'due'])).toBe(-1);
    expect(leftTaskColumn(['Item', 'Responsible', 'Due Date'], [null, 'owner', 'due'])).toBe(0);
  });
});
