/**
 * What every stress tool needs of a case's text: its non-blank lines, whether it is Chinese, a
 * line wrapped as a PDF or a narrow column wraps it, and a case read as text (an HTML case through
 * readPage, as the extension reads it).
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '../../shared/extract/index';
import { caseUrl, type PageCase } from '../../test/extract/pages';

const CJK = /[\u3400-\u9fff]/;

export const lines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** Chinese when CJK characters make up more than a quarter of the text. */
export const isZh = (text: string): boolean => (text.match(/[\u3400-\u9fff]/g) ?? []).length * 4 > text.replace(/\s/g, '').length;

/** A line wrapped at a width, at a space in English, anywhere in Chinese: a PDF's hard line ends. */
export function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  if (CJK.test(line)) {
    const out: string[] = [];
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
    return out;
  }
  const out: string[] = [];
  let cur = '';
  for (const w of line.split(/\s+/)) {
    if (cur && cur.length + w.length + 1 > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** A case's text as the extension would read it; null for a page read as no lines (a PDF viewer, say). */
export function caseText(c: PageCase): string | null {
  const text = readFileSync(c.file, 'utf8');
  if (!c.html) return text;
  const dom = new JSDOM(text, { url: caseUrl(c) });
  try {
    const page = readPage(dom.window.document, dom.window.location.href);
    return page.kind === 'lines' ? page.text : null;
  } finally {
    dom.window.close();
  }
}
