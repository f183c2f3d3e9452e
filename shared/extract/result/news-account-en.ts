/**
 * A meeting told for readers: a club's newsletter, a local paper or a blog giving an account of it
 * ("Around 45 members attended … a full house", "The AGM kicked off with …", "Last night a few changes
 * took place", "we were delighted …"). It tells how the meeting went, in prose, and has none of the
 * record's apparatus: no numbered items, no labels ("Present:", "Apologies:"), no mover or seconder,
 * no list of points. Minutes may say a meeting was well attended; they also say who moved what.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_NEWS_VOICE } from '../lexicon/en';

const VOICE = new RegExp(`\\b(?:${alt([...EN_NEWS_VOICE.turnout, ...EN_NEWS_VOICE.tone])})(?![\\w-])`, 'i');
const MOVER = /\b(?:moved|proposed|seconded)\s+by\b|\bseconded\b|\bmotion\b/i;
const BULLET = /^\s*(?:[-–•*·▪●]|\d{1,2}[.)])\s/;

export function newsAccountEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome');
  const text = lines.map((l) => l.text).join('\n');
  if (!VOICE.test(text)) return false;
  if (lines.some((l) => l.num || l.label) || MOVER.test(text)) return false;
  return lines.filter((l) => BULLET.test(l.text)).length < 3;
}
