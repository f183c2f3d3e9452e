/**
 * A site's heading over a year's minutes ("RM OF SASMAN COUNCIL MINUTES 2024", "Board Minutes 2019–20")
 * found as the title, with the record's own heading below it naming the meeting and its day
 * ("MINUTES OF THE REGULAR MEETING OF THE R.M. OF SASMAN NO. 336 ON TUES., July 9, 2024, …"): the
 * series names many meetings, the line below names this one, and that is the title.
 */
import type { Segmented } from '../segment/segment';
import { TITLE_MARK_EN } from '../segment/markers';
import { findDates } from './dates';
import type { Hit } from './header';

/** A line naming a sitting: the record's own heading does, a series heading does not. */
const MEETING_WORD = String.raw`\b(?:meeting|session|a\.?g\.?m|e\.?g\.?m)\b`;
const NAMES_MEETING = new RegExp(MEETING_WORD, 'i');
/** A year or a season of years: "2024", "2019–20". */
const YEARS = String.raw`(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?`;
/** Minutes of a year or a season of years, and no meeting, day or month named. */
const SERIES = new RegExp(String.raw`^(?!.*${MEETING_WORD})[\p{L}\p{N}&'’.,() -]{0,60}\bminutes\s+(?:for\s+)?${YEARS}\s*$|^${YEARS}\s+[\p{L}&'’ ]{0,50}\bminutes\s*$`, 'iu');
/** How far below the series heading the record's own may stand: a viewer's note, a link between. */
const BELOW = 6;

export function meetingOverSeries(seg: Segmented, t: Hit<string> | null): Hit<string> | null {
  if (!t || seg.lang !== 'en' || !SERIES.test(t.value.trim())) return t;
  const at = seg.lines.findIndex((l) => l.start <= t.start && t.start <= l.end);
  if (at < 0) return t;
  for (const l of seg.lines.slice(at + 1, at + 1 + BELOW)) {
    const text = l.text.trim();
    if (l.kind !== 'text' || text.length > 160 || !TITLE_MARK_EN.test(text) || !NAMES_MEETING.test(text)) continue;
    // The record's heading names its day; a line that only mentions minutes ("Minutes of the last meeting were read") does not.
    if (!findDates(text).some((d) => d.year && d.day)) continue;
    const from = l.start + l.text.indexOf(text);
    return { value: text, start: from, end: from + text.length, confidence: Math.min(t.confidence, 0.7) };
  }
  return t;
}
