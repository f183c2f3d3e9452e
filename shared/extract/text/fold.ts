/**
 * Matching on a folded form of the text (Traditional → Simplified script), while every value is
 * given back as printed. The folding function is passed in (the command uses opencc-js; the
 * content script may inject one), so the extractor itself carries no conversion table.
 */
import type { Linear } from '../linearize/lines';

/** A character-for-character folding: Traditional → Simplified, say. */
export type Fold = (s: string) => string;

export interface Folded {
  /** The lines over the folded text: same offsets as the printed one. */
  lin: Linear;
  /** The printed text, which spans point into. */
  printed: string;
  /** A string read from the folded text, as printed. */
  unfold: (s: string) => string;
}

/** Folds a document's text; null when folding changes nothing. */
export function foldLinear(lin: Linear, fold: Fold): Folded | null {
  const printed = lin.text;
  let folded: string;
  try {
    folded = fold(printed);
  } catch {
    return null;
  }
  if (typeof folded !== 'string' || folded === printed) return null;
  if (folded.length !== printed.length) {
    // A folding that changed a length somewhere: fold line by line, and keep a line as printed where its
    // length would change, so every offset still points at the same character.
    const parts: string[] = [];
    let at = 0;
    for (const l of lin.lines) {
      parts.push(printed.slice(at, l.start));
      let f = l.text;
      try {
        f = fold(l.text);
      } catch {
        /* keep the line as printed */
      }
      parts.push(typeof f === 'string' && f.length === l.text.length ? f : l.text);
      at = l.end;
    }
    parts.push(printed.slice(at));
    folded = parts.join('');
  }
  // Each folded character back to the printed one, for strings not found whole in the text.
  const back = new Map<string, string>();
  for (let i = 0; i < printed.length; i++) if (folded[i] !== printed[i] && !back.has(folded[i])) back.set(folded[i], printed[i]);
  const unfold = (s: string): string => {
    if (!s) return s;
    const i = folded.indexOf(s);
    if (i >= 0) return printed.slice(i, i + s.length);
    // A string joined from several lines (a decision's text): each longest run found in the text as
    // printed, so a character two printed ones fold to (回 from 回 and 迴) comes back as it was there.
    let out = '';
    let rest = s;
    while (rest) {
      let lo = 0;
      let hi = rest.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (folded.includes(rest.slice(0, mid))) lo = mid;
        else hi = mid - 1;
      }
      if (lo >= 2) {
        const at = folded.indexOf(rest.slice(0, lo));
        out += printed.slice(at, at + lo);
        rest = rest.slice(lo);
      } else {
        const ch = String.fromCodePoint(rest.codePointAt(0)!);
        out += back.get(ch) ?? ch;
        rest = rest.slice(ch.length);
      }
    }
    return out;
  };
  return { lin: { text: folded, lines: lin.lines.map((l) => ({ ...l, text: folded.slice(l.start, l.end) })) }, printed, unfold };
}
