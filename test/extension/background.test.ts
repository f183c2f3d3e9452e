import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connection, tokenRejected } from '../../extension/background/auth';
import { captureTab } from '../../extension/background/capture';
import { handleMessage } from '../../extension/background/handler';
import { notifyFresh } from '../../extension/background/notify';
import { CirculateDb, getMeta, META, setMeta, unacknowledgedCount } from '../../extension/db';
import { readEnrollment, readToken, storeEnrolledDevice } from '../../extension/enrollment';
import { enqueue, WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import type { Change } from '../../shared/schemas';
import { linesFromText } from '../../shared/extract/linearize/lines';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange } from './fixtures';
import { FakeService } from './fake-service';

let db: CirculateDb;
let svc: FakeService;
let n = 0;
const PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

beforeEach(async () => {
  fakeBrowser.reset();
  db = new CirculateDb(`t-bg-${n++}`);
  await db.open();
  svc = new FakeService();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function deps() {
  const syncs: unknown[] = [];
  return {
    syncs,
    d: {
      db,
      fetch: svc.fetch,
      engine: { sync: async (o?: unknown) => (syncs.push(o), { status: 'ok' as const, push: { applied: 0, duplicate: 0, rejected: 0 }, pull: { changes: 0, fresh: [], unreadable: 0 } }) },
    },
  };
}

describe('background message handler', () => {
  it('refuses privileged messages from content scripts and web pages', async () => {
    const { d, syncs } = deps();
    const fromContent = { id: fakeBrowser.runtime.id, url: 'https://oa.example/page', tab: { id: 3 } };
    expect(await handleMessage({ type: 'sync' }, fromContent, d)).toEqual({ ok: false, error: 'forbidden' });
    expect(await handleMessage({ type: 'signOut' }, { id: 'other-extension', url: PAGE().url }, d)).toEqual({ ok: false, error: 'forbidden' });
    expect(await handleMessage({ type: 'enroll', server: 'https://svc.test', code: 'GOOD-CODE' }, fromContent, d)).toMatchObject({ ok: false });
    expect(syncs).toHaveLength(0);
    expect(await readToken(db)).toBeNull();
  });

  it('validates messages with zod', async () => {
    const { d } = deps();
    expect(await handleMessage({ type: 'enroll', server: 'x' }, PAGE(), d)).toEqual({ ok: false, error: 'invalid-message' });
    expect(await handleMessage('sync', PAGE(), d)).toEqual({ ok: false, error: 'invalid-message' });
  });

  it('enrolls: stores the token (background only) and the profile, resets the cursor, starts a sync', async () => {
    const { d, syncs } = deps();
    await setMeta(db, META.cursor, 77);
    const reply = await handleMessage({ type: 'enroll', server: 'https://svc.test/', code: 'GOOD-CODE', deviceName: 'desk' }, PAGE(), d);
    expect(reply).toEqual({ ok: true, user: { id: 'user-1', role: 'clerk', unitId: 'u-office' } });
    expect(svc.calls[0]).toMatchObject({ url: 'https://svc.test/api/enroll', body: { code: 'GOOD-CODE', deviceName: 'desk' } });
    expect(await readToken(db)).toBe('tok-1');
    const profile = await readEnrollment(db);
    expect(profile).toEqual({ server: 'https://svc.test', deviceName: 'desk', user: { id: 'user-1', role: 'clerk', unitId: 'u-office' }, state: 'enrolled' });
    expect(JSON.stringify(profile)).not.toContain('tok-1');
    expect(await getMeta(db, META.cursor)).toBe(0);
    expect(syncs).toEqual([{ force: true }]);
    expect(await connection(db)).toMatchObject({ server: 'https://svc.test', token: 'tok-1' });
  });

  it('reports a refused code and a bad URL plainly', async () => {
    const { d } = deps();
    expect(await handleMessage({ type: 'enroll', server: 'https://svc.test', code: 'BAD-CODE' }, PAGE(), d)).toEqual({
      ok: false,
      error: 'code-refused',
    });
    expect(await handleMessage({ type: 'enroll', server: 'ftp://svc.test', code: 'GOOD-CODE' }, PAGE(), d)).toMatchObject({ ok: false });
    expect(await readToken(db)).toBeNull();
  });

  it('signs out: forgets the token, keeps the outbox', async () => {
    const { d } = deps();
    await handleMessage({ type: 'enroll', server: 'https://svc.test', code: 'GOOD-CODE' }, PAGE(), d);
    await db.outbox.put({ id: 'x', type: 'ack.create', at: 'a', payload: { id: 'p' }, state: 'pending', tries: 0, nextAttemptAt: 0 });
    expect(await handleMessage({ type: 'signOut' }, PAGE(), d)).toEqual({ ok: true });
    expect(await readToken(db)).toBeNull();
    expect((await readEnrollment(db)).state).toBe('signed-out');
    expect(await db.outbox.count()).toBe(1);
    expect(await connection(db)).toBeNull();
  });

  it('signs out and, when asked, deletes the local data too', async () => {
    const { d } = deps();
    await handleMessage({ type: 'enroll', server: 'https://svc.test', code: 'GOOD-CODE' }, PAGE(), d);
    await db.outbox.put({ id: 'x', type: 'ack.create', at: 'a', payload: { id: 'p' }, state: 'pending', tries: 0, nextAttemptAt: 0 });
    await db.units.put({ id: 'u1', name: 'n', aliases: [], keys: ['n'] });
    await db.meta.put({ key: 'pull.cursor', value: 9 });
    expect(await handleMessage({ type: 'signOut', forgetData: true }, PAGE(), d)).toEqual({ ok: true });
    expect(await readToken(db)).toBeNull();
    expect((await readEnrollment(db)).state).toBe('signed-out');
    expect([await db.outbox.count(), await db.units.count(), await db.meta.count()]).toEqual([0, 0, 0]);
  });

  it('forwards a highlight request from the panel to the captured tab, validated', async () => {
    const { d } = deps();
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ found: true } as never);
    expect(await handleMessage({ type: 'highlight', tabId: 4, quote: '关成启', prefix: '会议由' }, PAGE(), d)).toEqual({ ok: true, found: true });
    expect(toTab).toHaveBeenLastCalledWith(4, { type: 'circulate.highlight', quote: '关成启', prefix: '会议由', suffix: '' });
    expect(await handleMessage({ type: 'highlight', tabId: 4, quote: '' }, PAGE(), d)).toEqual({ ok: true, found: true });
    expect(toTab).toHaveBeenLastCalledWith(4, { type: 'circulate.clearHighlight' });
    // A closed tab is not an error.
    toTab.mockRejectedValue(new Error('Could not establish connection'));
    expect(await handleMessage({ type: 'highlight', tabId: 4, quote: 'x' }, PAGE(), d)).toEqual({ ok: true, found: false });
    expect(await handleMessage({ type: 'highlight', tabId: -1, quote: 'x' }, PAGE(), d)).toEqual({ ok: false, error: 'invalid-message' });
  });

  it('a refused token (401) is forgotten and the profile asks to enroll again', async () => {
    await storeEnrolledDevice(db, 't', { server: 's', deviceName: 'd', user: { id: 'u', role: 'clerk', unitId: 'x' }, state: 'enrolled' });
    await tokenRejected(db);
    expect(await readToken(db)).toBeNull();
    expect(await readEnrollment(db)).toMatchObject({ state: 'expired', user: { id: 'u' } });
  });
});

