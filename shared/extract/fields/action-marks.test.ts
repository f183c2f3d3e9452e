import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { actionMarked } from './action-marks';

// Action lines in the forms notes print them, whatever the task's verb: each a task with its owners.
const MARKED: [string, string[]][] = [
  ['AI: Tomas should investigate Helios voting system for openSUSE', ['Tomas']],
  ['**AI:** Michal is retiring connect.opensuse.org and doing the tooling', []],
  ['AP: Sam needs to book the hall for the spring fair', ['Sam']],
  ['ACTION-TC-52:Action: LM - Add or extend the technical rules', ['LM']],
  ['Action 3: Treasurer should circulate the accounts before the AGM', ['Treasurer']],
  ['Action item for James: Figure out scheduling the meeting starting Monday', ['James']],
  ['Action Item for Michael: Land the PR and get stuff on the agenda', ['Michael']],
  ['Action (PR): Find a suitable sample and draft the poster', ['PR']],
  ['Action Item JBR will make Paul Schuette aware of this new project', ['JBR']],
  ['Action Point Joe and Eric will meet after the submission', ['Joe', 'Eric']],
  ['Follow-up: Jo to send the figures to Ann', ['Jo']],
];
// A heading, an owner-only mark, a status, or the word in a sentence: no task.
const NOT_MARKED = ['Action: Mr Burgess/JK', 'Action: none', 'AI: done', 'Action items from the last meeting', 'Actions:', 'AI is a hot topic for the group', 'Action was taken by the council', 'Action Items', 'Ai: we discussed it'];

const doc = (lines: string[]) => ['Board meeting notes', '14 March 2016', 'Present: Tomas Lee, Michal Ray, James Poe, Sam Tan', '', 'Membership', 'We talked about the rules and the inactive members.', '', ...lines, '', 'Next meeting on 12 April.'].join('\n');

describe('action-marked lines', () => {
  it.each(MARKED)('%s is a task', (line, who) => {
    expect(actionMarked(line)?.assignees).toEqual(who);
    const d = extractFromText(doc([line])).decisions;
    expect(d.map((x) => x.text)).toEqual([line.replace(/\*\*/g, '')].map((t) => expect.stringContaining(t.slice(t.length - 20))));
    if (who.length) expect(d[0].assignees).toEqual(who);
  });
  it.each(NOT_MARKED)('%s is none', (line) => {
    expect(actionMarked(line)).toBeNull();
  });
});
