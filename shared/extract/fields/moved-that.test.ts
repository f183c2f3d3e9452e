import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { bareMovedThat } from './moved-that';

describe('a motion told with no mover before it ("Moved that …")', () => {
  it.each([
    ['Moved that the inward be received. N Franks/D Henwood', 0],
    ['Minutes of Previous Meeting: Moved that they are a true and correct record.', 29],
    ['Confirmation of the Minutes 6 December 2016 Moved that the minutes be approved Bridget / Jill', 44],
    ['- Moved that the report be accepted LT, LS, Carried', 2],
  ])('starts at its formula: %s', (line, at) => {
    expect(bareMovedThat(line)).toBe(at);
  });

  it.each([
    'Cr Smith moved that the fees be raised', // a mover before it: motions.ts reads it
    'Moved by Cr Smith that the fees be raised',
    'The item was moved to the next meeting.',
    'The meeting moved that way because of the rain.',
  ])('is not: %s', (line) => {
    expect(bareMovedThat(line)).toBe(-1);
  });

  const record = (body: string) =>
    `Minutes of the Executive Committee Meeting\nHeld 5 March 2018 at the Clubrooms\nPresent: N Franks (Chair), D Henwood, J Colvine\n${body}\nMeeting closed 8.30pm`;

  it.each([
    ['one a line, movers after', 'Moved that the inward be received. N Franks/D Henwood\nMoved that the accounts be approved for payment. J Colvine/D Henwood', ['Moved that the inward be received.', 'Moved that the accounts be approved for payment.']],
    ['after a topic, carried below', 'Confirmation of Minutes: Moved that the minutes be confirmed as a true record. N Franks / J Colvine\nCarried\nFinance\nMoved that the Financial Report be accepted.\nCarried', ['Moved that the minutes be confirmed as a true record.', 'Moved that the Financial Report be accepted.']],
  ])('is a decision, its text from "Moved that" to the sentence end: %s', (_name, body, texts) => {
    const d = extractFromText(record(body));
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual(texts);
  });

  it('a lost one is no decision', () => {
    const d = extractFromText(record('Moved that the fees be doubled. N Franks/D Henwood\nLost\nMoved that the accounts be approved for payment. J Colvine/D Henwood\nCarried'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Moved that the accounts be approved for payment.']);
  });
});
