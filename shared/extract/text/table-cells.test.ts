import { describe, expect, it } from 'vitest';
import { tableCells } from './table-cells';

describe('a table row printed as text', () => {
  it('parts cells by bars, tabs and wide gaps, keeping empty cells in their places', () => {
    expect(tableCells('| Owner | Action | Due |')).toEqual(['Owner', 'Action', 'Due']);
    expect(tableCells('NB\tSend the letter\tFriday')).toEqual(['NB', 'Send the letter', 'Friday']);
    expect(tableCells('NB     Send the letter     Friday')).toEqual(['NB', 'Send the letter', 'Friday']);
    expect(tableCells('| NB |  | Friday |')).toEqual(['NB', '', 'Friday']);
    expect(tableCells('NB        |   Send the letter')).toEqual(['NB', 'Send the letter']);
  });
  it('parts a Markdown row by its bars alone, however wide a cell is padded', () => {
    const pad = (w: string, n: number) => w + ' '.repeat(n);
    for (const n of [1, 4, 13, 30, 80]) {
      expect(tableCells(`| 2.2  | ${pad('Update the ToR', n)} | ${pad('TG', n)} |`)).toEqual(['2.2', 'Update the ToR', 'TG']);
      expect(tableCells(`| ${pad('No.', n)} | ${pad('Detail', n)} | Resp. |`)).toEqual(['No.', 'Detail', 'Resp.']);
    }
    expect(tableCells('| NB |  | Friday |')).toEqual(['NB', '', 'Friday']);
  });
  it('leaves a sentence whole', () => {
    expect(tableCells('The clerk will send the letter by Friday.')).toEqual(['The clerk will send the letter by Friday.']);
  });
});
