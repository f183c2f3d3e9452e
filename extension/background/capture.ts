import { browser } from 'wxt/browser';
import { Converter } from 'opencc-js/t2cn';
import { draftFromPage } from '../../shared/extract/draft';
import type { Fold } from '../../shared/extract/text/fold';
import { uuidv7, type CaptureRow, type CirculateDb } from '../db';
import { PageFailure, PageRead, PageText } from '../messages';
import { PATTERNS_GLOBAL } from '../page/patterns-global';
import { prefs } from '../store';

const KEEP_CAPTURES = 20;

/** How long a page may take to finish loading, then to stop changing, before it is read as it is. */
export const SETTLE = { loadMs: 15_000, quietMs: 400, maxMs: 8_000 };

/**
 * Runs the extractor in the tab (activeTab, granted by the click) and stores the result. A page the
 * browser does not let extensions read is said so at once; a page still loading or still rendering
 * (single-page portals) is waited for, within bounds; a page that refuses the first injection
 * (its document was still being replaced) is tried once more after it has loaded.
 */
export async function captureTab(db: CirculateDb, tab: { id?: number; url?: string; title?: string; status?: string }): Promise<CaptureRow> {
  let row: CaptureRow = {
    id: uuidv7(),
    capturedAt: new Date().toISOString(),
    url: tab.url ?? '',
    pageTitle: tab.title ?? '',
    tabId: tab.id,
    draft: null,
  };
  if (tab.id === undefined) {
    row.errorCode = 'no-tab';
  } else if (tab.url && isRestrictedUrl(tab.url)) {
    row.errorCode = 'restricted';
  } else {
    try {
      row = { ...row, ...(await readTab(tab.id)) };
    } catch (first) {
      try {
        await tabLoaded(tab.id);
        row = { ...row, ...(await readTab(tab.id)) };
      } catch (err) {
        row.error = err instanceof Error ? err.message : String(first);
        row.errorCode = await whyUnreadable(tab.id);
      }
    }
  }
  // The extraction failed: keep at least the page's text, so the clerk can enter the minutes by hand.
  if (!row.draft && row.text === undefined && tab.id !== undefined && row.errorCode !== 'restricted') {
    const page = await readPageText(tab.id);
    if (page) row = { ...row, url: page.url || row.url, pageTitle: page.title || row.pageTitle, text: page.text, errorCode: undefined };
  }
  await storeCapture(db, row);
  return row;
}

async function readTab(tabId: number): Promise<Partial<CaptureRow>> {
  await tabLoaded(tabId);
  await browser.scripting.executeScript({ target: { tabId }, func: settle, args: [SETTLE.quietMs, SETTLE.maxMs] });
  // The admin's extra profile patterns reach the capture script through the isolated world the
  // two share; page scripts cannot see it.
  const patterns = await prefs.profilePatterns.get();
  await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, value: unknown) => {
      (globalThis as Record<string, unknown>)[name] = value;
    },
    args: [PATTERNS_GLOBAL, patterns],
  });
  const results = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/content.js'],
  });
  return fromResult(results?.[0]?.result);
}

/**
 * Runs in the page: resolves once the document has loaded and its DOM has not changed for `quietMs`
 * (a single-page portal fills the page after load), or after `maxMs` in any case. Self-contained:
 * it is serialized into the page.
 */
export function settle(quietMs: number, maxMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (settled: boolean) => {
      observer.disconnect();
      document.removeEventListener('readystatechange', arm);
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve(settled);
    };
    const arm = () => {
      clearTimeout(quiet);
      if (document.readyState === 'complete') quiet = setTimeout(() => finish(true), quietMs);
    };
    const observer = new MutationObserver(arm);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    document.addEventListener('readystatechange', arm);
    const cap = setTimeout(() => finish(false), maxMs);
    arm();
  });
}

/** Waits (bounded) until the tab has finished loading its page; a closed tab resolves at once. */
async function tabLoaded(tabId: number): Promise<void> {
  const status = async () => (await browser.tabs.get(tabId).catch(() => null))?.status ?? 'complete';
  if ((await status()) === 'complete') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    browser.tabs.onUpdated.addListener(listener);
    const timer = setTimeout(done, SETTLE.loadMs);
    // It may have completed between the first look and the listener.
    void status().then((s) => s === 'complete' && done());
  });
}

/** Pages no extension may read: the browser's own pages and its extension stores. */
export function isRestrictedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) return true;
  const host = u.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  );
}

/** A closed tab, or a page the extension was not granted (a frame or a new page after the click). */
async function whyUnreadable(tabId: number): Promise<CaptureRow['errorCode']> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return 'no-tab';
  if (tab.url && isRestrictedUrl(tab.url)) return 'restricted';
  return 'no-access';
}

/**
 * Turns the script's return value into capture fields, reading the draft from the page's lines;
 * anything malformed becomes an error.
 */
export function fromResult(result: unknown): Pick<CaptureRow, 'url' | 'pageTitle' | 'draft'> | Pick<CaptureRow, 'url' | 'pageTitle' | 'text' | 'error'> | Pick<CaptureRow, 'error' | 'errorCode'> {
  const parsed = PageRead.safeParse(result);
  if (parsed.success) return { url: parsed.data.url, pageTitle: parsed.data.title, draft: draftFromPage(parsed.data.page, { fold: traditionalToSimplified }) };
  const failed = PageFailure.safeParse(result);
  if (failed.success) return { url: failed.data.url, pageTitle: failed.data.title, text: failed.data.text, error: failed.data.error };
  return { error: 'the page could not be read', errorCode: 'unreadable' };
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
async function readPageText(tabId: number): Promise<PageText | null> {
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
