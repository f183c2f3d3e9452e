/** Reads the regression pages (test/pages/<case>/source.html|txt + expected.json) and extracts each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText, type ExtractOptions } from '../../shared/extract/index';
import type { MinutesDraft } from '../../shared/schemas/minutes';
import type { Expected } from './scorer';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

export interface PageCase {
  id: string;
  file: string;
  html: boolean;
  expected: Expected;
}

export function pageCases(dir = PAGES_DIR): PageCase[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'expected.json')))
    .sort()
    .flatMap((id) => {
      const html = ['source.html', 'source.htm'].find((f) => existsSync(join(dir, id, f)));
      const file = html ?? (existsSync(join(dir, id, 'source.txt')) ? 'source.txt' : null);
      if (!file) return [];
      return [{ id, file: join(dir, id, file), html: !!html, expected: JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as Expected }];
    });
}

/** The address a page is read at: its expected.json's `_url` (for site-profile pages), else a neutral one. */
export function caseUrl(c: PageCase): string {
  return typeof c.expected._url === 'string' ? c.expected._url : 'https://portal.example/doc/page.html';
}

export function extractCase(c: PageCase, options: ExtractOptions = {}, url = caseUrl(c)): MinutesDraft {
  const content = readFileSync(c.file, 'utf8');
  if (c.html) {
    const dom = new JSDOM(content, { url });
    try {
      return extractFromDocument(dom.window.document, dom.window.location.href, options);
    } finally {
      dom.window.close();
    }
  }
  return extractFromText(content);
}
