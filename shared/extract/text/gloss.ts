import type { Line, Linear } from '../linearize/lines';

/**
 * Pages that print the reading of Chinese characters beside them: a mirror that left a pinyin
 * gloss after some characters ("會(huì)議", "領(lǐng)導(dǎo)") or a run of pinyin after a word
 * ("汉字 hàn zì"). No word pattern matches across a gloss, so the text is read with the glosses
 * taken out; every value and span is given back as printed, glosses included.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const VOWELS = `aeiouüvê${TONED}`;
/** One pinyin syllable: an initial, its vowels and a final, with a tone mark or a tone number. */
const SYLLABLE = `(?:[bpmfdtnlgkhjqxrwy]|zh|ch|sh|z|c|s)?[${VOWELS}]{1,3}(?:ng|n|r)?[1-5]?`;
const HAN = '\\u3400-\\u9fff';
/** A syllable in brackets right after a character: "會(huì)". */
const PAREN_GLOSS = new RegExp(`(?<=[${HAN}])[(（]${SYLLABLE}[)）]`, 'g');
/** A run of toned syllables after a word, set off by spaces: "汉字 hàn zì", "汉字 hànzì". */
const RUN_GLOSS = new RegExp(`(?<=[${HAN}])[ \\t]+(?:(?:${SYLLABLE}){1,4}(?:[ \\t]+|(?=[${HAN}，。、；：,.;:]|$)))+`, 'gm');
const HAS_TONE = new RegExp(`[${TONED}]`);

/** The glosses of one text, as [start, end) ranges; none unless the page glosses often enough to be sure. */
export function glossRanges(text: string): [number, number][] {
  const found: [number, number][] = [];
  let toned = 0;
  for (const re of [PAREN_GLOSS, RUN_GLOSS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // A run must carry a tone mark: bare Latin words after Chinese text are no gloss.
      if (re === RUN_GLOSS && !HAS_TONE.test(m[0])) continue;
      if (HAS_TONE.test(m[0])) toned++;
      found.push([m.index, m.index + m[0].length]);
    }
  }
  // A bracketed letter or two now and then ("第一条(a)款") is no glossing: several glosses, one toned at least.
  if (found.length < 3 || toned === 0) return [];
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

export interface Unglossed {
  /** The lines over the text without its glosses. */
  lin: Linear;
  /** The text as printed, which spans point into. */
  printed: string;
  /** An offset in the text without glosses → the offset in the printed text (an end takes the glosses before it). */
  at: (i: number) => number;
  /** A string read from the text without glosses, as printed. */
  unfold: (s: string) => string;
}

/** The lines with their glosses taken out, and the way back to the printed text; null when the page glosses nothing. */
export function unglossLinear(lin: Linear): Unglossed | null {
  const ranges = glossRanges(lin.text);
  if (!ranges.length) return null;
  const printed = lin.text;
  // pos[i]: where the i-th kept character stands in the printed text; pos[length] is the printed end.
  const pos: number[] = [];
  let text = '';
  let r = 0;
  for (let i = 0; i < printed.length; i++) {
    while (r < ranges.length && ranges[r][1] <= i) r++;
    if (r < ranges.length && ranges[r][0] <= i && i < ranges[r][1]) continue;
    pos.push(i);
    text += printed[i];
  }
  pos.push(printed.length);
  // Each line's bounds in the new text: the first kept offset at or after its printed start.
  const firstAt = (p: number) => {
    let lo = 0;
    let hi = pos.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pos[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lines: Line[] = lin.lines.map((l) => {
    const start = firstAt(l.start);
    const end = firstAt(l.end);
    return { ...l, text: text.slice(start, end), start, end };
  });
  const at = (i: number) => pos[Math.max(0, Math.min(i, pos.length - 1))];
  const unfold = (s: string): string => {
    if (!s) return s;
    const i = text.indexOf(s);
    // The last character's own gloss goes with it: "市領(lǐng)導(dǎo)".
    if (i >= 0) return printed.slice(at(i), i + s.length < text.length ? at(i + s.length) : printed.length).replace(/\s+$/, '');
    return regloss(s, printed, ranges) ?? s;
  };
  return { lin: { text, lines }, printed, at, unfold };
}

/**
 * A string read from the text without glosses whose spacing is not the text's (an item joined from
 * its lines, a run of spaces made one) given back with its glosses: its characters are found in
 * the printed text in order, spaces and glosses aside (one search over the page, so a long page
 * costs one pass), and each gloss after one of them is put back after it. Null when they are not
 * there in that order.
 */
function regloss(s: string, printed: string, ranges: [number, number][]): string | null {
  const bare = s.replace(/\s+/g, '');
  if (!bare) return null;
  // The printed text without spaces or glosses, and where each of its characters stands in it.
  const glossAt = new Map(ranges.map(([a, b]) => [a, b]));
  let squeezed = '';
  const at: number[] = [];
  for (let i = 0; i < printed.length; i++) {
    const end = glossAt.get(i);
    if (end !== undefined) {
      i = end - 1;
      continue;
    }
    if (/\s/.test(printed[i])) continue;
    squeezed += printed[i];
    at.push(i);
  }
  const k = squeezed.indexOf(bare);
  if (k < 0) return null;
  let out = '';
  let n = k;
  for (const ch of s) {
    if (/\s/.test(ch)) {
      out += ch;
      continue;
    }
    out += ch;
    const end = glossAt.get(at[n] + 1);
    if (end !== undefined) out += printed.slice(at[n] + 1, end).replace(/\s+$/, '');
    n++;
  }
  return out;
}
