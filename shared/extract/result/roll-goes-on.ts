/**
 * Why a roll read from its label may still be short: the line right under the names read is more names,
 * with no label of its own ("Present: Cllrs: D. Sutton (Chairman), H. Milton P. Thorne" / "M. Piggott
 * B. Fowler C. Gwynn", "… Geraint Jones-David." / "David Collins", "列席:… 江春美" / "蔡素女 成鳳樑(請假)"):
 * the roll goes on where the reader stopped, and where it really ends is a guess for the clerk to check. So
 * too where the page itself stops inside the roll, mid-word.
 */
import { alt } from '../lexicon/build';
import { EN_UNDER_ROLL } from '../lexicon/en';
import type { Segmented } from '../segment/segment';

/** The most a roll with more names under it may claim. */
export const SHORT_ROLL = 0.8;

/** A person as a roll prints one: an honorific or a post, then a name ("County Councillor Watson", "M. Piggott", "David Collins"). */
const EN_PERSON = new RegExp(`^["“”'\\s]*(?:(?:${alt(EN_UNDER_ROLL.honorifics)})\\.?\\s+)?(?:\\p{Lu}\\.?\\s+|\\p{Lu}\\p{Ll}+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+\\b`, 'u');
/** Words of a heading, an item or a sentence, never of a name: where the roll has ended. */
const EN_NOT_ROLL = new RegExp(`\\b(?:${alt([...EN_UNDER_ROLL.heads, ...EN_UNDER_ROLL.sentence])})\\b`, 'i');
/** Chinese names and posts side by side, no label, no sentence ("蔡素女 成鳳樑(請假)", "本會—秘書長陳茂琳 秘書吳國樑"). */
const ZH_NAMES = /^[\u3400-\u9fff（()）—-]{2,14}(?:\s+[\u3400-\u9fff（()）—-]{2,14})+$|^[\u3400-\u9fff]{2,6}[—-][\u3400-\u9fff（()）\s—-]{2,40}$/;

export function rollGoesOnBelow(seg: Segmented, end: number): boolean {
  // The page stops inside the roll ("Present: Mayor Schwager, Councilmembers Biale, Coira, Kna"): it was cut there.
  if (!seg.text.slice(end).trim()) return /\p{Ll}$/u.test(seg.text.slice(0, end).trimEnd());
  const next = seg.lines.find((l) => l.start >= end && l.text.trim());
  if (!next || next.num || next.kind === 'label') return false;
  const t = next.text.trim();
  if (seg.lang === 'zh') return t.length <= 60 && !/[：:，,。；;]/.test(t) && !/^(?:[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]+[、.．]|\d|[#*|-]{2,})/.test(t) && ZH_NAMES.test(t);
  if (t.length > 90 || /^(?:\d|[IVX]+\.|\p{Ll}\)|[-•*/])/u.test(t) || /^[^:：]{1,30}[:：]/.test(t) || !/\p{Ll}/u.test(t)) return false;
  return EN_PERSON.test(t) && !EN_NOT_ROLL.test(t);
}
