/**
 * An English page announcing its own meeting, still to come: a society's post "Date set for 2024
 * AGM … Our AGM will take place on Monday, 25th November", an event page "On May 25th we will host
 * a General Meeting", a notice "the next General Meeting will be held on …" over the items it will
 * take, an executive's update cancelling "next week's AGM". Such a page prints a meeting's words
 * (a date, a venue, the chair, motions and elections to come) and is taken by its structure, but it
 * records nothing of a meeting held: no act stated in the record's voice, no one present or sending
 * apologies, no action given, no close. A record names its next meeting too ("The next meeting will
 * be held on …"), so the announcement counts only where the page records nothing. So does an invitation
 * ("All parents and guardians are welcome – hope to see you there") over the items the meeting will take.
 */
import type { Segmented } from '../segment/segment';
import type { RecordMarks } from './record';
import type { Signals } from './signals';
import { alt } from '../lexicon/build';
import { EN_MEETING_TO_COME } from '../lexicon/en';

const MEETING = alt(EN_MEETING_TO_COME.meetings);
/** "will host a General Meeting", "forthcoming 2024 Annual General Meeting": a few words between, on one line. */
const BEFORE = new RegExp(`\\b${alt(EN_MEETING_TO_COME.before)}\\s(?:[\\w'’&-]{1,20}\\s){0,4}${MEETING}\\b`, 'i');
/** "Our AGM will take place on", "the next General Meeting will be held on". */
const AFTER = new RegExp(`\\b${MEETING}(?:\\s[\\w'’&-]{1,20}){0,3}\\s${alt(EN_MEETING_TO_COME.after)}\\b`, 'i');

/** "The Moab Mosquito Abatement District (MMAD) Governing Board will meet …": the body, then its meeting to come. */
const BODY_MEETS = new RegExp(`\\b${alt(EN_MEETING_TO_COME.bodies)}\\s+${alt(EN_MEETING_TO_COME.bodyAfter)}\\b`, 'i');

/** "The next meeting of the Eastby Rail User Group will be on Wednesday …": the body named between. */
const NEXT_OF_BODY = /\bnext\s+meeting\s+of\s+(?:the\s+)?[^.;:]{3,80}?\s+will\s+(?:be|take\s+place)\s+(?:held\s+)?(?:on|at|in)\b/i;

/** Readers invited to the meeting ("hope to see you there"): it has yet to be held. */
const INVITATION = new RegExp(`\\b${alt(EN_MEETING_TO_COME.invitation)}\\b`, 'i');

/** The page's own opening: its first 1500 characters, the site's chrome left out. */
const opening = (seg: Segmented): string =>
  seg.lines
    .filter((l) => l.kind !== 'chrome')
    .map((l) => l.text)
    .join('\n')
    .slice(0, 1500);

/** What a meeting held leaves in its record, of which an announcement has none. */
export const recordsNothing = (marks: RecordMarks, sig: Signals, attendees: number): boolean =>
  marks.acts === 0 && !marks.roll && !marks.closed && marks.actionLines === 0 && sig.attendance === 0 && !sig.recorder && attendees === 0;

/** The page announces a meeting still to come and records none held. */
export function announcedMeetingEn(seg: Segmented, marks: RecordMarks, sig: Signals, attendees: number): boolean {
  if (seg.lang === 'zh' || !recordsNothing(marks, sig, attendees)) return false;
  const top = opening(seg);
  return BEFORE.test(top) || AFTER.test(top) || BODY_MEETS.test(top) || NEXT_OF_BODY.test(top) || INVITATION.test(top);
}
