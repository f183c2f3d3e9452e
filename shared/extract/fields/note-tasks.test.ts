import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { noteTask } from './note-tasks';

// Tasks as Org-mode, wiki and shared-document notes give them, each with its owners.
const TASKS: [string, string[]][] = [
  ['Gord, Scott TODO :: Congratulatory letter to the MP', ['Gord', 'Scott']],
  ['Chris TODO: Bug the bank about the address', ['Chris']],
  ['Ann and Bob TODO :: Book the hall for June', ['Ann', 'Bob']],
  ['TODO(alex): Write up the survey results', ['alex']],
  ['TODO @Priya: Check the hosting invoice', ['Priya']],
  ['Will Vincent: To add a note to the grant form', ['Will Vincent']],
  ['MIH: will propose text for the default registry', ['MIH']],
  ['Motion TODO :: Deferred Chair of Board vote to November', []],
];
// An agenda's topic before its purpose, a heading, a note: no task.
const NOT_TASKS = ['Finance: To approve the payments listed', 'Minutes: To approve the minutes', 'Planning Committee: To note the report', 'Purpose: To discuss the budget', 'Gord said the venue is fine', 'Scott: thinks the disk is lost'];

const doc = (lines: string[]) => ['Board meeting notes', '26 October 2015', 'Present: Gord Smith, Scott Lee, Chris Ray, Ann Poe, Bob Tan', '', '* Next board meeting', '- We talked about when to meet.', '- The room is fine.', '', '* Items', ...lines.map((l) => `- ${l}`)].join('\n');

describe('tasks of notes', () => {
  it.each(TASKS)('%s is a task with its owners', (line, who) => {
    expect(noteTask(line)?.assignees).toEqual(who);
    const d = extractFromText(doc([line, 'Gord provided a report'])).decisions;
    expect(d.map((x) => x.text)).toEqual([line]);
    expect(d[0].assignees).toEqual(who);
  });
  it.each(NOT_TASKS)('%s is none', (line) => {
    expect(noteTask(line)).toBeNull();
  });
});
