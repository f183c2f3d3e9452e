import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isMotionHeading, notCarried } from './motion-heads';

const HEAD = ['Minutes of the Riverside Residents Association Committee Meeting', 'Held on 14 March 2023 at the Village Hall', 'Present: John Smith (Chair), Mary Jones, Peter Brown, Ann Lee', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const decisionsOf = (item: string[]) => extractFromText([...HEAD, ...item, '', 'Meeting closed at 9pm.'].join('\n')).decisions.map((d) => d.text);

const HEADINGS = ['Motion to adopt the voting system, Peter Brown', 'Motion re: hall hire fees (Mary Jones)', 'Motion for a new notice board – Ann Lee', 'Motion regarding the summer fair'];
const TEXTS = ['That the committee adopts the single transferable vote for all elections.', 'The committee adopts the single transferable vote for all elections.'];
const CARRIED = ['Carried.', 'Carried unanimously', 'Motion carried.'];
const NOT_CARRIED = ['Lost.', 'Withdrawn', 'Motion withdrawn.', 'Tabled until the May meeting.', 'Defeated 3-4.'];

describe('a motion printed under its heading', () => {
  for (const h of HEADINGS) {
    it(`"${h}" is a heading over the motion's words`, () => expect(isMotionHeading(h)).toBe(true));
    for (const t of TEXTS) {
      for (const c of CARRIED) {
        it(`carried (${h} / ${t.slice(0, 8)}… / ${c}): the decision is the text, not the heading`, () => {
          const got = decisionsOf(['2. Voting', h, t, c]);
          expect(got).toEqual([t]);
        });
      }
      for (const c of NOT_CARRIED) {
        it(`not carried (${h} / ${t.slice(0, 8)}… / ${c}): no decision`, () => {
          expect(decisionsOf(['2. Voting', h, t, c])).toEqual([]);
        });
      }
    }
  }
  it('a motion with its resolved words on the heading line is no heading', () => {
    expect(isMotionHeading('Motion to approve that the minutes be signed')).toBe(false);
    expect(isMotionHeading('Motion to approve the minutes of 3 May. Carried unanimously by all members present at the meeting tonight.')).toBe(false);
  });
});

describe('a sentence motion followed by an outcome that did not carry it', () => {
  const MOTIONS = ['Ann Lee moved that membership fees be doubled.', 'Peter Brown moves to double the membership fees.', 'It was proposed by Mary Jones that membership fees be doubled.'];
  for (const m of MOTIONS) {
    for (const c of NOT_CARRIED) {
      it(`"${m}" / "${c}": no decision`, () => {
        expect(notCarried(c)).toBe(true);
        expect(decisionsOf(['2. Fees', m, c])).toEqual([]);
      });
    }
    it(`"${m}" / "Motion carried.": a decision`, () => {
      expect(decisionsOf(['2. Fees', m, 'Motion carried.']).some((t) => t.includes(m.slice(0, 20)))).toBe(true);
    });
  }
});

describe('a motion lost, told as a sentence', () => {
  const LOST = ['The motion to raise the fee was lost.', 'The motion that the club buy a mower was defeated 3-4.', 'A proposal to close the bar early was withdrawn.', 'The amendment moved by Cllr Lee was not carried.'];
  for (const s of LOST) it(`"${s}" is no decision`, () => expect(decisionsOf(['2. Fees', s])).toEqual([]));
  it('a motion carried is still one', () => expect(decisionsOf(['2. Fees', 'The motion to raise the fee was carried.'])).toEqual(['The motion to raise the fee was carried.']));
});

describe('a motion heading whose mover and seconder stand in another column', () => {
  it('reads the resolution below, not the heading with its empty labels', () => {
    const d = extractFromText(
      [
        'MINUTES OF THE OPEN SESSION OF THE DEVONPORT CITY COUNCIL HELD ON MONDAY, 24 AUGUST 2015',
        'PRESENT: Ald A Lee (Mayor), Ald B Ray, Ald C Tam',
        '3.1 CONFIRMATION OF MINUTES COUNCIL MEETING - 27 JULY 2015 159/15 RESOLUTION MOVED: SECONDED:',
        '',
        'Ald Goodwin Ald Rockliff',
        '',
        'That the minutes of the Council meeting held on 27 July 2015 as circulated be confirmed.',
        '',
        '3.2 WORKSHOPS 160/15 RESOLUTION MOVED: SECONDED:',
        '',
        'Ald Ray Ald Tam',
        '',
        'That the report on workshops be received and noted.',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual(['That the minutes of the Council meeting held on 27 July 2015 as circulated be confirmed.', 'That the report on workshops be received and noted.']);
  });
});
