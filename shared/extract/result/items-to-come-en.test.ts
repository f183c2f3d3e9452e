import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const agenda = (items: string[]) =>
  [
    'RIVERBEND VECTOR CONTROL DISTRICT',
    'BOARD OF TRUSTEES MEETING',
    'MAY 21, 2025',
    '2:00 PM',
    '1. CALL TO ORDER',
    '2. PUBLIC COMMENT',
    '3. INFORMATION ITEMS',
    'A. PRELIMINARY BUDGET REVIEW',
    'The Manager will present a preliminary budget for FY 2025/2026',
    '4. ACTION ITEMS',
    ...items,
    '5. ADJOURNMENT',
  ].join('\n');

describe('an English agenda describing its items by what will be done at them', () => {
  it('is an agenda, its "ACTION ITEMS" no decisions', () => {
    const d = extractFromText(
      agenda([
        'A. JUNE BOARD MEETING DATE',
        'The Board will discuss a potential new date for the June regular meeting',
        'B. BENEFIT ASSESSMENT RESOLUTION',
        'The Board will review a resolution of intent to levy the annual assessment',
      ]),
    );
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });

  it('is a record where the items say what the board did', () => {
    const d = extractFromText(
      agenda([
        'A. JUNE BOARD MEETING DATE',
        'Trustee Lee moved to hold the June meeting on June 18; seconded by Trustee Ortiz. Motion carried 5-0.',
        'B. BENEFIT ASSESSMENT RESOLUTION',
        'Resolution 2025-04 was adopted unanimously. The Board will review the final report in July.',
      ]),
    );
    expect(d.isMinutes).toBe(true);
  });

  it('is an agenda where it closes on the time the meeting will adjourn, its "Roll Call" only an item', () => {
    const page = [
      'Tree Board Meeting October 01, 2015 at 4:00 pm',
      '',
      'Call to Order – Roll Call – Approve July 9th Minutes',
      '',
      'Citizen Input / Public Comment – Public comments limited to 10 minutes.',
      '',
      '  • Updated: Contact to be made with owner re: 342 S Marple and rotten tree. Jon will make contact with Don Garnett with Trees Inc. to make arrangements.',
      '',
      'New Business –',
      '  • Naming a new chairman - Only two have responded that would be interested.',
      '',
      'Board Member Comments',
      '',
      'Meeting will adjourn at 5:00 p.m.',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });

  it('is a record that says when its meeting did adjourn', () => {
    const page = ['Tree Board Meeting October 01, 2015 at 4:00 pm', 'Present: Cora Vandervelden, Skip Shipman, Jon Lee', 'The July 9th minutes were approved.', 'Jon will make contact with Don Garnett to make arrangements.', 'The next meeting will adjourn at 5:00 p.m. at the latest, the board agreed.', 'Meeting adjourned at 4:50 p.m.'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });

  // A council portal's agenda: each item told by what is to be done at it, "To receive …", "To consider …".
  const infinitive = (outcome: string) =>
    [
      'Overview & Scrutiny Committee - Wednesday, 24th January, 2024 9.30 am',
      'Venue: Council Chamber - Council Offices. View directions',
      'No. Item',
      'To Receive Apologies for Absence',
      'Public Questions & Statements',
      'To receive questions / statements from the public, if any.',
      'Minutes pdf icon PDF 527 KB',
      'To approve as a correct record the minutes of the meeting of the Overview and Scrutiny Committee held on 13th December 2023.',
      'Items of Urgent Business',
      'To determine any other items of business which the Chairman decides should be considered as a matter of urgency.',
      'Petitions From Members of the Public',
      'To consider any petitions received from members of the public.',
    ]
      .map((l) => (l.startsWith('To ') && !l.endsWith(outcome) ? l + outcome : l))
      .join('\n');

  it('is an agenda where its items say what is to be done ("To receive …", "To consider …")', () => {
    expect(extractFromText(infinitive('')).isMinutes).toBe(false);
  });

  it('keeps the record that prints the outcome on the item’s line ("To approve … Unanimously passed")', () => {
    const d = extractFromText(infinitive(' Unanimously passed'));
    expect(d.reason ?? '').not.toMatch(/agenda/);
  });
});
