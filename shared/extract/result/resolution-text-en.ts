/**
 * An English resolution printed alone: its recitals ("WHEREAS, It is the custom …; and") and its
 * resolving clause, as a legislature's bill page or a legal notice prints it. Minutes that carry a
 * resolution's text also record the motion, the vote and who was present; the text alone records none.
 */
import type { Segmented } from '../segment/segment';
import { countMatches } from '../text/count';

/** A recital opening its line. */
const RECITAL = /^\W{0,4}WHEREAS\b/gm;
/** A vote taken or a motion put: the meeting at work. */
const VOTE = /\b(?:seconded|carried|ayes?|nays?|roll call|motion|moved|voted|unanimously)\b/i;
/** Who was there. */
const PRESENCE = /\b(?:present|in attendance|absent|apologies)\b/i;

/** Two recitals or more, and no vote, motion or roll anywhere on the page. */
export function resolutionTextEn(seg: Segmented): boolean {
  return seg.lang === 'en' && countMatches(seg.text, RECITAL, 10) >= 2 && !VOTE.test(seg.text) && !PRESENCE.test(seg.text);
}
