/**
 * DOM → lines. Block elements (p, div, li, headings, table cells …) and <br> end a line; text is
 * normalised (&nbsp;, full-width spaces, Word's <o:p> and soft hyphens); each line keeps its
 * offsets into the joined text and the DOM nodes it came from, so a field can be highlighted.
 */
import type { Line, Linear } from './lines';
import { normalizeText } from '../text/normalize';
import { BLOCK_TAGS, SKIP_TAGS, ELEMENT_NODE, TEXT_NODE, tagOf, isHidden, childElements } from '../locate/dom';
// The colon form alone: the label's other forms (dash, cell, heading) stay out of the content script.
import { colonLabel } from '../segment/label-words';

export interface LinearDom extends Linear {
  /** For each line, the first and last text node it was built from. */
  sources: { first: Node | null; last: Node | null }[];
}

interface Builder {
  lines: { text: string; first: Node | null; last: Node | null; gap: boolean }[];
  cur: string;
  first: Node | null;
  last: Node | null;
  gap: boolean;
}

function flush(b: Builder, gapAfter = false) {
  const t = b.cur.replace(/ {2,}/g, ' ').trim();
  if (t) {
    b.lines.push({ text: t, first: b.first, last: b.last, gap: b.gap });
    b.gap = false;
  }
  if (gapAfter && b.lines.length) b.gap = true;
  b.cur = '';
  b.first = null;
  b.last = null;
}

/** A label cell ("发布机构", "文号：") followed by its value cell, as in metadata and OA form tables. */
function labelCell(text: string): boolean {
  const t = text.trim();
  if (!t || !shortLabel(t)) return false;
  // A short cell ending in a colon is a label by its form, whatever it names.
  if (/[：:]$/.test(t)) return true;
  const l = colonLabel(`${t}：`);
  return !!l;
}

function rowPairs(tr: Element, drop: Set<Element>): string[] | null {
  return cellPairs(childElements(tr).filter((c) => (tagOf(c) === 'TD' || tagOf(c) === 'TH') && !drop.has(c)));
}

/** A definition list of labels and values ("Present" / "AndyS, …", "Chair" / "pchampin"), read as a table's row pairs are. */
function listPairs(dl: Element, drop: Set<Element>): string[] | null {
  const items = childElements(dl).filter((c) => !drop.has(c));
  if (!items.every((c, i) => tagOf(c) === (i % 2 ? 'DD' : 'DT'))) return null;
  return cellPairs(items);
}

function cellPairs(cells: Element[]): string[] | null {
  if (cells.length < 2 || cells.length % 2 !== 0) return null;
  const texts = cells.map((c) => normalizeText(c.textContent ?? '').replace(/\s+/g, ' ').trim());
  let known = 0;
  for (let i = 0; i < texts.length; i += 2) {
    const t = texts[i];
    if (!t || !shortLabel(t) || /[，。；,;]/.test(t)) return null;
    if (labelCell(t)) known++;
  }
  if (known * 2 < texts.length / 2) return null;
  const out: string[] = [];
  for (let i = 0; i < texts.length; i += 2) {
    if (!texts[i + 1]) continue;
    const label = texts[i].replace(/[：:]\s*$/, '');
    out.push(LATIN.test(label) ? `${label}: ${texts[i + 1]}` : `${label.replace(/\s+/g, '')}：${texts[i + 1]}`);
  }
  return out;
}

const LATIN = /[A-Za-z]/;
/** Short enough to be a label: a few characters in Chinese ("发布机构"), a few words in English ("Date published"). */
function shortLabel(t: string): boolean {
  return LATIN.test(t) ? t.length <= 24 && t.split(/\s+/).length <= 4 : t.replace(/\s+/g, '').length <= 8;
}

function walk(root: Element, b: Builder, drop: Set<Element>) {
  // Iterative, so a hostile page nested ten thousand deep cannot overflow the stack.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const raw = normalizeText((node as Text).data);
      const pre = !!(node.parentElement && node.parentElement.closest && node.parentElement.closest('pre'));
      if (pre && raw.includes('\n')) {
        const parts = raw.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) flush(b);
          if (p) {
            b.cur += p;
            b.first ??= node;
            b.last = node;
          }
        });
      } else {
        const t = raw.replace(/\s+/g, ' ');
        if (t) {
          b.cur += t;
          if (t.trim()) {
            b.first ??= node;
            b.last = node;
          }
        }
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = tagOf(el);
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush(b, tag === 'P' || /^H\d$/.test(tag) || tag === 'TABLE');
      if (tag === 'TD' || tag === 'TH') flush(b);
      continue;
    }
    if (SKIP_TAGS.has(tag) || drop.has(el) || isHidden(el)) continue;
    if (tag === 'BR') {
      flush(b);
      continue;
    }
    if (block) flush(b);
    if (tag === 'TR' || tag === 'DL') {
      const pairs = tag === 'TR' ? rowPairs(el, drop) : listPairs(el, drop);
      if (pairs) {
        for (const p of pairs) {
          b.cur = p;
          b.first = el;
          b.last = el;
          flush(b);
        }
        continue;
      }
    }
    stack.push({ node: el, exit: true });
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush(b);
}

/** Linearizes `roots` in order (metadata tables first, then the content root). */
export function linearize(root: Element | Element[], drop: Set<Element> = new Set()): LinearDom {
  const b: Builder = { lines: [], cur: '', first: null, last: null, gap: false };
  for (const r of Array.isArray(root) ? root : [root]) {
    walk(r, b, drop);
    flush(b, true);
  }
  const lines: Line[] = [];
  const sources: LinearDom['sources'] = [];
  let text = '';
  for (const l of b.lines) {
    if (text) text += l.gap ? '\n\n' : '\n';
    lines.push({ text: l.text, start: text.length, end: text.length + l.text.length, gapBefore: l.gap });
    sources.push({ first: l.first, last: l.last });
    text += l.text;
  }
  return { text, lines, sources };
}
