import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Converter } from 'opencc-js/t2cn';
import { draftFromPage } from '../../shared/extract/draft';
import type { Fold } from '../../shared/extract/text/fold';
import type { PageLines as PageLinesData } from '../../shared/extract/page';
import { uuidv7, type CaptureRow, type CirculateDb } from '../db';
import { PATTERNS_GLOBAL, readProfilePatterns } from '../page/profile-patterns';

/**
 * The page read into lines (shared/extract/page.ts `PageLines`). A line keeps any further fields
 * the linearizer gives it: the field stages read them as the extractor wrote them.
 */
const Line = z.looseObject({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0), gapBefore: z.boolean() });
export const PageLines = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lines'),
    text: z.string(),
    lines: z.array(Line),
    warnings: z.array(z.string()),
    titleHint: z.string().nullable(),
    wholePage: z.boolean(),
  }),
  z.object({ kind: z.literal('empty'), warnings: z.array(z.string()) }),
  z.object({ kind: z.literal('failed'), error: z.string() }),
]);

/** What the content script returns from the page: its lines; the fields are read here, not in the page. */
export const PageRead = z.object({
  url: z.string(),
  title: z.string(),
  page: PageLines,
});
export interface PageRead {
  url: string;
  title: string;
  page: PageLinesData;
}

/** What the content script returns when the extractor threw: the page's text, kept for manual entry. */
export const PageFailure = z.object({
  url: z.string(),
  title: z.string(),
  text: z.string(),
  error: z.string(),
});
export type PageFailure = z.infer<typeof PageFailure>;

/** The page's visible text, read by a one-line function when the content script gave nothing usable. */
const PageText = z.object({ url: z.string(), title: z.string(), text: z.string() });

const KEEP_CAPTURES = 20;

/** Runs the extractor in the tab (activeTab, granted by the click) and stores the result. */
export async function captureTab(db: CirculateDb, tab: { id?: number; url?: string; title?: string }): Promise<CaptureRow> {
  let row: CaptureRow = {
    id: uuidv7(),
    capturedAt: new Date().toISOString(),
    url: tab.url ?? '',
    pageTitle: tab.title ?? '',
    tabId: tab.id,
    draft: null,
  };
  try {
    if (tab.id === undefined) throw new Error('no tab to capture');
    // The admin's extra profile patterns reach the capture script through the isolated world the
    // two share; page scripts cannot see it.
    const patterns = await readProfilePatterns();
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: (name: string, value: unknown) => {
        (globalThis as Record<string, unknown>)[name] = value;
      },
      args: [PATTERNS_GLOBAL, patterns],
    });
    const results = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/content-scripts/content.js'],
    });
    row = { ...row, ...fromResult(results?.[0]?.result) };
  } catch (err) {
    row.error = err instanceof Error ? err.message : String(err);
  }
  // The extraction failed: keep at least the page's text, so the clerk can enter the minutes by hand.
  if (!row.draft && row.text === undefined && tab.id !== undefined) {
    const page = await readPageText(tab.id);
    if (page) row = { ...row, url: page.url || row.url, pageTitle: page.title || row.pageTitle, text: page.text };
  }
  await storeCapture(db, row);
  return row;
}

/**
 * Turns the script's return value into capture fields, reading the draft from the page's lines;
 * anything malformed becomes an error.
 */
export function fromResult(result: unknown): Pick<CaptureRow, 'url' | 'pageTitle' | 'draft'> | Pick<CaptureRow, 'url' | 'pageTitle' | 'text' | 'error'> | { error: string } {
  const parsed = PageRead.safeParse(result);
  if (parsed.success) return { url: parsed.data.url, pageTitle: parsed.data.title, draft: draftFromPage(parsed.data.page, { fold: traditionalToSimplified }) };
  const failed = PageFailure.safeParse(result);
  if (failed.success) return { url: failed.data.url, pageTitle: failed.data.title, text: failed.data.text, error: failed.data.error };
  return { error: 'the page could not be read' };
}

let converter: Fold | null = null;
/**
 * Traditional → Simplified for the extractor's patterns (values come back as printed). Here, not in
 * the content script: the table is about 108 KB. Built on the first text with Chinese characters.
 */
export const traditionalToSimplified: Fold = (s) => {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(s)) return s;
  converter ??= Converter({ from: 'tw', to: 'cn' });
  return converter(s);
};

/** The tab's text through a function injection; null when even that is not possible. */
async function readPageText(tabId: number): Promise<z.infer<typeof PageText> | null> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId },
      func: () => ({ url: location.href, title: document.title, text: document.body?.innerText ?? '' }),
    });
    const parsed = PageText.safeParse(results?.[0]?.result);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function storeCapture(db: CirculateDb, row: CaptureRow): Promise<void> {
  await db.transaction('rw', db.captures, async () => {
    await db.captures.put(row);
    const old = await db.captures.orderBy('capturedAt').reverse().offset(KEEP_CAPTURES).primaryKeys();
    await db.captures.bulkDelete(old);
  });
}
