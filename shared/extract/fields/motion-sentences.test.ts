import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { holdsMotionWords, presentMotion } from './motion-sentences';

const HEAD = ['Minutes of the Regular Meeting of the Board of Trustees', 'Held on 14 March 2023', 'Present: John Smith, Mary Jones, Peter Brown', '', '1. Welcome.', '', '2. Budget', ''];
const decisionsOf = (s: string) => extractFromText([...HEAD, s, '', '3. Adjournment at 9pm.'].join('\n')).decisions.map((d) => d.text);

const MOVERS = ['Heidi', 'Trustee Gassaway', 'Ms. Lee'];
const SECONDERS = ['Leslie', 'Ballentine'];
const ACTS = ['to adopt the 2024 budget', 'to approve the June minutes', 'that the library open on Sundays'];

describe('a motion in the present tense', () => {
  for (const m of MOVERS) {
    for (const a of ACTS) {
      const carried = `${m} moves ${a}, ${SECONDERS[0]} seconds.`;
      it(`"${carried} Motion carries." is a decision`, () => expect(decisionsOf(`${carried} Motion carries unanimously.`)).toEqual([carried]));
      it(`"${carried} Motion fails." is none`, () => expect(decisionsOf(`${carried} Motion fails 2-3.`)).toEqual([]));
    }
  }
  it('"X moves, and Y seconds a slate …; Motion carries" is one', () => expect(presentMotion('Heidi moves, and Leslie seconds a slate of John Chair; Motion carries unanimously')).toBe(true));
  it('a report is none', () => expect(presentMotion('The board moves its meeting to the second Tuesday.')).toBe(false));
});

describe("a motion's words between its mover and seconder", () => {
  for (const m of MOVERS) {
    for (const s of SECONDERS) {
      for (const a of ACTS) {
        const line = `Motion by ${m} ${a}, ${s} seconded.`;
        it(`"${line}" is a decision`, () => expect(decisionsOf(`${line} Motion carried 2-0.`)).toEqual([line]));
      }
    }
  }
  it('a block\'s bare parts hold no motion words', () => expect(holdsMotionWords('MOVED: Cr Barnes SECONDED: Cr Bethel')).toBe(false));
});

describe("the meeting's procedure is no action", () => {
  const PROCEDURE = ['Call to order at 7:02 pm.', 'Called to order by the Chair at 7pm.', 'Meeting called to order at 6:30 p.m.', 'Return to open session at 8:15 pm.'];
  for (const p of PROCEDURE) {
    it(`"${p}" is none, the decision after it stays`, () => {
      const got = extractFromText([...HEAD.slice(0, 4), `1. ${p}`, '', '2. Budget', '', 'The board approved the budget.', '', '3. Adjournment at 9pm.'].join('\n')).decisions.map((d) => d.text);
      expect(got).toEqual(['The board approved the budget.']);
    });
  }
  it('a clerk to order chairs is still an action', () => expect(decisionsOf('Clerk to order new chairs for the hall.')).toEqual(['Clerk to order new chairs for the hall.']));
});

describe('"On the motion of X/Y" names mover and seconder as a pair', () => {
  it.each([
    ['On the motion of Seely/Perron the Select Board approved and accepted the contract for the Road Bond.'],
    ['On the motion of Seely/Hicks, the Board voted to sign the contract with DiMatteo Construction.'],
  ])('"%s" is a decision', (line) => expect(decisionsOf(line)).toEqual([line]));

  it('a pair with nothing done after it is none', () => expect(decisionsOf('On the motion of Seely/Perron discussion followed on the road plan.')).toEqual([]));
});

describe('a motion named first, then who made it', () => {
  it('reads "The motion to modify the agenda was made by X, seconded by Y and approved …"', () => {
    const d = extractFromText(
      ['Town Council Minutes', 'November 6, 2018', 'Present: Lane R. Penn, Joseph K. Goodman, Brooks R. Dawson', '', '1. Agenda', 'The motion to modify the agenda was made by Mr. Goodman, seconded by Mr. East and approved on the following roll call vote:', 'Lane R. Penn -Aye Joseph K. Goodman -Aye', '', '2. Adjournment', 'The meeting adjourned at 8 pm.'].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([expect.stringMatching(/^The motion to modify the agenda was made by Mr\. Goodman/)]);
  });
});

describe('a seconder after "2nd" alone', () => {
  it('reads "1. Approval of the agenda Moved B. Miles, 2nd J.Revitt. Carried."', () => {
    const d = extractFromText(
      ['Trustee Meeting', 'July 21, 2021, 10:00 a.m.', 'Present: Trustee Chair Dale Gregory, Trustee Bryan Miles, Trustee John Revitt, and Administrator Janine Reimer.', '', '1. Approval of the agenda Moved B. Miles, 2nd J.Revitt. Carried.', '', '2. Approval of the minutes', '2a. June 16 trustee meeting, with amended numbering Moved J.Revitt, 2nd B.Miles. Carried.', '', '3. Adjournment at 11:40'].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([expect.stringMatching(/^Approval of the agenda/), expect.stringMatching(/^June 16 trustee meeting/)]);
  });
});

describe('a numbered item holding two motions', () => {
  it('gives a decision for each motion, not one for the item', () => {
    const d = extractFromText(
      [
        'Town Council Meeting Minutes, October 4, 2011',
        'Present: Dick Cleveland, Kevin Foley, Kim Newbury, Margaret Rogers, Andy Daly, Greg Moffet, Susie Tjossem',
        '1) Proclamation. Kim Newbury read the proclamation into the record.',
        '2) Approval of September 6 and 20 Council meeting minutes; Foley made a motion to approve the September 6, 2011 minutes and Tjossem seconded the motion. A vote was taken and the motion passed 5-0-2. Foley made a motion to approve the meeting minutes of September 20, 2011, and the motion was seconded by Daly. A vote was taken and the motion passed 5-0-2.',
        '3) Resolution No. 19. Newbury made a motion to approve the Resolution No. 19, and the motion was seconded by Tjossem. A vote was taken and the motion passed 7-0.',
      ].join('\n'),
    );
    expect(d.decisions.filter((x) => x.text.includes('Foley made a motion'))).toHaveLength(2);
  });
  it('keeps an item whole when a motion\'s heading stands over its one mover ("Motion to Adopt … Upon motion made by …")', () => {
    const d = extractFromText(
      [
        'City Council Special Called Meeting Minutes, August 8, 2017',
        'Present: Mayor Liz Ordiales, Anne Mitchell, Jay Chastain, Rayette Ross',
        '1. Motion to Adopt Final Agenda. Upon motion made by Anne Mitchell and seconded by Jay Chastain this motion was adopted unanimously.',
        '2. Motion to approve the 1st reading of the Franchise Tax ordinance. Upon motion made by Rayette Ross and seconded by Anne Mitchell this motion was adopted unanimously.',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text.slice(0, 20))).toEqual(['Motion to Adopt Fina', 'Motion to approve th']);
  });
});
