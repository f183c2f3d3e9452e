import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { afterTopic, secondedAside } from './topic-outcomes';

const HEAD = ['Minutes of the Annual General Meeting of the Riverside Bowls Club', 'Held on Saturday 13 June 2020 at the Clubhouse', 'Present: John Smith (Chair), Mary Jones, Peter Brown, Ann Lee', ''];
const CLOSE = 'Any other business – none.';
const decisionsOf = (items: string[]) => extractFromText([...HEAD, ...[...items, CLOSE].map((t, i) => `${i + 1}) ${t}`), 'Meeting closed at 9pm.'].join('\n\n')).decisions.map((d) => d.text);

const TOPICS = ['Approval of minutes of 2019 AGM', 'Election of Committee 2020-2021', 'Appointment of Reporting Accountants', 'Treasurer’s report'];
const DASHES = [' – ', ' — ', ' - '];
const OUTCOMES = ['these were duly approved.', 'the report was accepted by the meeting.', 'it was agreed that the fee stays at £10.', 'it was resolved to renew the lease for a year.'];
const ASIDES = ['(proposed by Iain Loe, seconded by John Westlake)', '(Prop: IL; Sec: JW)', '(moved by Iain Loe, seconded (remotely) by John Westlake)', '(proposed Iain Loe, seconded John Westlake)'];
const LONG = 'four members of the Committee were eligible for re-election (John Hattersley, Chris Excell, Dave Goodwin and Ian Brindley), and with no other nominations having been received, all four were duly re-elected';
const OPENING = 'Chairman’s welcome – the Chairman welcomed members to the meeting.';

describe('an item’s outcome after its topic and a dash', () => {
  for (const topic of TOPICS) {
    for (const dash of DASHES) {
      for (const outcome of OUTCOMES) {
        const line = `${topic}${dash}${outcome}`;
        it(`"${line}" is a decision, printed whole`, () => expect(decisionsOf([OPENING, line])).toEqual([line]));
      }
    }
  }
  it('a topic with a sentence before the dash is no topic', () => expect(afterTopic('The Chair spoke. He said – thanks')).toBeNull());
  it('a discussion after the dash is no decision', () => expect(decisionsOf([OPENING, 'Members’ questions – the Secretary reported that some correspondence had been received.'])).toEqual([]));
});

describe('an outcome with its mover and seconder in brackets', () => {
  for (const aside of ASIDES) {
    const line = `Election of Committee 2020-2021 – ${LONG} ${aside}.`;
    it(`a long outcome closed by "${aside}" is a decision`, () => expect(decisionsOf([OPENING, line])).toEqual([line]));
    it(`"${aside}" is read as a mover and seconder`, () => expect(secondedAside(`the accounts were approved ${aside}`)).toBe(true));
    it(`an agenda's motion still to be put, "${aside}", is none`, () => expect(secondedAside(`To approve the accounts ${aside}`)).toBe(false));
    it(`a motion lost, "${aside}", is no decision`, () => expect(decisionsOf([OPENING, `Rule change – the motion ${aside} was lost.`])).toEqual([]));
  }
});

describe('a lost motion with its mover and seconder in brackets', () => {
  for (const aside of ASIDES) {
    it(`"The motion ${aside} was lost." is no decision`, () => expect(decisionsOf([OPENING, `The motion to raise the fee ${aside} was lost.`])).toEqual([]));
  }
});
