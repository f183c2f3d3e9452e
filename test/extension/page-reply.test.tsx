// @vitest-environment jsdom
// The capture script's reply is checked by the schemas in extension/messages.ts: a reply of the
// wrong shape is refused, and the clerk is told so in the UI language, never shown a broken draft.
import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureTab } from '../../extension/background/capture';
import { CirculateDb, type CaptureRow } from '../../extension/db';
import { PageFailure, PageRead, PageText } from '../../extension/messages';
import { CaptureFailed } from '../../extension/ui/CaptureFailed';
import { manualDraft } from '../../extension/ui/capture/manual-entry';
import { noteText } from '../../extension/ui/capture/notes';
import { setLanguage } from '../../extension/ui/i18n';

type Injection = { files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] };

const line = { text: '会议纪要', start: 0, end: 4, gapBefore: false };
const good = { url: 'https://oa.example/m', title: 'OA', page: { kind: 'lines', text: '会议纪要', lines: [line], warnings: [], titleHint: null, wholePage: false } };

/** Replies of the wrong shape, each one field off a good one. */
const MALFORMED: [string, unknown][] = [
  ['nothing', undefined],
  ['a string', 'lines'],
  ['a line without its offsets', { ...good, page: { ...good.page, lines: [{ text: '会议纪要' }] } }],
  ['a negative offset', { ...good, page: { ...good.page, lines: [{ ...line, start: -1 }] } }],
  ['a fractional offset', { ...good, page: { ...good.page, lines: [{ ...line, end: 1.5 }] } }],
  ['an unknown kind', { ...good, page: { kind: 'draft' } }],
  ['HTML instead of lines', { ...good, page: { ...good.page, lines: '<p>会议纪要</p>' } }],
  ['no URL', { title: 'OA', page: good.page }],
  ['a failure without its text', { url: 'https://oa.example/m', title: 'OA', error: 'boom' }],
];

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CirculateDb(`t-reply-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  setLanguage('auto');
  vi.restoreAllMocks();
  await db.delete();
});

/** Captures tab 7, whose capture script replies `reply`; the page-text fallback gives `text` (or fails). */
async function captureReplying(reply: unknown, text?: string): Promise<CaptureRow> {
  fakeBrowser.scripting.executeScript = (async (o: Injection) => {
    if (o.files) return [{ frameId: 0, result: reply }];
    if (o.func && o.args === undefined) {
      if (text === undefined) throw new Error('Cannot access contents of the page');
      return [{ frameId: 0, result: { url: 'https://oa.example/m', title: 'OA', text } }];
    }
    return [{ frameId: 0, result: true }];
  }) as never;
  return captureTab(db, { id: 7, url: 'https://oa.example/m' });
}

describe('the capture script reply schemas (extension/messages.ts)', () => {
  it('accept a well-formed reply, keeping a line’s further fields for the field stages', () => {
    const withMore = { ...good, page: { ...good.page, lines: [{ ...line, heading: true }] } };
    expect(PageRead.parse(withMore).page).toEqual(withMore.page);
    expect(PageFailure.parse({ url: 'u', title: 't', text: 'x', error: 'e' })).toEqual({ url: 'u', title: 't', text: 'x', error: 'e' });
    expect(PageText.safeParse({ url: 'u', title: 't' }).success).toBe(false);
  });

  it.each(MALFORMED)('refuse %s', (_, reply) => {
    expect(PageRead.safeParse(reply).success).toBe(false);
    expect(PageFailure.safeParse(reply).success).toBe(false);
  });
});

describe('a malformed reply from the page', () => {
  it.each(MALFORMED)('(%s) is refused and the clerk is told why, in Chinese and in English', async (_, reply) => {
    const row = await captureReplying(reply);
    expect(row).toMatchObject({ draft: null, errorCode: 'unreadable' });
    expect((await db.captures.get(row.id))?.errorCode).toBe('unreadable');

    setLanguage('zh_CN');
    const zh = render(<CaptureFailed capture={{ ...row, errorCode: 'unreadable' }} />);
    expect(zh.getByTestId('capture-failed').getAttribute('data-code')).toBe('unreadable');
    expect(zh.getByTestId('capture-failed').querySelector('.error')?.textContent).toBe('页面没有返回可读取的内容。');
    // Not a dead end: the same tab can be read again.
    expect(zh.getByTestId('capture-retry')).toBeTruthy();
    cleanup();

    setLanguage('en');
    const en = render(<CaptureFailed capture={{ ...row, errorCode: 'unreadable' }} />);
    expect(en.getByTestId('capture-failed').querySelector('.error')?.textContent).toBe('The page gave nothing this extension can read.');
  });

  it('keeps the page text for manual entry when the page still gives it, with the reason in the UI language', async () => {
    const row = await captureReplying(MALFORMED[2][1], '纪要正文');
    expect(row).toMatchObject({ draft: null, text: '纪要正文', errorCode: undefined });
    setLanguage('zh_CN');
    expect(manualDraft(row).warnings.map(noteText)).toEqual(['未能读取该页面']);
    setLanguage('en');
    expect(manualDraft(row).warnings.map(noteText)).toEqual(['the page could not be read']);
  });
});
