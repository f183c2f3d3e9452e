import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** Resolutions printed in their own words with no "Resolved" before them: "1. That the financial report be adopted." */
const record = (...items: string[]) =>
  extractFromText(
    [
      'Trustee minutes',
      'The Annual Meeting of Trustees held in the Schoolroom on Monday, November 30, 1936.',
      'Present : Messrs J. Mitchell, F. Tucker, C. Carne and L. Skentlebery.',
      'Mr Carne was elected chairman.',
      ...items,
      'The meeting terminated with a vote of thanks to the chairman.',
    ].join('\n'),
  ).decisions.map((d) => d.text);

describe('numbered "That … be …" resolutions beside an outcome sentence', () => {
  it('reads each as a decision, with the sentence', () => {
    const got = record('1. That the minutes of the last annual meeting be confirmed.', '2. That the financial report be adopted.', '3. That Mr T. Doney be elected trustee in place of Mr F. Dawe.');
    expect(got).toHaveLength(4);
    expect(got[0]).toMatch(/^Mr Carne was elected/);
    expect(got.slice(1).every((t) => /That .* be /.test(t))).toBe(true);
  });

  it('leaves an item that only says what something was', () => {
    const got = record('1. That was the last meeting in the old hall.', '2. That the financial report be adopted.');
    expect(got.some((t) => t.includes('old hall'))).toBe(false);
    expect(got.some((t) => t.includes('financial report'))).toBe(true);
  });

  it('reads "That it be noted that …" as the formula, not "That it was …" told', () => {
    const got = record('1. That it BE NOTED that no pecuniary interests were disclosed.', '2. That it was a cold night in the hall.');
    expect(got.some((t) => t.startsWith('That it BE NOTED'))).toBe(true);
    expect(got.some((t) => t.includes('cold night'))).toBe(false);
  });
});
