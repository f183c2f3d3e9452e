import { describe, expect, it } from 'vitest';
import { personTask } from './person-will';

// Notes give work to named people with more verbs than the first list held, to several people listed
// with an Oxford comma before "&" or "and", and as work under way ("will be working on"). Presence
// (attending, joining) and other progressives are plans or events, not work given.
const TASKS: [string, string[]][] = [
  ['Priya will develop a draft of the volunteer policy.', ['Priya']],
  ['Tom Hale will resend the survey to the members.', ['Tom Hale']],
  ['Marta will connect us with the venue manager.', ['Marta']],
  ['Gil will continue to work on the grant report.', ['Gil']],
  ['Ines will negotiate a date with the contractor.', ['Ines']],
  ['KL will present the revised budget in March.', ['KL']],
  ['Sam will finalise the rota by Friday.', ['Sam']],
  ['Noor will clarify the insurance terms with the broker.', ['Noor']],
  ['Dev will swing by the print shop to collect the flyers.', ['Dev']],
  ['Rosa, Ali, & Ken will self-nominate for the board.', ['Rosa', 'Ali', 'Ken']],
  ['Rosa, Ali, and Ken will draft the newsletter.', ['Rosa', 'Ali', 'Ken']],
  ['Lena & Omar will be working on the storage plan this week.', ['Lena', 'Omar']],
];
const NONE = ['Jane will attend the conference in May.', 'Rebecca will be giving a talk at the festival.', 'Novices will be rowing at the regatta.', 'The minutes will develop over time.', 'Next meeting will present a challenge.'];

describe('a named person will do work: more verbs, listed names, work under way', () => {
  it.each(TASKS)('"%s"', (line, who) => expect(personTask(line)?.assignees).toEqual(who));
  it.each(NONE)('"%s": no task', (line) => expect(personTask(line)).toBeNull());
});
