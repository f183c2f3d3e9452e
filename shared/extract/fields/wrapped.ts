/**
 * Paragraphs of a page whose text was cut into lines of one width (a PDF's text layer, a mail's
 * hard line ends): "会议审议并原则通过了《…" / "…实施方案》，由区住建局牵头…" is one paragraph, and an
 * outcome is read from where its paragraph starts, not from where a line happened to break.
 *
 * A page is read so only when most of its running lines fill the same width: a page of paragraphs
 * one to a line has lines of every length, and is left as it is.
 */
import type { Segmented, SegLine } from '../segment/segment';

const RUNNING = new Set(['text', 'view', 'requirement']);
/** Shortest width a page is cut at (a narrow column still holds a dozen ideographs). */
const MIN_WIDTH = { zh: 14, en: 40 };
const MAX_WIDTH = { zh: 60, en: 140 };

const width = (l: SegLine) => l.text.replace(/\s+/g, '').length;
const enWidth = (l: SegLine) => l.text.length;

/** The width the page's running lines were cut at, or null when they were not cut. */
export function wrapWidth(lines: SegLine[], lang: 'zh' | 'en'): number | null {
  const size = lang === 'zh' ? width : enWidth;
  const running = lines.filter((l) => RUNNING.has(l.kind) && size(l) >= (lang === 'zh' ? 8 : 20)).map(size);
  if (running.length < 4) return null;
  const sorted = [...running].sort((a, b) => a - b);
  // The width: what the longest lines share (the longest few may run over by a closing mark).
  const w = sorted[Math.floor((sorted.length - 1) * 0.9)];
  if (w < MIN_WIDTH[lang] || w > MAX_WIDTH[lang]) return null;
  // Ideographs fill a line to the same count; words break a line anywhere in its last word's width.
  const lo = lang === 'zh' ? w - 2 : Math.floor(w * 0.72);
  const full = running.filter((n) => n >= lo && n <= w + 2).length;
  const over = running.filter((n) => n > w * 1.3).length;
  // A cut line stops anywhere; a paragraph's line ends its sentence.
  const open = lines.filter((l) => RUNNING.has(l.kind) && size(l) >= lo && size(l) <= w + 2 && !/[。！？!?；;.]["'”’)]?$/.test(l.text)).length;
  return full * 2 >= running.length && over * 10 <= running.length && open * 5 >= full * 3 ? w : null;
}

/** Whether line b goes on with line a: a fills the width, stops mid-sentence, and b is running text. */
function continues(a: SegLine, b: SegLine, w: number, lang: 'zh' | 'en'): boolean {
  if (b.gapBefore || b.num || !RUNNING.has(b.kind) || a.kind === 'date' || a.kind === 'chrome' || a.kind === 'meta') return false;
  if (lang === 'zh') return width(a) >= w - 2 && !/[。！？!?：:]$/.test(a.text);
  return enWidth(a) >= Math.floor(w * 0.72) && !/[.!?:;]["'”’)]?$/.test(a.text);
}

/** The record with a wrapped page's lines joined into their paragraphs; the same record otherwise. */
export function unwrapped(seg: Segmented): Segmented {
  // English lines are joined where a sentence is read (a motion's parts are lines of their own, whatever their width).
  if (seg.lang !== 'zh') return seg;
  const body = seg.lines.slice(seg.bodyStart, seg.tailStart);
  const w = wrapWidth(body, seg.lang);
  if (w === null) return seg;
  const lines: SegLine[] = [];
  const newIndex: number[] = [];
  // The line before, as printed (a joined line's own last line decides whether the next goes on).
  let prev: SegLine | null = null;
  const parts: number[] = [];
  for (const l of seg.lines) {
    const last = lines[lines.length - 1];
    // The header's lines are read too: a wrapped first paragraph may have been taken for the header.
    const goesOn = !!prev && l.i < seg.tailStart && continues(prev, l, w, seg.lang);
    prev = l;
    if (last && goesOn) {
      // The joined line keeps its first line's kind and number, and ends where the last one ends.
      lines[lines.length - 1] = { ...last, text: last.text + (seg.lang === 'zh' ? '' : ' ') + l.text, end: l.end, opensDecisions: last.opensDecisions || l.opensDecisions };
      parts[parts.length - 1]++;
      newIndex.push(lines.length - 1);
      continue;
    }
    lines.push({ ...l });
    parts.push(1);
    newIndex.push(lines.length - 1);
  }
  if (lines.length === seg.lines.length) return seg;
  // Each line's "i" is its place in the joined record.
  const joined = lines.map((l, k) => ({ ...l, i: k }));
  const at = (i: number) => (i >= seg.lines.length ? joined.length : newIndex[i]);
  // The body opens at the first paragraph of sentences run over lines, if the header seemed to hold it.
  let bodyStart = at(seg.bodyStart);
  const first = joined.findIndex((l, k) => k < bodyStart && parts[k] >= 2 && RUNNING.has(l.kind) && /[。；;]/.test(l.text) && l.text.length >= 40);
  if (first >= 0) bodyStart = first;
  return { ...seg, lines: joined, bodyStart, tailStart: at(seg.tailStart) };
}
