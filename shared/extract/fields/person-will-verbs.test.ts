import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { personTask } from './person-will';

// Verbs of work a note gives a named person ("Fredrik will map invoices to the budget", "Joost will
// pass along the deadline"): each with several subjects, read as that person's task.
const VERBS = ['review the draft bylaws', 'suggest a venue to the team', 'pass along the deadline', 'pass on the figures', 'explain the new process', 'meet the landlord on Friday', 'map invoices to the budget', 'mark the conference as done', 'merge the small fixes', 'confer with the authors', 'make sure the hall is booked', 'ensure the keys are returned', 'add the treasurer to the list', 'remove the old pages', 'test the new form', 'build the sign-up page', 'propose a new date', 'draw up the rota'];
const SUBJECTS: [string, string[]][] = [['Fredrik', ['Fredrik']], ['Anna Berg', ['Anna Berg']], ['JBR', ['JBR']], ['Joe and Eric', ['Joe', 'Eric']]];
// The same verbs after subjects that are no person stay no task.
const NOT_PEOPLE = ['The minutes will', 'Next meeting will', 'It will', 'This will', 'Everyone will'];

describe('a named person will do work, with more verbs of work', () => {
  for (const v of VERBS) {
    for (const [s, who] of SUBJECTS) it(`"${s} will ${v}": ${who.join(', ')}`, () => expect(personTask(`${s} will ${v}.`)?.assignees).toEqual(who));
    for (const s of NOT_PEOPLE) it(`"${s} ${v}": none`, () => expect(personTask(`${s} ${v}.`)).toBeNull());
  }
});

describe('on a page beside an outcome', () => {
  const HEAD = ['Board meeting 2014-05-27', '', 'Present: Fredrik Haard, Anna Berg, Nicolas Lara', ''];
  for (const v of VERBS.slice(0, 9))
    it(`"Nicolas will ${v}" is read after "Board decided …"`, () => {
      const text = [...HEAD, '## Bank accounts', '', 'Board decided that transfers need two members to countersign.', '', '## Budget', '', `Nicolas will ${v}.`].join('\n');
      const got = extractFromText(text).decisions.map((d) => d.text);
      expect(got).toContain(`Nicolas will ${v}.`);
    });
});
