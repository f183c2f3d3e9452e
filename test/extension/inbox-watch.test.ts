import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb, watchInboxAhead, watchInboxPage, type InboxPage } from '../../extension/db';
import { WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import type { Change } from '../../shared/schemas';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange } from './fixtures';
import { settle } from './ui-helpers';

let db: CirculateDb;
let n = 0;
const OTHER = '01890000-0000-7000-8000-0000000000ff';
const LATER = '01890000-0000-7000-8000-0000000000fe';
const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));

beforeEach(async () => {
  db = new CirculateDb(`t-inbox-watch-${n++}`);
  await db.open();
  await pulled([documentChange(1, DOC_ID, '旧纪要'), documentChange(2, DOC_ID_2, '新纪要'), circulationChange(3, 'c1', DOC_ID, 'u-fin'), circulationChange(4, 'c2', DOC_ID_2, 'u-fin')]);
});
afterEach(async () => {
  await settle();
  await db.delete();
});

/** Watches u-fin's Inbox; `pages` holds every page delivered, `next(k)` waits for the k-th. */
function watch(limit = 50) {
  const pages: InboxPage[] = [];
  const waiters: (() => void)[] = [];
  const stop = watchInboxPage(db, 'u-fin', limit, {
    page: (p) => {
      pages.push(p);
      waiters.splice(0).forEach((w) => w());
    },
    error: (err) => {
      throw err;
    },
  });
  const next = async (k: number) => {
    while (pages.length < k) await new Promise<void>((r) => waiters.push(r));
    return pages[k - 1];
  };
  return { pages, next, stop };
}

describe('watchInboxPage', () => {
  it('delivers the page at once, then again when a copy it shows changes', async () => {
    const w = watch();
    expect((await w.next(1)).items.map((i) => i.title)).toEqual(['新纪要', '旧纪要']);
    await db.copies.update(['u-fin', DOC_ID], { acked: 1, ackIds: ['a-1'] });
    expect((await w.next(2)).items.find((i) => i.documentId === DOC_ID)?.acked).toBe(true);
    w.stop();
  });

  it("wakes for a new copy of the unit or a reminder (through its copy), not for another unit's copy", async () => {
    const w = watch();
    await w.next(1);
    await pulled([documentChange(5, OTHER, '别的单位的纪要'), circulationChange(6, 'c3', OTHER, 'u-other')]);
    await pulled([{ seq: 7, entity: 'reminder', data: { id: '01890000-0000-7000-8000-0000000000d1', unitId: 'u-fin', documentId: DOC_ID, taskId: null, message: '请尽快签收', fromUserId: 'user-9', at: '2024-06-01T00:00:00Z' } }]);
    expect((await w.next(2)).items.find((i) => i.documentId === DOC_ID)?.reminder?.message).toBe('请尽快签收');
    await settle();
    // The other unit's copy woke nothing: one page for the reminder only.
    expect(w.pages).toHaveLength(2);
    await pulled([documentChange(8, LATER, '最新纪要'), circulationChange(9, 'c4', LATER, 'u-fin')]);
    expect((await w.next(3)).items[0].title).toBe('最新纪要');
    w.stop();
  });

  it('delivers nothing once stopped', async () => {
    const w = watch(1);
    expect((await w.next(1)).more).toBe(true);
    w.stop();
    await db.copies.update(['u-fin', DOC_ID_2], { acked: 1, ackIds: ['a-2'] });
    await settle();
    expect(w.pages).toHaveLength(1);
  });

  it('takes over a read started ahead: a page already read is delivered inside the call', async () => {
    await watchInboxAhead(db, 'u-fin', 50);
    const pages: InboxPage[] = [];
    const stop = watchInboxPage(db, 'u-fin', 50, { page: (p) => pages.push(p), error: (err) => { throw err; } });
    expect(pages.map((p) => p.items.map((i) => i.title))).toEqual([['新纪要', '旧纪要']]);
    await settle();
    expect(pages).toHaveLength(1);
    stop();
  });

  it('a read started ahead still sees a write made before its view took it over', async () => {
    watchInboxAhead(db, 'u-fin', 50);
    await db.copies.update(['u-fin', DOC_ID], { acked: 1, ackIds: ['a-1'] });
    const w = watch();
    let page = await w.next(1);
    while (!page.items.find((i) => i.documentId === DOC_ID)?.acked) page = await w.next(w.pages.length + 1);
    expect(page.items.find((i) => i.documentId === DOC_ID)?.acked).toBe(true);
    w.stop();
  });

  it('a read started ahead for another unit or page size is not taken', async () => {
    await watchInboxAhead(db, 'u-other', 50);
    const w = watch(1);
    const page = await w.next(1);
    expect(page.items.map((i) => i.title)).toEqual(['新纪要']);
    expect(page.more).toBe(true);
    w.stop();
  });
});
