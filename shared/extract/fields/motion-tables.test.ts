import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const HEAD = ['Minutes of the Committee Meeting of the Riverside Makers Club', 'Held on 18 November 2023', 'Present: Beau Scott, Tegan Murphy, Fletcher Boyd', '', '1. Motions', ''];
const run = (table: string[]) => extractFromText([...HEAD, ...table, '', '2. Close', 'Meeting closed at 9pm.'].join('\n')).decisions;

const HEADS = [
  ['Motion Text', 'Moved by', 'Seconded by', 'Status'],
  ['Motion', 'Proposed by', 'Seconded by', 'Result'],
  ['Resolution', 'Mover', 'Seconder', 'Outcome'],
  ['Proposal', 'Moved', 'Seconded', 'Vote'],
];
const CARRIED = ['Appoint Fletcher Boyd as the Senior Managing Official', 'Renew the workshop lease for two years'];
const RESULTS = ['Accepted unanimously', 'Carried', 'Passed 5-0'];
const LOST = ['Lost', 'Withdrawn', 'Motion failed', 'Tabled'];
const pipes = (cells: string[]) => `| ${cells.join(' | ')} |`;

describe('a table of motions', () => {
  for (const head of HEADS) {
    for (const result of RESULTS) {
      it(`${head.join(' | ')} with "${result}": each carried row's motion is a decision`, () => {
        const rows = CARRIED.map((m) => pipes([m, 'Beau Scott', 'Tegan Murphy', result]));
        expect(run([pipes(head), '|---|---|---|---|', ...rows]).map((d) => d.text)).toEqual(CARRIED);
      });
    }
    for (const lost of LOST) {
      it(`${head.join(' | ')}: a row "${lost}" is no decision`, () => {
        const rows = [pipes([CARRIED[0], 'Beau Scott', 'Tegan Murphy', 'Carried']), pipes(['Buy a laser cutter', 'Tegan Murphy', 'Beau Scott', lost])];
        expect(run([pipes(head), '|---|---|---|---|', ...rows]).map((d) => d.text)).toEqual([CARRIED[0]]);
      });
    }
  }
  it('a table with no mover or seconder column is none', () => {
    expect(run([pipes(['Motion', 'Notes']), '|---|---|', pipes(['Buy a laser cutter', 'to be costed'])]).map((d) => d.text)).not.toContain('Buy a laser cutter');
  });
});

describe('an action table headed by a plural', () => {
  for (const head of ['Action Items', 'Action Points', 'Tasks']) {
    it(`"${head} | Who": the row's action, its owner the assignee`, () => {
      const d = run([pipes([head, 'Who']), '|---|---|', pipes(['Submit a copy of these minutes to NAB', 'Fletcher'])]);
      expect(d.map((x) => [x.text, x.assignees])).toEqual([['Submit a copy of these minutes to NAB', ['Fletcher']]]);
    });
  }
});

describe('a table pasted as text, its cells parted by tabs', () => {
  const tabs = (cells: string[]) => cells.join('\t');
  for (const head of HEADS) {
    it(`${head.join(' \\t ')}: the carried rows' motions`, () => {
      const rows = [tabs([CARRIED[0], 'Beau Scott', 'Tegan Murphy', 'Carried']), tabs(['Buy a laser cutter', 'Tegan Murphy', 'Beau Scott', 'Lost']), tabs([CARRIED[1], 'Beau Scott', 'Tegan Murphy', 'Carried'])];
      expect(run([tabs(head), ...rows]).map((d) => d.text)).toEqual(CARRIED);
    });
  }
  for (const head of [['Action Items', 'Who'], ['Owner', 'Action', 'Due']]) {
    it(`${head.join(' \\t ')}: the action, its owner and due`, () => {
      const cells = head.map((h) => (h === 'Who' || h === 'Owner' ? 'Fletcher' : h === 'Due' ? 'Friday' : 'Submit a copy of these minutes to NAB'));
      const d = run([tabs(head), tabs(cells)]);
      expect(d.map((x) => [x.text, x.assignees, x.due])).toEqual([['Submit a copy of these minutes to NAB', ['Fletcher'], head.includes('Due') ? 'Friday' : null]]);
    });
  }
});
