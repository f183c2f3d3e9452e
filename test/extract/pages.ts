/** Reads the regression pages (test/pages/<case>/source.html|txt + expected.json) and extracts each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText } from '../../shared/extract/index';
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

export function extractCase(c: PageCase): MinutesDraft {
  const content = readFileSync(c.file, 'utf8');
  if (c.html) {
    const dom = new JSDOM(content, { url: 'https://portal.example/doc/page.html' });
    try {
      return extractFromDocument(dom.window.document, dom.window.location.href);
    } finally {
      dom.window.close();
    }
  }
  return extractFromText(content);
}
