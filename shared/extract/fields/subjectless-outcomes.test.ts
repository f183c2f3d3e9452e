import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isSubjectlessOutcome } from './subjectless-outcomes';

// A note's outcomes told with no subject, in several phrasings.
const OUTCOMES = [
  'Adopted the minutes of 2020 AGM and 2021 EGM.',
  'Approved the budget for 2021/22.',
  "Accepted the auditor's report for 2020/21.",
  'Ratified the pastor contract renewal for three years.',
  'Endorsed the new code of conduct.',
  'Unanimously approved the revised constitution.',
  "Confirmed Anna's appointment as club captain.",
  'Elected Jill Preston as treasurer.',
  'Re-elected Tom Ridge to the post of secretary.',
];
// Headings, labels and lines that only name a topic: none.
const NONE = ['Approved minutes', 'Adopted:', 'Approved by the Board on 3 May 2021 and filed.', 'Accepted applications close in May.', 'Elections', 'Confirmed attendance at the fair.'];

const doc = (lines: string[]) =>
  ['Club committee meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Club business', 'Anna presented the treasurer’s report.', ...lines.map((l) => `- ${l}`), '', 'Meeting closed at 9pm.'].join('\n');

describe('outcomes told with no subject', () => {
  it.each(OUTCOMES)('%s', (line) => {
    expect(isSubjectlessOutcome(line)).toBe(true);
    expect(extractFromText(doc([line, 'Discussed the hall booking.'])).decisions.map((d) => d.text)).toEqual([line]);
  });
  it.each(NONE)('%s is none', (line) => {
    expect(isSubjectlessOutcome(line)).toBe(false);
  });
  it('a list of them gives one decision each, in order', () => {
    expect(extractFromText(doc(OUTCOMES.slice(0, 4))).decisions.map((d) => d.text)).toEqual(OUTCOMES.slice(0, 4));
  });
});
