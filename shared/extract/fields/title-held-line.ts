/**
 * An English record that opens with its heading as one long line naming the meeting and where or
 * when it was held: "Minutes of the 68th meeting of the Board of Approval for SEZs held on 30th
 * December 2015 to consider proposals …", "Minutes of the Annual General Meeting of the Company held
 * via live webcast on Monday, 18 April 2022 at 10.00 a.m.", "Regular Meeting of the members of
 * Council … held in the Council Chambers … this 17th day of September, 2014". Long as a sentence, it
 * is read as the body's first line, so no header line above it holds the title: the line is the title.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';

const KINDS = '(?:regular|special|ordinary|annual|extraordinary|general|monthly|adjourned|statutory|inaugural|emergency)';
/** The heading's start, then "held" within the line: a meeting named, where or when it sat. */
const HELD_HEADING = new RegExp(`^(?:minutes\\s+of\\s+(?:the|a|an)\\s+|(?:${KINDS}\\s+){1,3}meeting\\s+of\\s+)[^\\n]{0,200}?\\bheld\\b`, 'i');
/** How far into the page such a line may stand: below a letterhead's few lines at most. */
const NEAR_TOP = 4;

export function heldHeadingLine(seg: Segmented): Hit<string> | null {
  if (seg.lang !== 'en') return null;
  const texts = seg.lines.filter((l) => l.kind !== 'chrome' && l.kind !== 'meta').slice(0, NEAR_TOP);
  for (const l of texts) {
    if (l.kind !== 'text' || l.num) continue;
    const t = l.text.trim();
    // A line that introduces a list ("… held on 5 May 2020 were:") or runs on into the record is no heading.
    if (t.length > 240 || /[:：]$/.test(t) || !HELD_HEADING.test(t)) continue;
    const from = l.text.indexOf(t);
    return { value: t, start: l.start + from, end: l.start + from + t.length, confidence: 0.6 };
  }
  return null;
}
