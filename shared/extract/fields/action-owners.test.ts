import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { OWNER_ONLY, ownerOnly } from './action-owners';

const HEAD = ['Minutes of the Riverside Residents Association Committee Meeting', 'Held on 14 March 2023 at the Village Hall', 'Present: John Smith (Chair), Mary Jones, Peter Brown, Ann Lee', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const read = (item: string[]) => extractFromText([...HEAD, ...item, '', 'Meeting closed at 9pm.'].join('\n')).decisions;

const MARKS: [string, string[]][] = [
  ['Action – Mr Burgess/JK', ['Mr Burgess', 'JK']],
  ['ACTION: Dork Sahagian.', ['Dork Sahagian']],
  ['Action: MJ, PB', ['MJ', 'PB']],
  ['Actions - Ann Lee and Peter Brown', ['Ann Lee', 'Peter Brown']],
  ['(Action: MJ)', ['MJ']],
];
const SENTENCES = ['Waiting on data to be installed so software for lending can be inputted.', 'The broken fence behind the hall needs repair before the summer.'];

describe('an action mark naming only its owners closes the sentence before it', () => {
  for (const [mark, names] of MARKS) {
    it(`"${mark}" is an owners-only mark`, () => expect(OWNER_ONLY.test(mark)).toBe(true));
    for (const s of SENTENCES) {
      for (const layout of ['same line', 'next line'] as const) {
        it(`${layout}: "${s.slice(0, 24)}…" / "${mark}"`, () => {
          const item = layout === 'same line' ? ['2. Library', `${s} ${mark}`] : ['2. Library', s, mark];
          const got = read(item);
          const d = got.find((x) => x.text.startsWith(s.slice(0, 20)));
          expect(d?.assignees).toEqual(names);
          // No decision made of the mark alone.
          expect(got.some((x) => OWNER_ONLY.test(x.text))).toBe(false);
        });
      }
    }
  }
  it('a sentence already read as a decision gains the owners, not a twin', () => {
    const got = read(['2. Hall', 'It was agreed that the hall be repainted in June. Action: PB']);
    expect(got.filter((x) => x.text.startsWith('It was agreed that the hall'))).toHaveLength(1);
    expect(got[0].assignees).toContain('PB');
  });
  it('an action with its own words is no owners-only mark', () => {
    expect(OWNER_ONLY.test('Action: Mary to book the hall')).toBe(false);
    expect(OWNER_ONLY.test('Action: all to read the draft constitution before the next meeting')).toBe(false);
  });
});

// A telecon's notes close each topic with "ACTION: …": a task in a sentence, not the names of who acts on the line above.
describe('an ACTION line holding its own task', () => {
  it('is a decision of its own, not owners for the speaker’s line above it', () => {
    const text = '## TAG Teleconference\n##### 20 March 2018\n\nPresent: Peter, Dan, David\n\n### Web Share\n\nDavid: Beginning of next week it seems.\n\nACTION: Bumped to next teleconference.\n\n### HTML review\n\nACTION: Travis to finish and share.\n';
    const d = extractFromText(text);
    expect(d.decisions.map((x) => x.text)).toEqual(['ACTION: Bumped to next teleconference.', 'ACTION: Travis to finish and share.']);
    expect(d.decisions[1].assignees).toEqual(['Travis']);
  });

  it('still folds an owner-only mark into the sentence it closes', () => {
    const text = 'Minutes of the Committee Meeting, 3 March 2021\nPresent: Ann Lee (Chair), Bob Ray\n1. Hall hire\nThe hall booking for May needs confirming with the school.\nAction: BR\n';
    const d = extractFromText(text);
    expect(d.decisions).toEqual([expect.objectContaining({ assignees: ['BR'] })]);
  });
});

// British committees print the mark in the margin, in capitals and with no separator, after the paragraph it closes.
describe('an owner-only mark with no separator', () => {
  const para = 'Anne suggested dates for a Society trip to the Observatory. Maybe Friday 17th February, using our own transport.';
  it.each([
    ['ACTION Anne', ['Anne']],
    ['ACTION Peter T', ['Peter T']],
    ['Action CLERK', ['CLERK']],
    ['ACTION Cllr CLARK', ['Cllr CLARK']],
    ['(ACTION Anne)', ['Anne']],
  ])('"%s" gives the whole paragraph, from its first sentence, to its owners', (mark, names) => {
    const got = read(['2. Trips', `${para}  ${mark}`]);
    expect(got.map((x) => [x.text, x.assignees])).toEqual([[para, names]]);
  });
  it('the mark\'s own nouns and verbs are no owners', () => {
    expect(ownerOnly('ACTION PLAN')).toBeNull();
    expect(ownerOnly('ACTION POINTS')).toBeNull();
    expect(ownerOnly('Action Approve, Moved By Michael Johnson, Seconded By Mark Yeary.')).toBeNull();
  });
  it('an owner named again in capitals is no second owner', () => {
    const got = read(['5. Register', 'The Clerk tabled the register. The Clerk agreed to send the updated register to Dr Jackson for the website. ACTION CLERK']);
    const d = got.find((x) => x.text.startsWith('The Clerk agreed'));
    expect(d?.assignees).toEqual(['The Clerk']);
  });
});
