/**
 * A meeting told the morning after: the page's opening sentence says the meeting sat "last night" or
 * "yesterday" ("Last night, 105 Councilors made the following key decisions", "Our club AGM was held in
 * the clubhouse yesterday evening", "Thanks to everyone for coming along to last night's AGM"). A record
 * dates its meeting; a story, a blog or a club's post tells it from the day after, whatever list of
 * outcomes follows.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_SINCE_DAYS } from '../lexicon/en';

const SINCE = alt([...EN_SINCE_DAYS].sort((a, b) => b.length - a.length));
const MEETING = '(?:meeting|agm|a\\.g\\.m\\.?|general meeting|council|committee|board|session)';
/** The meeting and its day in one sentence, either way round, or the day opening the sentence. */
const TOLD_SINCE = new RegExp(
  `\\b${MEETING}\\b[^.!?]{0,80}?\\b(?:${SINCE})\\b|\\b(?:${SINCE})(?:['’]s)?\\s+(?:[\\w'’&-]+\\s+){0,4}?${MEETING}\\b|^(?:${SINCE})\\b|\\b(?:met|was held|were held|took place)\\s+(?:[^.!?]{0,40}?\\s)?(?:${SINCE})\\b`,
  'i',
);
/** How many of the page's first lines of prose are its opening. */
const OPENING = 2;

export function toldNextDayEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const prose = seg.lines.filter((l) => l.kind !== 'chrome' && l.text.trim().length >= 40).slice(0, OPENING);
  // Its first sentence or two: a record's later line may tell of another meeting held yesterday.
  return prose.some((l) => l.text.split(/(?<=[.!?])\s+/).slice(0, 2).some((s) => TOLD_SINCE.test(s.trim())));
}
