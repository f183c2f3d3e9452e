// A pulled page of many documents reads what is stored by the span of its document ids (a count and
// one read a table) instead of a read a row; these check that it finds every stored row it must,
// and falls back to reading row by row when the span holds too many others.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyFresh } from '../../extension/background/notify';
import { CirculateDb, inboxPage, SPAN_MIN, unacknowledgedCount } from '../../extension/db';
import { WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import type { Change } from '../../shared/schemas';
import { circulationChange, documentChange } from './fixtures';
import { installEnglish } from './ui-helpers';

let db: CirculateDb;
let n = 0;
const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
const docId = (i: number) => `01890000-0000-7000-8000-${String(i).padStart(12, '0')}`;
const circId = (i: number, unit: string) => `01890000-0000-7000-9${unit === 'u-fin' ? '000' : '111'}-${String(i).padStart(12, '0')}`;
const ackChange = (seq: number, i: number, unitId: string): Change => ({
  seq,
  entity: 'ack',
  data: { id: `01890000-0000-7000-a000-${String(i).padStart(12, '0')}`, documentId: docId(i), unitId, userId: 'x', at: 'a', serverAt: 'b' },
});
const PAGE = SPAN_MIN + 4;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new CirculateDb(`t-span-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('a pulled page read by the span of its ids', () => {
  it('lists copies whose circulations came a page before their documents', async () => {
    await pulled(Array.from({ length: PAGE }, (_, i) => circulationChange(i + 1, circId(i, 'u-fin'), docId(i), 'u-fin')));
    expect((await inboxPage(db, 'u-fin', 50)).items).toEqual([]);
    await pulled(Array.from({ length: PAGE }, (_, i) => documentChange(100 + i, docId(i), `纪要 ${i}`)));
    const page = await inboxPage(db, 'u-fin', 50);
    expect(page.items.map((x) => x.title).sort()).toEqual(Array.from({ length: PAGE }, (_, i) => `纪要 ${i}`).sort());
  });

  it('keeps acknowledgements stored before the circulation arrives again', async () => {
    const docs = Array.from({ length: PAGE }, (_, i) => documentChange(i + 1, docId(i), `纪要 ${i}`));
    const circs = Array.from({ length: PAGE }, (_, i) => circulationChange(100 + i, circId(i, 'u-fin'), docId(i), 'u-fin'));
    await pulled([...docs, ...circs, ackChange(200, 3, 'u-fin'), ackChange(201, 7, 'u-fin')]);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(PAGE - 2);
    // The service changed the circulations in place (read to act): each copy is rebuilt, its receipts read back.
    await pulled(circs.map((c) => ({ ...c, seq: c.seq + 1000, data: { ...(c.data as object), kind: 'act' } }) as Change));
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(PAGE - 2);
    const acked = (await inboxPage(db, 'u-fin', 50)).items.filter((x) => x.acked).map((x) => x.documentId);
    expect(acked.sort()).toEqual([docId(3), docId(7)]);
    expect(await db.circulations.count()).toBe(PAGE);
  });

  it('reads row by row when the span holds many other rows, with the same result', async () => {
    // 400 documents circulated to another unit, acknowledged there; then my unit gets every 20th.
    const many = 400;
    const docs = Array.from({ length: many }, (_, i) => documentChange(i + 1, docId(i), `纪要 ${i}`));
    const theirs = Array.from({ length: many }, (_, i) => circulationChange(1000 + i, circId(i, 'u-edu'), docId(i), 'u-edu'));
    await pulled([...docs, ...theirs, ...Array.from({ length: many }, (_, i) => ackChange(2000 + i, i, 'u-edu'))]);
    const mine = Array.from({ length: PAGE }, (_, k) => 20 * k);
    await pulled(mine.map((i, k) => circulationChange(5000 + k, circId(i, 'u-fin'), docId(i), 'u-fin')));
    const page = await inboxPage(db, 'u-fin', 50);
    expect(page.items.map((x) => x.documentId).sort()).toEqual(mine.map(docId).sort());
    expect(page.items.every((x) => !x.acked && x.title.startsWith('纪要'))).toBe(true);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(PAGE);
    expect(await unacknowledgedCount(db, 'u-edu')).toBe(0);
    // A new version of every document reaches both units' copies.
    await pulled(docs.map((d, i) => documentChange(9000 + i, docId(i), `修订 ${i}`, 2)));
    expect((await inboxPage(db, 'u-fin', 50)).items.every((x) => x.title.startsWith('修订'))).toBe(true);
    expect((await inboxPage(db, 'u-edu', 1)).items[0].title).toBe(`修订 ${many - 1}`);
  });
});

describe('new-copy notifications after a large pull', () => {
  it('counts the new copies my unit has not acknowledged in one summary', async () => {
    installEnglish();
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    const docs = Array.from({ length: PAGE }, (_, i) => documentChange(i + 1, docId(i), `纪要 ${i}`));
    const circs = Array.from({ length: PAGE }, (_, i) => circulationChange(100 + i, circId(i, 'u-fin'), docId(i), 'u-fin'));
    const fresh = await pulled([...docs, ...circs, ackChange(200, 2, 'u-fin'), ackChange(201, 5, 'u-fin')]);
    const shown = await notifyFresh(db, 'u-fin', { changes: fresh.length, fresh: fresh.filter((c) => c.entity !== 'document'), unreadable: 0 });
    expect(shown).toHaveLength(1);
    expect(create).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(create.mock.calls[0])).toContain(String(PAGE - 2));
  });
});