describe('capture on click', () => {
  it('injects the content script into the tab and stores its result as the latest capture', async () => {
    // The content script sends the page's lines; the background reads the fields from them.
    const page = { kind: 'lines', ...linesFromText('区政府常务会议纪要\n会议由张三主持。\n会议议定：\n一、由区发改委牵头制定方案，6月底前完成。'), warnings: [], titleHint: null, wholePage: false };
    const exec = vi.fn(async () => [{ frameId: 0, result: { url: 'https://oa.example/m', title: 'OA', page } }]);
    fakeBrowser.scripting.executeScript = exec as never;
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/m' });
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(row.draft?.title).toBe('区政府常务会议纪要');
    expect((await db.captures.orderBy('capturedAt').last())?.id).toBe(row.id);
  });

  it('stores a failure as a capture with its reason, by code', async () => {
    const exec = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    fakeBrowser.scripting.executeScript = exec as never;
    // The browser's own pages are not even tried.
    expect(await captureTab(db, { id: 7, url: 'chrome://settings' })).toMatchObject({ draft: null, errorCode: 'restricted' });
    expect(await captureTab(db, { id: 7, url: 'https://chromewebstore.google.com/detail/x' })).toMatchObject({ errorCode: 'restricted' });
    expect(exec).not.toHaveBeenCalled();
    // A page that refuses twice (tried again once it has loaded), in a tab that is gone by then.
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/m' });
    expect(row).toMatchObject({ draft: null, error: 'Cannot access contents of the page', errorCode: 'no-tab' });
    fakeBrowser.scripting.executeScript = (async () => [{ frameId: 0, result: { nonsense: true } }]) as never;
    expect(await captureTab(db, { id: 7 })).toMatchObject({ error: 'the page could not be read', errorCode: 'unreadable' });
    expect(await db.captures.count()).toBe(4);
  });

  it('reads a page that refused the first injection on the second, once loaded', async () => {
    const page = { kind: 'lines', ...linesFromText('区政府常务会议纪要\n会议议定：\n一、由区发改委牵头制定方案。'), warnings: [], titleHint: null, wholePage: false };
    let calls = 0;
    fakeBrowser.scripting.executeScript = (async (o: { files?: string[] }) => {
      calls += 1;
      if (calls === 1) throw new Error('Frame with ID 0 was removed.');
      return [{ frameId: 0, result: o.files ? { url: 'https://oa.example/m', title: 'OA', page } : true }];
    }) as never;
    const row = await captureTab(db, { id: 7, url: 'https://oa.example/m' });
    expect(row.errorCode).toBeUndefined();
    expect(row.draft?.title).toBe('区政府常务会议纪要');
  });
});

