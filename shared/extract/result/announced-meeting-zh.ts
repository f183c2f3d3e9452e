/**
 * A Chinese notice of a meeting still to come that sets out the resolution to be put: a society's
 * page "干事会定于…召开特别会员大会 … 决议案内容如下：本会通过…修订 … 大会安排：登记…". Its
 * "决议案内容如下" reads as a decisions section, which outweighs a look-alike's mark, so the notice
 * was taken as minutes. A meeting announced (structure.ts: 定于…召开, 现将有关事项通知如下) on a page
 * that records nothing of one held — no act in the meeting's voice, no one attending or presiding,
 * no recorder, no votes counted, no opening or close — is the notice, whatever its sections.
 */
import type { Segmented } from '../segment/segment';
import type { RecordMarks } from './record';
import type { Signals } from './signals';
import { lookAlikeMark, tallied, TO_BE_HELD } from './structure';

export interface HeldEvidence {
  attendees: number;
  presider: boolean;
}

/** Nothing of a meeting held: what a record keeps and a notice cannot. */
const recordsNothingZh = (seg: Segmented, marks: RecordMarks, sig: Signals, ev: HeldEvidence): boolean =>
  ev.attendees === 0 && !ev.presider && marks.acts === 0 && !marks.opened && !marks.closed && sig.attendance === 0 && sig.recordLabels === 0 && !sig.recorder && !tallied(seg);

/** The page announces a meeting still to come and records none held. */
export function announcedMeetingZh(seg: Segmented, marks: RecordMarks, sig: Signals, ev: HeldEvidence): boolean {
  return seg.lang === 'zh' && recordsNothingZh(seg, marks, sig, ev) && lookAlikeMark(seg, marks, sig) === TO_BE_HELD;
}
