/**
 * An English resolution printed alone: its recitals ("WHEREAS, It is the custom …; and") and its
 * resolving clause, as a legislature's bill page or a legal notice prints it. Minutes that carry a
 * resolution's text also record the motion, the vote and who was present; the text alone records none.
 */
import type { Segmented } from '../segment/segment';
import { countMatches } from '../text/count';

/** A recital opening its line, in capitals or not ("WHEREAS, It is …", "Whereas This system …"). */
const RECITAL = /^\W{0,4}(?:WHEREAS|Whereas)\b/gm;
/** A vote taken or a motion put: the meeting at work; "carried" not as a thing done ("whether the resolution is carried out"). */
const VOTE = /\b(?:seconded|carried(?!\s+out\b)|ayes?|nays?|roll call|motion|moved|voted|unanimously)\b/i;
/** Who was there. */
const PRESENCE = /\b(?:present|in attendance|absent|apologies)\b/i;

/** Two recitals or more, and no vote, motion or roll anywhere on the page. */
export function resolutionTextEn(seg: Segmented): boolean {
  return seg.lang === 'en' && countMatches(seg.text, RECITAL, 10) >= 2 && !VOTE.test(seg.text) && !PRESENCE.test(seg.text);
}

/** The clerk's attestation of a copy: "A COPY TESTE:", "Certified to be a true copy", "I hereby certify that the foregoing …". */
const ATTESTED = /\bTESTE\s*:|\bcertified (?:to be )?(?:a )?true (?:and correct )?copy\b|\bhereby certify that the (?:foregoing|above|attached)\b/i;
/** A resolution's own heading, its number after it or not ("RESOLUTION 041117-1 APPROVING …", "RESOLUTION NO. 2017-12"). */
const RESOLUTION_HEAD = /^\W{0,4}RESOLUTION\b(?! OF THANKS)/gm;

/**
 * One resolution's certified copy, as a clerk issues it: the meeting that adopted it named above, the
 * recitals, the vote, then the clerk's attestation. The vote is there, but only this resolution's:
 * the minutes of that meeting are another document. Minutes carrying several resolutions name each.
 */
export function certifiedResolutionEn(seg: Segmented): boolean {
  return seg.lang === 'en' && ATTESTED.test(seg.text) && countMatches(seg.text, RECITAL, 10) >= 1 && countMatches(seg.text, RESOLUTION_HEAD, 10) === 1;
}
