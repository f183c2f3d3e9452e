import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isJointTask } from './joint-owners';

// Work given to two or more people named in full, or a person and an officer, before "to".
const TASKS = [
  'P Lowe and K Marsh to book the minibus.',
  'Helen Ward and Tom Reid to draft the grant bid',
  'AB and JKL agreed to liaise with the school',
  'Cllr. R. Evans and the Clerk to inspect the bus shelter.',
  'Sara Lind, Joe Ng and Ravi Shah to update the handbook',
  'Mrs D. Pike & Mr S. Hale offered to run the raffle',
];
// A topic of names before "to" with no verb after, or names before a clause: none.
const NOT = ['Smith and Jones to the rescue', 'Helen Ward and Tom Reid to be thanked', 'Bank Holiday and Easter to the end of May', 'Helen Ward and Tom Reid attended the fair'];

describe('a task for two or more people named in full', () => {
  it.each(TASKS)('"%s"', (line) => expect(isJointTask(line)).toBe(true));
  it.each(NOT)('"%s": none', (line) => expect(isJointTask(line)).toBe(false));
  it('on a page, after its topic', () => {
    const text = ['Bowls club executive meeting', '12 March 2019', 'Present: Ann Lee (Chair), P Lowe, K Marsh', '', 'Tournaments', '• Mixed Pairs: P Lowe and K Marsh to arrange a date.', '• Greens: the mower was serviced.', '', 'Meeting closed at 9pm.'].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text).some((t) => t.includes('P Lowe and K Marsh to arrange'))).toBe(true);
  });
});
