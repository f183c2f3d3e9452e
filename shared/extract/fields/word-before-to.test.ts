import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { wordBeforeTo } from './word-before-to';

// A note, a question or an intention opening with a common word before "to": no owner, no task.
const NOTES = ['Have to put in work to keep issues up-to-date.', 'Had to use a personal credit card for the hall.', 'Good to support $400 for a maximum of 10 people.', 'How to identify problems?', 'Want to validate the new schedule first.', 'Nice to argue for hours and then joke around.', 'Things to think about before the launch:', 'Request to use the hall for a wedding in May.'];
// Tasks in the "X to do" form keep their owner.
const TASKS = ['Alex to book the hall for June.', 'Clerk to write to the council.', 'Jo and Sam to draft the newsletter.'];

const doc = (lines: string[]) => ['Committee meeting notes', '14 March 2016', 'Present: Alex Lee, Jo Ray, Sam Poe', '', 'Events', 'We talked about the spring fair and the budget.', '', ...lines, '', 'Next meeting on 12 April.'].join('\n');

describe('a common word before "to"', () => {
  it('an item named by what it is about names no owner: "Resolution to increase allocation … passed at the AGM"', () => {
    const d = extractFromText(doc(['Resolution to increase allocation to Northern Regions by 20% passed at the AGM.', 'Alex to book the hall for June.']));
    expect(d.decisions.every((x) => !x.assignees.includes('Resolution'))).toBe(true);
  });

  it.each(NOTES)('%s is no task', (line) => {
    expect(wordBeforeTo(line)).toBe(true);
    expect(extractFromText(doc([line, 'Alex to book the hall for June.'])).decisions.map((d) => d.text)).toEqual(['Alex to book the hall for June.']);
  });
  it.each(TASKS)('%s stays a task', (line) => {
    expect(wordBeforeTo(line)).toBe(false);
    expect(extractFromText(doc([line])).decisions.map((d) => d.text)).toEqual([line]);
  });
});
