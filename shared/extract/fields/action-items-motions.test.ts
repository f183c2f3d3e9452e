import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A US board's "ACTION ITEMS" is a part of its business: the motions taken there are decisions, the
// rows of a bill and the reports heard between them are not.
const record = [
  'SPECIAL MEETING MINUTES',
  'North Eastby County Fire District',
  'August 1, 2019',
  'Meeting opened by Roy Allen at 7:05 PM',
  'ROLL CALL – Roy Allen and Bruce Savage',
  'ACTION ITEMS',
  'Motion by Bruce Savage and seconded by Roy Allen to approve the minutes of the June 21, 2019 meeting. Motion passed unanimously',
  'Motion by Bruce Savage and seconded by Roy Allen to approve the payment of the following bills. Motion passed unanimously.',
  'Accountant – Erin Hobbs $31',
  'Deaton & Co. – Auditor $5910',
  'There was a power point presentation by Bruce Savage reviewing the development of the Fire District.',
  'Reports were given by the Commissioners on',
  'Fire Chief selection',
  'Adjournment - Motion by Bruce Savage and seconded by Roy Allen to adjourn the meeting. Motion passed unanimously.',
].join('\n');

describe('a board’s action items that are motions', () => {
  const texts = extractFromText(record).decisions.map((d) => d.text);
  it('reads each motion', () => {
    expect(texts.filter((t) => /^(?:Adjournment - )?Motion by Bruce Savage/.test(t))).toHaveLength(3);
  });
  it('takes no bill, report or topic heard between them', () => {
    expect(texts.some((t) => /Erin Hobbs|Auditor|power point|Reports were given|Fire Chief selection/.test(t))).toBe(false);
  });
});

describe('a section of outcomes with no motion carried', () => {
  it('keeps every item', () => {
    const d = extractFromText(['Board Meeting Minutes, 21 November 2019', 'Present: Stephen Walli, Scott Gray, Mike Bursell', 'Agenda Items & Motions', 'a. The board approves the minutes of the Oct 31 meeting.', 'b. The board amends the Resolution III to not include the recordings.'].join('\n'));
    expect(d.decisions.map((x) => x.text).join('\n')).toMatch(/amends the Resolution III/);
  });
});
