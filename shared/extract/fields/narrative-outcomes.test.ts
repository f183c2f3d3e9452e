import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { carriedByNext, narrativeOutcome, secondedByNext } from './narrative-outcomes';

/** A small record around one item, so the whole reading (segment, sections, sentences) is tried. */
const HEAD = ['Minutes of the Riverside Residents Association Committee Meeting', 'Held on 14 March 2023 at the Village Hall', 'Present: John Smith (Chair), Mary Jones, Peter Brown, Ann Lee', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const decisionsOf = (item: string[]) => extractFromText([...HEAD, ...item, '', 'Meeting closed at 9pm.'].join('\n')).decisions.map((d) => d.text);

describe('outcomes told as narrative sentences', () => {
  const chosen: [string, string][] = [
    ['Subsequently, W. Ogana was nominated as Chairman and A. Amissah-Arthur as Secretary.', 'W. Ogana was nominated'],
    ['Mary Jones was nominated as Secretary for the coming year.', 'Mary Jones was nominated'],
    ['Then, Peter Brown was duly appointed as Treasurer.', 'Peter Brown was duly appointed'],
    ['Peter Brown elected by acclamation as President.', 'Peter Brown elected by acclamation'],
    ['Ann Lee and Tom White re-elected unopposed as auditors.', 're-elected unopposed'],
    ['Finally, Dr K. Osei has been re-nominated to the board.', 'Dr K. Osei has been re-nominated'],
  ];
  for (const [line, part] of chosen) {
    it(`a person chosen: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(true);
      expect(decisionsOf(['2. Election of Officers', line]).some((t) => t.includes(part))).toBe(true);
    });
  }

  const putOff: string[] = ['The nomination of Auditors was deferred to the next meeting.', 'Discussion of the hall lease was postponed until May.', 'The review of the constitution was held over to the AGM.', 'Item 7 (website) was carried forward.'];
  for (const line of putOff) {
    it(`an item put off: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(true);
      expect(decisionsOf(['2. Other business', line])).toContain(line);
    });
  }

  const nominations: string[] = ['Nom: Ann Lee, Second: Peter Brown Approved', 'Treasurer – Nominated by Ann Lee; seconded by Tom White. Carried unanimously.', 'Proposed by: J. Smith, Seconded by: M. Jones – agreed'];
  for (const line of nominations) {
    it(`a nomination and its outcome on one line: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(true);
    });
  }

  // A motion's words, then its mover, seconder and outcome as bare words on the same line (no "by", no colon).
  const bareParts: [string, string][] = [
    ['Motion A: “To accept the minutes of the meeting held on 2 March” (taken as read) Proposed KT Seconded RW Carried', 'To accept the minutes of the meeting held on 2 March'],
    ['“To rename the club the Eastside Walkers” Proposed LB Seconded HW Carried', 'To rename the club the Eastside Walkers'],
    ['To hold the summer picnic on 6 July Moved Jo Seconded Sam Agreed', 'To hold the summer picnic on 6 July'],
  ];
  for (const [line, words] of bareParts) {
    it(`a motion with its bare mover, seconder and outcome: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(true);
      expect(decisionsOf(['2. Motions', line]).some((t) => t.includes(words))).toBe(true);
    });
  }

  const trailing: [string, string][] = [
    ['Proposal that the hall hire fee be increased to £15.', 'Carried.'],
    ['A proposal to buy a new urn for the kitchen.', 'Approved unanimously.'],
    ['Motion to accept the treasurer’s report as presented.', '(Carried)'],
    ['The recommendation of the finance group to raise fees by 5%.', 'Agreed.'],
  ];
  for (const [s, word] of trailing) {
    it(`a proposal closed by "${word}"`, () => {
      expect(carriedByNext(s, word)).toBe(true);
      expect(decisionsOf(['2. Finance', `${s} ${word}`]).some((t) => t.startsWith(s))).toBe(true);
    });
  }

  const reviewedBy: string[] = [
    'Minutes of the previous AGM – were read by PJB and approved as a fair record.',
    'The accounts were presented by the Treasurer and accepted unanimously.',
    'The minutes of the last meeting were circulated by the Secretary and duly approved.',
    'The annual report has been read by Ann Lee and adopted.',
  ];
  for (const line of reviewedBy) {
    it(`reviewed by someone and then approved: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(true);
      expect(decisionsOf(['2. Minutes', line]).some((t) => t.includes(line.slice(-30)))).toBe(true);
    });
  }

  const seconded: [string, string][] = [
    ['Nick Bannon proposed the minutes sent to the mailing list were true and correct.', 'Margaret Wood seconded the proposal.'],
    ['Mary Jones moved the adoption of the treasurer’s report.', 'Peter Brown seconded.'],
    ['Cllr A. Smith proposed a grant of £200 to the youth club.', 'Seconded by Cllr B. Jones.'],
  ];
  for (const [s, next] of seconded) {
    it(`a proposal seconded in the next sentence: "${s}"`, () => {
      expect(secondedByNext(s, next)).toBe(true);
      expect(decisionsOf(['2. Business', `${s} ${next}`])).toContain(s);
    });
    it(`… and not when the next sentence says it was lost: "${s}"`, () => {
      expect(decisionsOf(['2. Business', `${s} ${next} The motion was lost.`]).some((t) => t.startsWith(s.slice(0, 20)))).toBe(false);
    });
  }
  it('a proposal with no seconding after it is not taken by this rule', () => {
    expect(secondedByNext('He proposed a new logo.', 'Margaret Wood seconded the proposal.')).toBe(false);
    expect(secondedByNext('Nick Bannon proposed a new logo.', 'Members discussed it.')).toBe(false);
  });

  const not: string[] = ['He was elected to the council in 1991.', 'The meeting was postponed because of the snow.', 'It was deferred.', 'This was appointed last year.', 'Motion second by Larry.'];
  for (const line of not) {
    it(`no outcome: "${line}"`, () => {
      expect(narrativeOutcome(line)).toBe(false);
      expect(carriedByNext(line, 'Carried.')).toBe(false);
    });
  }
});
