import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { numberedResolutions } from './resolution-list';

const record = (list: string[], after: string[] = []) =>
  extractFromText(['Eastby Lake Association General Membership Meeting Minutes', 'October 4, 2008', '', 'Board Members Present: Smith, Jones, Brown', '', 'MOTIONS:', '', ...list, ...after].join('\n'));

describe('a numbered list under a "Motions" heading', () => {
  it('is one motion an item, indented or not', () => {
    for (const pad of ['', '  ']) {
      const d = record([`${pad}1. Approved unanimously minutes of prior meeting June 21, 2008.`, `${pad}2. Use general Fund for weed eradication if the dedicated fund runs short. Approved unanimously`, `${pad}3. Unanimously elected Frank Tyson to the Board for a three year term.`]);
      expect(d.decisions.map((x) => x.text.slice(0, 24))).toEqual(['Approved unanimously min', 'Use general Fund for wee', 'Unanimously elected Fran']);
    }
  });

  it('ends at the next part\'s own heading', () => {
    const d = record(['1. Approved unanimously minutes of prior meeting.', '2. Unanimously elected Frank Tyson to the Board.'], ['', 'Financials:', '', 'Current balance is $4,200.']);
    expect(d.decisions.map((x) => x.text)).toEqual(['Approved unanimously minutes of prior meeting.', 'Unanimously elected Frank Tyson to the Board.']);
  });

  it('is a list only where the paragraph opens on a number and holds another', () => {
    const line = (text: string, num: boolean, gapBefore = false) => ({ text, gapBefore, num: num ? { style: 'arabicDot' } : null });
    expect(numberedResolutions([line('1. Approve the minutes', true), line('2. Elect the officers', true)])).toBe(true);
    expect(numberedResolutions([line('That the minutes be approved', false), line('2. Elect the officers', true)])).toBe(false);
    expect(numberedResolutions([line('1. Approve the minutes', true), line('2. Elect the officers', true, true)])).toBe(false);
  });
});
