/**
 * A meeting told for readers: a club's newsletter, a local paper or a blog giving an account of it
 * ("Around 45 members attended … a full house", "The AGM kicked off with …", "Last night a few changes
 * took place", "we were delighted …"). It tells how the meeting went, in prose, and has none of the
 * record's apparatus: no numbered items, no labels ("Present:", "Apologies:"), no mover or seconder,
 * no list of points. Minutes may say a meeting was well attended; they also say who moved what.
 * A page that opens with its own heading, "Minutes of the 2018 Annual General Meeting …", is the record,
 * however its text runs on and whatever it says was "a success".
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_MOTION, EN_NEWS_VOICE } from '../lexicon/en';
import { BULLET } from '../text/markup';

const VOICE = new RegExp(`\\b(?:${alt([...EN_NEWS_VOICE.turnout, ...EN_NEWS_VOICE.tone])})(?![\\w-])`, 'i');
// The motion's own words, not a bare "moved" or "proposed", which prose uses too ("proposed a change").
const MOVER = new RegExp(`\\b(?:${alt([...EN_MOTION.mover.filter((w) => /\s(?:by|of)$/.test(w)), ...EN_MOTION.seconder.filter((w) => w !== 'second'), 'motion'])})\\b`, 'i');
const LIST_ITEM = new RegExp(`^\\s*(?:${BULLET}|\\d{1,2}[.)])\\s`);
const OWN_HEADING = /^(?:(?:draft|approved|unapproved|confirmed)\s+)?minutes\s+of\s+(?:the|a|an)\b/i;

export function newsAccountEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome');
  if (OWN_HEADING.test(lines[0]?.text.trim() ?? '')) return false;
  const text = lines.map((l) => l.text).join('\n');
  if (!VOICE.test(text)) return false;
  if (lines.some((l) => l.num || l.label) || MOVER.test(text)) return false;
  return lines.filter((l) => LIST_ITEM.test(l.text)).length < 3;
}