describe('badge count', () => {
  const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
  const ack = (seq: number, id: string, documentId: string, unitId: string): Change => ({
    seq,
    entity: 'ack',
    data: { id, documentId, unitId, userId: 'x', at: 'x', serverAt: 'x' },
  });

  it('counts documents circulated to my unit and not acknowledged by it, from the copies index', async () => {
    await pulled([
      circulationChange(1, 'c1', DOC_ID, 'u-fin'),
      // A second circulation of the same document to the same unit is the same copy.
      { ...circulationChange(2, 'c1b', DOC_ID, 'u-fin'), data: { ...circulationChange(2, 'c1b', DOC_ID, 'u-fin').data, kind: 'act' } } as Change,
      circulationChange(3, 'c2', DOC_ID_2, 'u-fin'),
      circulationChange(4, 'c3', DOC_ID_2, 'u-edu'),
    ]);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(2);
    expect(await unacknowledgedCount(db, 'u-edu')).toBe(1);
    await pulled([ack(5, 'a1', DOC_ID_2, 'u-edu')]);
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(2);
    expect(await unacknowledgedCount(db, 'u-edu')).toBe(0);
    // This device's own acknowledgement counts at once, before it is pushed.
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a2', documentId: DOC_ID } }, { unitId: 'u-fin' });
    expect(await unacknowledgedCount(db, 'u-fin')).toBe(1);
  });
});

describe('notifications', () => {
  const pulled = (fresh: Parameters<typeof notifyFresh>[2]['fresh']) => ({ changes: fresh.length, fresh, unreadable: 0 });

  it('announces new copies for my unit that are not acknowledged, and reminders to it', async () => {
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    const fresh: Change[] = [
      documentChange(1, DOC_ID, '纪要'),
      circulationChange(2, 'c-1', DOC_ID, 'u-fin'),
      circulationChange(3, 'c-2', DOC_ID_2, 'u-fin'),
      circulationChange(4, 'c-3', DOC_ID, 'u-edu'),
      { seq: 5, entity: 'reminder', data: { id: '01890000-0000-7000-8000-0000000000d1', unitId: 'u-fin', documentId: DOC_ID, taskId: null, message: '请签收', fromUserId: 's', at: 'x' } },
    ];
    // Notifications come once the pull is stored: the Inbox rows as it leaves them, where my unit
    // has already acknowledged the second document (from another device).
    const copy = { unitId: 'u-fin', kind: 'read' as const, circulatedAt: 'x', listedAt: 'x', read: 0 as const };
    await db.copies.bulkPut([
      { ...copy, documentId: DOC_ID, title: '纪要', acked: 0, ackIds: [] },
      { ...copy, documentId: DOC_ID_2, title: '另一份', acked: 1, ackIds: ['a'] },
    ]);
    const shown = await notifyFresh(db, 'u-fin', pulled(fresh));
    expect(shown).toEqual(['rem-01890000-0000-7000-8000-0000000000d1', 'circ-c-1']);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('sums many new copies up in one notification', async () => {
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    const many = [1, 2, 3, 4, 5].map((i) => circulationChange(i, `c-${i}`, `01890000-0000-7000-8000-00000000010${i}`, 'u-fin'));
    const shown = await notifyFresh(db, 'u-fin', pulled(many));
    expect(shown).toHaveLength(1);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
