import { browser } from 'wxt/browser';
import { z } from 'zod';
import { MinutesDraft } from '../../shared/schemas';
import { uuidv7, type CaptureRow, type CirculateDb } from '../db';

/** What the content script returns from the page. */
export const PageCapture = z.object({
  url: z.string(),
  title: z.string(),
  draft: MinutesDraft,
});
export type PageCapture = z.infer<typeof PageCapture>;

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
    const results = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/content-scripts/content.js'],
    });
    row = { ...row, ...fromResult(results?.[0]?.result) };
  } catch (err) {
    row.error = err instanceof Error ? err.message : String(err);
  }
  await storeCapture(db, row);
  return row;
}

/** Turns the script's return value into capture fields; anything malformed becomes an error. */
export function fromResult(result: unknown): Pick<CaptureRow, 'url' | 'pageTitle' | 'draft'> | { error: string } {
  const parsed = PageCapture.safeParse(result);
  if (!parsed.success) return { error: 'the page could not be read' };
  return { url: parsed.data.url, pageTitle: parsed.data.title, draft: parsed.data.draft };
}

export async function storeCapture(db: CirculateDb, row: CaptureRow): Promise<void> {
  await db.transaction('rw', db.captures, async () => {
    await db.captures.put(row);
    const old = await db.captures.orderBy('capturedAt').reverse().offset(KEEP_CAPTURES).primaryKeys();
    await db.captures.bulkDelete(old);
  });
}
