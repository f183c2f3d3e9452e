/**
 * What the line model sees of a line: character n-grams of the folded line's opening, its length,
 * its place in the document, its numbering and what the rules made of it and of its neighbours —
 * each a string hashed into a fixed number of buckets, so the model is a plain weight table.
 */

/** A line as the segment stage holds it (only what the features read). */
export interface LineView {
  text: string;
  /** The rules' kind ('text', 'label', 'decisionHead', …). */
  kind: string;
  /** The rules' label kind when the line is "Label：value" ('attendance', 'presider', …). */
  labelKind?: string | null;
  /** The rules' numbering style ('cn', 'arabic', …), if the line is numbered. */
  numStyle?: string | null;
  gapBefore?: boolean;
}

/** 32-bit FNV-1a: the same bucket for the same string in every context. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower case, width-folded, every digit a 0, spaces collapsed: what n-grams are taken from. */
export function foldForGrams(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ').trim();
}

const bucket = (n: number, edges: number[]) => {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
};

function endMark(t: string): string {
  const c = t.slice(-1);
  if (/[：:]/.test(c)) return 'colon';
  if (/[。.!?！？]/.test(c)) return 'stop';
  if (/[；;，,、]/.test(c)) return 'comma';
  if (/[\u3400-\u9fff]/.test(c)) return 'han';
  if (/[a-z]/i.test(c)) return 'letter';
  if (/\d/.test(c)) return 'digit';
  return 'other';
}

/** How much of a line's opening the n-grams read, and whether trigrams are taken (more overfits). */
export const GRAMS = { span: 24, tri: false, words: 8 };

/** The feature strings of line i (of all the document's lines). */
export function featureStrings(lines: LineView[], i: number, lang: string): string[] {
  const l = lines[i];
  const n = lines.length;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const g = foldForGrams(l.text);
  const head = g.slice(0, GRAMS.span);
  const f: string[] = [
    'bias',
    `lang:${lang}`,
    `k:${l.kind}`,
    `lk:${l.labelKind ?? '-'}`,
    `ns:${l.numStyle ?? '-'}`,
    `pk:${prev?.kind ?? '^'}`,
    `nk:${next?.kind ?? '$'}`,
    `plk:${prev?.labelKind ?? '-'}`,
    `nlk:${next?.labelKind ?? '-'}`,
    `pns:${prev?.numStyle ? 'y' : 'n'}`,
    `nns:${next?.numStyle ? 'y' : 'n'}`,
    `pos:${Math.floor((10 * i) / Math.max(1, n))}`,
    `i:${bucket(i, [1, 2, 3, 4, 6, 9, 14, 20, 30])}`,
    `e:${bucket(n - 1 - i, [1, 2, 3, 4, 6, 9, 14])}`,
    `len:${bucket(g.length, [4, 8, 12, 18, 26, 40, 60, 90, 140, 220, 400])}`,
    `gap:${l.gapBefore ? 1 : 0}`,
    `end:${endMark(g)}`,
    `pend:${prev ? endMark(foldForGrams(prev.text)) : '^'}`,
    `list:${bucket((g.match(/[、,，;；]/g) ?? []).length, [1, 2, 4, 8])}`,
    `date:${/\d{4}\s?年|\d\s?月\s?\d{1,2}\s?日|\b(?:19|20)\d\d\b/.test(l.text) ? 1 : 0}`,
    `k:${l.kind}|pos:${Math.floor((5 * i) / Math.max(1, n))}`,
    `^${g.slice(0, 1)}`,
    `^${g.slice(0, 2)}`,
    `^${g.slice(0, 3)}`,
    `$${g.slice(-2)}`,
    `p^${foldForGrams(prev?.text ?? '').slice(0, 2)}`,
    `n^${foldForGrams(next?.text ?? '').slice(0, 2)}`,
  ];
  for (let a = 0; a < head.length; a++) {
    f.push(`u:${head[a]}`);
    if (a + 1 < head.length) f.push(`b:${head.slice(a, a + 2)}`);
    if (GRAMS.tri && a + 2 < head.length) f.push(`t:${head.slice(a, a + 3)}`);
  }
  if (lang === 'en') for (const w of g.split(/[^a-z0]+/).filter(Boolean).slice(0, GRAMS.words)) f.push(`w:${w}`);
  return f;
}

/** The features of line i as bucket numbers in [0, dim). */
export function featureIds(lines: LineView[], i: number, lang: string, dim: number): number[] {
  return featureStrings(lines, i, lang).map((s) => hashString(s) % dim);
}
