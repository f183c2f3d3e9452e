import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { reportsDone } from './action-review';

// Action tables as notes print them, in several column namings and paddings: a table of new actions
// gives one decision per row, its owner the assignee; a review of earlier actions (a status column,
// under a heading naming them or with rows that say how each stands) gives none.
const TASKS: [string, string][] = [
  ['Update the terms of reference to include voting', 'TG'],
  ['Check with the partners that they are represented', 'BM'],
  ['Write a note on criteria for membership', 'SR'],
];
const HEADS: [string, string, string][] = [
  ['No.', 'Detail', 'Resp.'],
  ['#', 'Action', 'Owner'],
  ['Item', 'Details', 'Responsibility'],
  ['Ref', 'Task', 'Action owner'],
];
const row = (cells: string[], pad: number) => `| ${cells.map((c) => c.padEnd(pad)).join(' | ')} |`;
const doc = (table: string[], heading: string) =>
  ['Minutes of the Steering Group meeting', '9 December 2015', 'Present: Ann Lee, Bob Ray, Cy Tan', '', '1. Welcome', 'The chair welcomed those present.', '', heading, ...table, '', 'Meeting closed at 4pm.'].join('\n');

describe('action tables of notes', () => {
  for (const head of HEADS) {
    for (const pad of [6, 20, 60]) {
      it(`reads new actions under ${head.join(' | ')} padded to ${pad}`, () => {
        const table = [row(head, pad), row(['---', '---', '---'], pad), ...TASKS.map(([t, o], k) => row([String(k + 1), t, o], pad))];
        const d = extractFromText(doc(table, 'New Actions')).decisions;
        expect(d.map((x) => x.text)).toEqual(TASKS.map(([t]) => t));
        expect(d.map((x) => x.assignees)).toEqual(TASKS.map(([, o]) => [o]));
      });
      it(`leaves out a review of earlier actions under ${head.join(' | ')} padded to ${pad}`, () => {
        const table = [row([...head, 'Status'], pad), row(['---', '---', '---', '---'], pad), ...TASKS.map(([t, o], k) => row([String(k + 1), t, o, k ? 'Done' : 'Not done'], pad))];
        for (const heading of ['2. Actions of the previous meeting', '2. Review of actions']) {
          const d = extractFromText(doc(table, heading)).decisions;
          expect(d.map((x) => x.text)).not.toContain(TASKS[1][0]);
        }
      });
    }
  }
});

// Lines of a review of earlier actions, each with how it stands, among a record's new actions.
const DONE_LINES = ['Clerk to write to JAJ re internal audit - Done', 'GW to circulate the plan – completed', 'Chair to contact the school (done)', 'Treasurer to pay the insurer: Closed.'];
const NEW_LINES = ['Clerk to write to the council about the bench', 'GW to present the plan in May'];

describe('a review of earlier actions in running lines', () => {
  it.each(DONE_LINES)('%s is an earlier action, not a decision', (done) => {
    expect(reportsDone(done)).toBe(true);
    const text = ['Parish council minutes', '14 May 2024', 'Present: Cllr A Jones, Cllr B Smith', '', '3. Actions from the last meeting', done, '', '4. Playground', ...NEW_LINES].join('\n');
    expect(extractFromText(text).decisions.map((x) => x.text)).toEqual(NEW_LINES);
  });
  it('leaves an action still open as it is', () => {
    expect(reportsDone('Clerk to chase the quote - ongoing')).toBe(false);
    expect(reportsDone('Chair to contact the school by Friday')).toBe(false);
  });
});
