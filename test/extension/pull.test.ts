import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CirculateDb, getMeta, inboxPage, META, unacknowledgedCount } from '../../extension/db';
import { AuthError, enqueue, pull } from '../../extension/sync';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange, draft, unitChange } from './fixtures';
import { FakeService } from './fake-service';

let db: CirculateDb;
let svc: FakeService;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-pull-${n++}`);
  await db.open();
  svc = new FakeService();
});
afterEach(async () => {
  await db.delete();
});

const conn = () => ({ server: 'http://svc.test', token: svc.token, fetch: svc.fetch });

describe('pull', () => {
  it('pages until `more` is false, applying changes and storing the cursor', async () => {
    svc.changes = [
      unitChange(1, 'u-fin', '区财政局', ['财政局']),
      unitChange(2, 'u-edu', '区教育局'),
      documentChange(3, DOC_ID, '纪要一'),
      circulationChange(5, '01890000-0000-7000-8000-0000000000c1', DOC_ID, 'u-fin'),
      { seq: 6, entity: 'ack', data: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID, unitId: 'u-fin', userId: 'x', at: 'a', serverAt: 'b' } },
    ];
    const summary = await pull(db, conn(), { limit: 2 });
    expect(summary.changes).toBe(5);
    expect(svc.calls.map((c) => new URL(c.url).searchParams.get('since'))).toEqual(['0', '2', '5']);
    expect(await getMeta(db, META.cursor)).toBe(6);
    expect((await db.units.get('u-fin'))?.keys).toEqual(['区财政局', '财政局']);
    expect(await db.documents.get(DOC_ID)).toMatchObject({ title: '纪要一', status: 'saved', serverVersion: 1 });
    expect(await db.circulations.count()).toBe(1);
    expect(await db.acks.count()).toBe(1);

    // The next pull starts after the stored cursor and reports only what is new.
    svc.changes.push(documentChange(7, DOC_ID_2, '纪要二'), circulationChange(8, '01890000-0000-7000-8000-0000000000c2', DOC_ID_2, 'u-fin'));
    svc.calls = [];
    const next = await pull(db, conn());
    expect(svc.calls.map((c) => new URL(c.url).searchParams.get('since'))).toEqual(['6']);
    // Documents are not kept in the summary: their circulations carry the news.
    expect(next.fresh.map((c) => c.entity)).toEqual(['circulation']);
  });

  it("replaces a local circulation for the same document and unit: the server's row, never two", async () => {
    const LOCAL = '01890000-0000-7000-8000-0000000000c9';
    const SERVER = '01890000-0000-7000-8000-0000000000c1';
    await enqueue(db, { type: 'circulation.create', payload: { id: LOCAL, documentId: DOC_ID, unitId: 'u-fin', kind: 'act' } }, { unitId: 'u-office' });
    await db.circulations.put({ id: '01890000-0000-7000-8000-0000000000c8', documentId: DOC_ID, unitId: 'u-edu', kind: 'read', createdAt: 'x' });
    // The service upgraded its 'read' circulation to 'act' in place, under the original id.
    svc.changes = [{ ...circulationChange(1, SERVER, DOC_ID, 'u-fin'), data: { ...circulationChange(1, SERVER, DOC_ID, 'u-fin').data, kind: 'act' } } as never];
    const first = await pull(db, conn());
    const rows = await db.circulations.where('[documentId+unitId]').equals([DOC_ID, 'u-fin']).toArray();
    expect(rows.map((r) => [r.id, r.kind])).toEqual([[SERVER, 'act']]);
    // Another unit's row is left alone, and the replaced pair is not announced as new.
    expect(await db.circulations.get('01890000-0000-7000-8000-0000000000c8')).toBeTruthy();
    expect(first.fresh).toEqual([]);

    // Pulled again (same id, new kind): still one row, updated.
    await db.meta.clear();
    svc.changes = [circulationChange(2, SERVER, DOC_ID, 'u-fin')];
    await pull(db, conn());
    expect((await db.circulations.where('[documentId+unitId]').equals([DOC_ID, 'u-fin']).toArray()).map((r) => [r.id, r.kind])).toEqual([[SERVER, 'read']]);
    expect(await db.circulations.count()).toBe(2);
  });

  it('keeps a local edit that is not pushed yet, learning only the server version', async () => {
    await enqueue(
      db,
      { type: 'document.put', payload: { id: DOC_ID, contentHash: 'localhash1', url: 'u', title: '本地标题', draft: draft() } },
      { unitId: 'u-office' },
    );
    svc.changes = [documentChange(1, DOC_ID, '服务器标题', 4)];
    await pull(db, conn());
    expect(await db.documents.get(DOC_ID)).toMatchObject({ title: '本地标题', serverVersion: 4 });
  });

  it('stores a page and its cursor together: a failure leaves neither', async () => {
    svc.changes = [unitChange(1, 'u-fin', '区财政局'), documentChange(2, DOC_ID, '纪要')];
    const put = vi.spyOn(db.documents, 'bulkPut').mockRejectedValueOnce(new Error('boom'));
    await expect(pull(db, conn())).rejects.toThrow('boom');
    put.mockRestore();
    expect(await getMeta(db, META.cursor)).toBeUndefined();
    expect(await db.units.count()).toBe(0);
    await pull(db, conn());
    expect(await getMeta(db, META.cursor)).toBe(2);
    expect(await db.units.count()).toBe(1);
  });

  it('skips a change it cannot read instead of stopping', async () => {
    svc.changes = [
      { seq: 1, entity: 'hologram', data: {} } as never,
      unitChange(2, 'u-fin', '区财政局'),
    ];
    const summary = await pull(db, conn());
    expect(summary.unreadable).toBe(1);
    expect(await db.units.count()).toBe(1);
  });

  it('a pull with nothing new writes nothing: no transaction holds the tables the views read', async () => {
    svc.changes = [documentChange(1, DOC_ID, '纪要一'), circulationChange(2, '01890000-0000-7000-8000-0000000000c1', DOC_ID, 'u-fin')];
    await pull(db, conn());
    expect(await getMeta(db, META.cursor)).toBe(2);
    const tx = vi.spyOn(db, 'transaction');
    const summary = await pull(db, conn());
    expect(summary.changes).toBe(0);
    expect(tx).not.toHaveBeenCalled();
    expect(await getMeta(db, META.cursor)).toBe(2);
    // Something new is written as before.
    svc.changes.push(documentChange(3, DOC_ID_2, '纪要二'));
    await pull(db, conn());
    expect(tx).toHaveBeenCalledTimes(1);
    expect(await getMeta(db, META.cursor)).toBe(3);
  });

  it('throws AuthError on 401', async () => {
    await expect(pull(db, { ...conn(), token: 'bad' })).rejects.toBeInstanceOf(AuthError);
  });

  it('writes each page in one transaction, one bulk write per table, with the copies the Inbox lists', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => `01890000-0000-7000-8000-${String(100 + i).padStart(12, '0')}`);
    let seq = 0;
    for (const [i, id] of docs.entries()) {
      svc.changes.push(documentChange(++seq, id, `纪要${i}`));
      const c = circulationChange(++seq, `01890000-0000-7000-8000-${String(500 + i).padStart(12, '0')}`, id, 'u-fin');
      svc.changes.push({ ...c, data: { ...c.data, createdAt: `2024-06-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` } } as never);
    }
    const tx = vi.spyOn(db, 'transaction');
    const bulk = vi.spyOn(db.documents, 'bulkPut');
    const single = vi.spyOn(db.documents, 'put');
    await pull(db, conn(), { limit: 20 });
    expect(tx).toHaveBeenCalledTimes(3);
    expect(bulk).toHaveBeenCalledTimes(3);
    expect(single).not.toHaveBeenCalled();
    expect(await getMeta(db, META.cursor)).toBe(60);
    expect(await db.copies.count()).toBe(30);
    const page = await inboxPage(db, 'u-fin', 5);
    expect(page.items.map((i) => i.title)).toEqual(['纪要29', '纪要28', '纪要27', '纪要26', '纪要25']);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(30);
  });

  it('a document version it already has is not written again (it arrives once, not with each circulation)', async () => {
    svc.changes = [documentChange(1, DOC_ID, '纪要')];
    await pull(db, conn());
    await db.documents.update(DOC_ID, { savedAt: 'marker' });
    // An older service repeats the same version with a circulation; the stored row is left alone.
    svc.changes.push(documentChange(2, DOC_ID, '纪要'), circulationChange(3, '01890000-0000-7000-8000-0000000000c1', DOC_ID, 'u-fin'));
    await pull(db, conn());
    expect((await db.documents.get(DOC_ID))?.savedAt).toBe('marker');
    expect((await db.copies.get(['u-fin', DOC_ID]))?.title).toBe('纪要');
    // A new version is written, and the copy shows its new title.
    svc.changes.push(documentChange(4, DOC_ID, '纪要（修订）', 2));
    await pull(db, conn());
    expect(await db.documents.get(DOC_ID)).toMatchObject({ title: '纪要（修订）', serverVersion: 2 });
    expect((await inboxPage(db, 'u-fin', 50)).items.map((i) => i.title)).toEqual(['纪要（修订）']);
  });

  it('lists a copy once its document arrives, even in a later page', async () => {
    svc.changes = [circulationChange(1, '01890000-0000-7000-8000-0000000000c1', DOC_ID, 'u-fin')];
    await pull(db, conn());
    expect((await inboxPage(db, 'u-fin', 50)).items).toEqual([]);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(1);
    svc.changes.push(documentChange(2, DOC_ID, '后到的纪要'));
    await pull(db, conn());
    expect((await inboxPage(db, 'u-fin', 50)).items.map((i) => i.title)).toEqual(['后到的纪要']);
  });
});
