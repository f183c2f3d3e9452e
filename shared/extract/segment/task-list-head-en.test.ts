import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isDecisionHeadEn } from './decision-heads-en';
import { isTaskListHeadEn } from './task-list-head-en';

// A note's list of the tasks it gave, headed in a project's words.
const HEADS = ['Next steps', '## Next Steps', '## TODOs ##', '**To-dos:**', 'Todo list', '### To do list'];
// Steps and lists that give no task at this meeting.
const NOT_HEADS = ['Next steps for the committee were discussed', 'Next meeting', '## Done', 'Steps taken so far', 'Todo items from last week'];
const ITEMS = ['Ann to book the hall for the open day', 'Print the flyers before Friday', 'Bob will email the new members'];

const doc = (head: string) =>
  ['Project team call', '3 May 2022', 'Attendees: Ann, Bob, Cy', '', 'We went over the feedback from the client.', 'The layout of the form was talked about.', '', head, ...ITEMS.map((t) => `* ${t}`), '', 'Call ended at 5pm.'].join('\n');

describe('a list of next steps or to-dos', () => {
  it.each(HEADS)('%s heads the decisions', (head) => {
    expect(isTaskListHeadEn(head)).toBe(true);
    expect(extractFromText(doc(head)).decisions.map((x) => x.text)).toEqual(ITEMS);
  });
  it.each(NOT_HEADS)('%s does not', (head) => {
    expect(isTaskListHeadEn(head) || isDecisionHeadEn(head)).toBe(false);
  });
});
