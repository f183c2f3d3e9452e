import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isInitialsOutcome } from './initials-outcomes';

// Outcomes whose body is named by its initials, as church, school and club records write them.
const OUTCOMES = [
  'BoE accepted proposed new members by written ballot.',
  'PTA agreed to fund the bus for the trip.',
  'TSC approved the roadmap for the next release.',
  'BOT unanimously endorsed the new policy on devices.',
  'SGA voted to hold the formal in May.',
];
// A person's name, a question left open, a report: no outcome.
const NONE = ['Bob accepted that the date was difficult.', 'BoE decided whether to meet again later.', 'PTA reported on the fair.', 'The BoE will look at it next month.'];

const doc = (line: string) => ['Board of Elders meeting', 'June 5, 2011', 'Present: Elder Chang, Elder Chu, Pastor Lee', '', '1. Opening prayer by Pastor Lee.', '2. Membership', 'Several names were put forward.', line, '3. Closing prayer.'].join('\n');

describe('outcomes of a body named by its initials', () => {
  it.each(OUTCOMES)('%s is an outcome', (line) => {
    expect(isInitialsOutcome(line)).toBe(true);
    const d = extractFromText(doc(line)).decisions.map((x) => x.text);
    expect(d.some((x) => x.startsWith(line.slice(0, 20)))).toBe(true);
  });
  it.each(NONE)('%s is none', (line) => {
    expect(isInitialsOutcome(line)).toBe(false);
  });
});
