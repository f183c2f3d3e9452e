/** Reads the regression pages (test/pages/<case>/source.html|txt + expected.json) and extracts each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { quietConsole } from '../../shared/cli/read';
import { Converter } from 'opencc-js';
import { extractFromDocument, extractFromText, type ExtractOptions } from '../../shared/extract/index';
import type { MinutesDraft } from '../../shared/schemas/minutes';
import type { Expected } from './scorer';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

/** A case's meta.json: where it came from, whether it is in the check set, its first look and floor. */
export interface PageMeta {
  source?: string;
  origin?: string;
  addedAt?: string;
  checkSet?: boolean;
  firstLook?: { score: number; fields: Record<string, number>; commit: string; measuredAt: string };
  /** The least score the case may get: a regression guard, raised as the extractor improves. */
  floor?: number;
}

export interface PageCase {
  id: string;
  file: string;
  html: boolean;
  expected: Expected;
  /** null when the case has no meta.json (the older cases, held to 0.9). */
  meta: PageMeta | null;
}

/** The guard a case is held to: its meta floor, else 0.9. */
export const DEFAULT_FLOOR = 0.9;
export const floorOf = (c: PageCase): number => (typeof c.meta?.floor === 'number' ? c.meta.floor : DEFAULT_FLOOR);

/** A score rounded down to a multiple of 0.05, the step floors are set in. */
export const floorFor = (score: number): number => Math.floor(score * 20 + 1e-9) / 20;

export function pageCases(dir = PAGES_DIR): PageCase[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'expected.json')))
    .sort()
    .flatMap((id) => {
      const html = ['source.html', 'source.htm'].find((f) => existsSync(join(dir, id, f)));
      const file = html ?? (existsSync(join(dir, id, 'source.txt')) ? 'source.txt' : null);
      if (!file) return [];
      const metaFile = join(dir, id, 'meta.json');
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as PageMeta) : null;
      return [{ id, file: join(dir, id, file), html: !!html, expected: JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as Expected, meta }];
    });
}

/** The address a page is read at: its expected.json's `_url` (for site-profile pages), else a neutral one. */
export function caseUrl(c: PageCase): string {
  return typeof c.expected._url === 'string' ? c.expected._url : 'https://portal.example/doc/page.html';
}

let converter: ((s: string) => string) | null = null;
/**
 * Traditional → Simplified, as the extension and the command fold a page before matching (opencc-js),
 * so a case is scored on what a user would get.
 */
export const traditionalToSimplified = (s: string): string => {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(s)) return s;
  converter ??= Converter({ from: 'tw', to: 'cn' });
  return converter(s);
};

export function extractCase(c: PageCase, options: ExtractOptions = {}, url = caseUrl(c)): MinutesDraft {
  options = { fold: traditionalToSimplified, ...options };
  const content = readFileSync(c.file, 'utf8');
  if (c.html) {
    const dom = new JSDOM(content, { url, virtualConsole: quietConsole(VirtualConsole) });
    try {
      return extractFromDocument(dom.window.document, dom.window.location.href, options);
    } finally {
      dom.window.close();
    }
  }
  return extractFromText(content, options);
}
