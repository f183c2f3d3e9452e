import { describe, expect, it } from 'vitest';
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
