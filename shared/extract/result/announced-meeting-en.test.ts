import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/**
 * English pages announcing their own meeting, still to come, in the ways clubs, societies and
 * schools post them (made up): a post setting the date, an event page, a formal notice over the
 * items the meeting will take, an update postponing it. Each prints a date, a chair or motions to
 * come, and records nothing of a meeting held.
 */
const ANNOUNCED = [
  'Date set for 2025 AGM\n\nMembers of the Riverside Rowing Club received notice today of our forthcoming Annual General Meeting. The Chairman and Treasurer will give their reports, and members will vote on motions and elect the committee.\n\nOur AGM will take place on Tuesday, 18th March 2025 at the clubhouse (7.30pm start).',
  'Spring General Meeting\n\ndate: 2025-04-02\nlocation: Room B12\n\nOn April 10th we will host a General Meeting. We will look back at the semester and elect a new board.\n\n1. Report of the board.\n2. Election of the president.\n3. Any other business.',
  'The General Meeting for March 2025\n\nThe next General Meeting will be held on Wednesday 26th March 2025 at the Scout Hall at 7:00 PM.\n\n  1. Call the meeting to order\n  2. Reading the Minutes of the previous meeting\n  3. Resolution\n    "RESOLVE that the annual fee be raised to $40"\n  4. Any other business\n\nJ. Smith\nHon Secretary',
  'The Lakeside Drainage District\nGOVERNING BOARD\nwill meet\nWednesday, 4 September 2019 at 5:30 pm\nDistrict Office\nAgenda:\nCitizen comments:\nAction Items:\n- Elect a Treasurer to work with the County Clerk on the budget.\n- Attendance at, or email to, the Interagency Workshop, Thursday, 5 September 2019.\n- Dispose of the 1993 field truck.\nDiscussion Items:\n- Approve bills for August, 2019',
  'Update from the Parents Association, 3 March 2025:\n\nThe committee has decided to postpone next week’s AGM to 7 April. Nomination forms for the executive positions are attached below.\n\nKind regards,\nAnna',
  'Thursday, October 16th PAC Meeting @ 7-8:30pm in the School Library\n\nAll parents and guardians are welcome – hope to see you there.\n\n  1. Welcome\n  2. Attendance\n  3. Approve September minutes\n  4. Presidents Report – Ana Ruiz\n    1. Update on our goals for the year\n  5. Fundraising – Eric Lam\n    1. Call out for Pumpkin Patch volunteers – Kyla to update on current plans\n  6. Adjourn\n\nNext meeting Nov. 20 @ 7pm school library',
];

/** Records that name a meeting to come too: their next meeting, beside who attended and what was done. */
const RECORDS = [
  'Committee meeting, 4 March 2025\n\nPresent: Ann Lee, Raj Patel, Tom Ng\n\nOur AGM will take place on 18 March 2025. Raj to book the hall.\n\nThe accounts were approved.',
  'Summary of the March board meeting\n\n- A fundraising dinner will be held on 30 April.\n- The board approved the new budget.\n- Maria will replace John as treasurer.',
];

describe('announced meeting (English)', () => {
  it.each(ANNOUNCED)('refuses a meeting announced to come: %s', (text) => {
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
    // An update signed off as a letter ("Kind regards,") is refused as the letter it is, first.
    expect(d.isMinutes ? '' : d.reason).toMatch(/\bregards,/.test(text) ? /a letter to members/ : /still to be held/);
  });
  it.each(RECORDS)('keeps a record that names a meeting to come: %s', (text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});

describe('a meeting announced in the present progressive', () => {
  it('is a notice where the body "is having" its meeting and lists the agenda', () => {
    const text = [
      'July 25, 2020 HOA Meeting',
      '',
      'The Board of Directors is having our HOA meeting on Saturday, July 25, 2020, at 10:00 am at Cypress Park.',
      '',
      'We chose a Saturday morning so bring a chair, but we hope to see as many residents as possible at this meeting.',
      '',
      'The agenda is as follows:',
      '  • Welcome',
      '  • Call to Order / Verify Quorum',
      '  • Approval of the Prior Meeting Minutes – vote to approve',
      '  • Board Update',
      '  • Adjournment',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
  });
});
