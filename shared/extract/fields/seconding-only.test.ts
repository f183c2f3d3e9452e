import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { secondingOnly } from './seconding-only';

describe('a sentence that only records the seconder', () => {
  it.each([
    'Trustee Marsh seconded the motion.',
    'Priya seconded.',
    'Lee supported.',
    'Commissioner Ortiz seconded the motion to accept the bid as presented.',
    '- Sam Cole seconds the motion',
  ])('%s is no decision of its own', (t) => {
    expect(secondingOnly(t)).toBe(true);
  });
  it.each([
    'Cllr Hart proposed and Cllr Noor seconded that the grant be paid.',
    'Priya seconded and the motion carried unanimously.',
    'Motion by Reed, seconded by Tan, to approve the budget.',
    'It was moved by Ames seconded by Ward to approve the minutes.',
    'The proposal was seconded by Hana and agreed.',
    'Lee moved to approve the payroll.',
    'Lee supported the youth league with a grant of $200 and asked for a receipt.',
  ])('%s is left alone', (t) => {
    expect(secondingOnly(t)).toBe(false);
  });
});

describe('a board record with its seconders on their own sentences', () => {
  it('reads each motion once', () => {
    const doc = [
      'Minutes of the Regular Board Meeting',
      'March 4, 2021',
      'Directors present: Ann Lee, Bob Roy, Carl Fox',
      '',
      '1. Approval of Minutes',
      'President Lee moved to approve the minutes as presented.',
      'Director Roy seconded the motion.',
      'Motion carried 3-0.',
      '',
      '2. Budget',
      'Bob motioned to approve the 2022 budget. Carl seconded.',
      'The motion passed 3-0.',
    ].join('\n');
    const d = extractFromText(doc).decisions.map((x) => x.text);
    expect(d.some((t) => t.startsWith('President Lee moved to approve'))).toBe(true);
    expect(d.some((t) => t.startsWith('Bob motioned to approve'))).toBe(true);
    expect(d.some((t) => /^(?:Director Roy|Carl) seconded/.test(t))).toBe(false);
  });
});
