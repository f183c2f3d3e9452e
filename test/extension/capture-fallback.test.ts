// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureTab } from '../../extension/background/capture';
import { PageFailure } from '../../extension/messages';
import { CirculateDb } from '../../extension/db';

vi.mock('../../shared/extract/page', () => ({
  readPage: () => {
    throw new Error('extractor crashed');
  },
}));

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CirculateDb(`t-fallback-${n++}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

type Injection = { files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] };

describe('a failed extraction loses nothing', () => {
  it('the content script returns the page text and the error when the extractor throws', async () => {
    const content = (await import('../../extension/entrypoints/content')).default;
    document.body.innerHTML = '<h1>区政府常务会议纪要</h1><p>会议议定：由区财政局负责。</p>';
    const parsed = PageFailure.parse(await content.main({} as never));
    expect(parsed.error).toBe('extractor crashed');
    expect(parsed.text).toContain('会议议定：由区财政局负责。');
  });

  it('keeps the text the content script sent back with its error', async () => {
    const exec = vi.fn(async (_: Injection) => [{ frameId: 0, result: { url: 'https://oa.example/m', title: 'OA', text: '纪要正文', error: 'extractor crashed' } }]);
    fakeBrowser.scripting.executeScript = exec as never;
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/m' });
    expect(row).toMatchObject({ draft: null, text: '纪要正文', error: 'extractor crashed' });
    // The page is let settle, the admin's profile patterns are set in the tab, then the capture script runs once.
    expect(exec.mock.calls.map(([o]) => (o.files ? 'content' : o.args?.[0] === '__circulateProfilePatterns' ? 'patterns' : 'settle'))).toEqual(['settle', 'patterns', 'content']);
    expect(exec.mock.calls[1][0]).toMatchObject({ target: { tabId: 7 }, args: ['__circulateProfilePatterns', {}] });
    expect(exec.mock.calls.filter(([o]) => o.files)).toHaveLength(1);
    expect((await db.captures.get(row.id))?.text).toBe('纪要正文');
  });

  it('reads the page text by itself when the content script gives nothing usable', async () => {
    const exec = vi.fn(async (o: Injection) => {
      if (o.files) throw new Error('Script failed to load');
      return [{ frameId: 0, result: { url: 'https://oa.example/m2', title: 'OA page', text: '页面正文' } }];
    });
    fakeBrowser.scripting.executeScript = exec as never;
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/m' });
    expect(row).toMatchObject({ draft: null, error: 'Script failed to load', text: '页面正文', url: 'https://oa.example/m2', pageTitle: 'OA page' });
    const fallback = exec.mock.calls.at(-1)![0];
    expect(fallback).toMatchObject({ target: { tabId: 7 } });
    expect(fallback.files).toBeUndefined();
    expect(typeof fallback.func).toBe('function');
  });

  it('still stores the failure, loudly, when the page cannot be read at all', async () => {
    fakeBrowser.scripting.executeScript = (async () => {
      throw new Error('Cannot access contents of the page');
    }) as never;
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/frame-only' });
    expect(row).toMatchObject({ draft: null, error: 'Cannot access contents of the page', errorCode: 'no-tab' });
    expect(row.text).toBeUndefined();
    expect(await db.captures.count()).toBe(1);
  });
});

describe('the page is let settle before it is read', () => {
  it('waits for a page that is still changing, and for no longer than its bound', async () => {
    const { settle } = await import('../../extension/background/capture');
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>loading…</p>';
      let settled: boolean | null = null;
      void settle(400, 5_000).then((v) => (settled = v));
      // A portal filling itself in: every change restarts the quiet period.
      for (let i = 0; i < 5; i++) {
        await vi.advanceTimersByTimeAsync(300);
        document.body.insertAdjacentHTML('beforeend', `<p>第${i}段</p>`);
        await vi.advanceTimersByTimeAsync(0);
        expect(settled).toBeNull();
      }
      await vi.advanceTimersByTimeAsync(399);
      expect(settled).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);

      // A page that never stops changing is read anyway, at the bound.
      let bounded: boolean | null = null;
      void settle(400, 2_000).then((v) => (bounded = v));
      for (let i = 0; i < 12 && bounded === null; i++) {
        document.body.insertAdjacentHTML('beforeend', '<i>.</i>');
        await vi.advanceTimersByTimeAsync(200);
      }
      expect(bounded).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
