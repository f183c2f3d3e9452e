import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CirculateDb, inboxPage, matchUnit, unacknowledgedCount, unitKey, uuidv7 } from '../../extension/db';
import { DOC_ID, DOC_ID_2, draft } from './fixtures';

const MISSING = '01890000-0000-7000-8000-0000000000ee';
import { SCHEMA_V1, SCHEMA_V4_ADDS, SCHEMA_V7_ADDS } from '../../extension/db/database';
import { uuidv7Time } from '../../extension/db/uuid';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('uuidv7', () => {
  it('makes RFC 9562 version 7 UUIDs carrying the time', () => {
    const id = uuidv7(1_700_000_000_123);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(uuidv7Time(id)).toBe(1_700_000_000_123);
  });

  it('is strictly increasing within one millisecond and when the clock goes back', () => {
    const ids = [uuidv7(1_800_000_000_000), uuidv7(1_800_000_000_000), uuidv7(1_799_999_999_000)];
    for (let i = 0; i < 5000; i++) ids.push(uuidv7(1_800_000_000_001));
    const sorted = [...ids].sort();
    expect(sorted).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('unit matching', () => {
  const units = [
    { id: 'u-fgw', name: '区发展和改革委员会', aliases: ['区发改委'] },
    { id: 'u-edu', name: 'Education Bureau', aliases: [] },
  ];
  it('matches a name or alias ignoring case, spaces and full-width forms', () => {
    expect(matchUnit('区 发改委', units)).toBe('u-fgw');
    expect(matchUnit('区发展和改革委员会', units)).toBe('u-fgw');
    expect(matchUnit('education  BUREAU', units)).toBe('u-edu');
    expect(matchUnit('ＥｄｕｃａｔｉｏｎＢｕｒｅａｕ', units)).toBe('u-edu');
    expect(matchUnit('区财政局', units)).toBeUndefined();
    expect(matchUnit('  ', units)).toBeUndefined();
    expect(unitKey('A\u3000b')).toBe('ab');
  });
});

describe('CirculateDb schema', () => {
  it('opens at the latest version with every table', async () => {
    const db = new CirculateDb('t-latest');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(9);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['acks', 'captureEdits', 'captures', 'circulations', 'copies', 'device', 'documents', 'drafts', 'meta', 'outbox', 'proposals', 'reads', 'reminders', 'taskUpdates', 'tasks', 'units'].sort(),
    );
  });

  it('upgrades a version 1 database: units get their match keys, data is kept', async () => {
    const v1 = new Dexie('t-upgrade');
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('units').put({ id: 'u-fgw', name: '区发展和改革委员会', aliases: ['区 发改委'] });
    await v1.table('meta').put({ key: 'pull.cursor', value: 42 });
    v1.close();

    const db = new CirculateDb('t-upgrade');
    opened.push(db);
    await db.open();
    const unit = await db.units.get('u-fgw');
    expect(unit?.keys).toEqual(['区发展和改革委员会', '区发改委']);
    expect((await db.units.where('keys').equals('区发改委').first())?.id).toBe('u-fgw');
    expect((await db.meta.get('pull.cursor'))?.value).toBe(42);
    await db.captures.put({ id: 'c1', capturedAt: 'x', url: 'u', pageTitle: 't', draft: null });
    expect(await db.captures.count()).toBe(1);
  });
  it('opens a database written by the previous schema (version 2): captures and outbox are kept', async () => {
    const v2 = new Dexie('t-upgrade-v2');
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores({ units: 'id, name, *keys', captures: 'id, capturedAt' });
    await v2.open();
    await v2.table('captures').put({ id: 'c2', capturedAt: '2026-01-01T00:00:00.000Z', url: 'https://oa/x', pageTitle: 'x', draft: null });
    await v2.table('outbox').put({ id: 'm1', type: 'ack.create', at: 'x', payload: {}, state: 'pending', tries: 0, nextAttemptAt: 0 });
    v2.close();

    const db = new CirculateDb('t-upgrade-v2');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(9);
    expect((await db.captures.get('c2'))?.url).toBe('https://oa/x');
    expect((await db.outbox.get('m1'))?.state).toBe('pending');
    await db.captureEdits.put({ documentId: 'd1', url: 'https://oa/x', edits: {}, savedAt: 'x' } as never);
    expect(await db.captureEdits.where('url').equals('https://oa/x').count()).toBe(1);
  });

  it('upgrades a version 3 database: copies are built from circulations, receipts and document headers', async () => {
    const v3 = new Dexie('t-upgrade-v3');
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores({ units: 'id, name, *keys', captures: 'id, capturedAt' });
    v3.version(3).stores({ captureEdits: 'documentId, url' });
    await v3.open();
    const doc = (id: string, title: string, docNumber: string) => ({
      id, url: `https://oa/${id}`, contentHash: 'h', title, meetingDate: '2024-05-26', draft: draft({ title, docNumber }), status: 'saved', savedAt: 'x',
    });
    await v3.table('documents').bulkPut([doc(DOC_ID, '一号纪要', '第1期'), doc(DOC_ID_2, '二号纪要', '第2期')]);
    await v3.table('circulations').bulkPut([
      { id: 'c1', documentId: DOC_ID, unitId: 'u-fin', kind: 'read', createdAt: '2024-05-27T10:00:00Z' },
      { id: 'c1b', documentId: DOC_ID, unitId: 'u-fin', kind: 'act', createdAt: '2024-05-28T10:00:00Z' },
      { id: 'c2', documentId: DOC_ID_2, unitId: 'u-fin', kind: 'read', createdAt: '2024-05-29T10:00:00Z' },
      { id: 'c3', documentId: DOC_ID_2, unitId: 'u-edu', kind: 'read', createdAt: '2024-05-29T10:00:00Z' },
      // Circulated, but the document has not arrived: counted, not listed.
      { id: 'c4', documentId: MISSING, unitId: 'u-fin', kind: 'read', createdAt: '2024-05-30T10:00:00Z' },
    ]);
    await v3.table('acks').put({ id: 'a1', documentId: DOC_ID_2, unitId: 'u-edu', at: 'x' });
    await v3.table('reads').put({ id: 'r1', documentId: DOC_ID, unitId: 'u-fin', at: 'x' });
    v3.close();

    const db = new CirculateDb('t-upgrade-v3');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.copies.count()).toBe(4);
    expect(await db.copies.get(['u-fin', DOC_ID])).toMatchObject({ kind: 'act', circulatedAt: '2024-05-27T10:00:00Z', title: '一号纪要', docNumber: '第1期', read: 1, acked: 0 });
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(3);
    expect(await unacknowledgedCount(db, 'u-edu')).toBe(0);
    const page = await inboxPage(db, 'u-fin', 50);
    expect(page.items.map((i) => [i.title, i.read])).toEqual([['二号纪要', false], ['一号纪要', true]]);
    // The rows the Inbox lists hold no draft.
    expect(Object.keys((await db.copies.get(['u-fin', DOC_ID]))!)).not.toContain('draft');
  });

  it("upgrades a version 7 database: its documents are found by owner unit, newest first", async () => {
    const v7 = new Dexie('t-upgrade-v7');
    v7.version(1).stores(SCHEMA_V1);
    v7.version(2).stores({ units: 'id, name, *keys', captures: 'id, capturedAt' });
    v7.version(3).stores({ captureEdits: 'documentId, url' });
    v7.version(4).stores(SCHEMA_V4_ADDS);
    v7.version(5).stores({ drafts: 'captureId, url' });
    v7.version(6).stores({ device: 'key' });
    v7.version(7).stores(SCHEMA_V7_ADDS);
    await v7.open();
    const doc = (id: string, owner: string | undefined, savedAt: string) => ({
      id, url: `https://oa/${id}`, contentHash: 'h', title: id, meetingDate: null, draft: draft({ title: id }), status: 'saved', savedAt, ...(owner ? { ownerUnitId: owner } : {}),
    });
    await v7.table('documents').bulkPut([doc('a', 'u-office', '2024-01-01'), doc('b', 'u-office', '2024-03-01'), doc('c', 'u-fin', '2024-02-01'), doc('d', undefined, '2024-04-01')]);
    v7.close();

    const db = new CirculateDb('t-upgrade-v7');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.documents.count()).toBe(4);
    const mine = await db.documents.where('[ownerUnitId+savedAt]').between(['u-office', Dexie.minKey], ['u-office', Dexie.maxKey]).reverse().primaryKeys();
    expect(mine).toEqual(['b', 'a']);
  });
});
