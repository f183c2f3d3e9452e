import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connection, enroll, EnrollError, signOut } from '../../extension/background/auth';
import { CirculateDb } from '../../extension/db';
import { migrateLegacyEnrollment, readEnrollment, readToken, storeEnrolledDevice } from '../../extension/enrollment';
import { LEGACY_KEYS } from '../../extension/store';
import { checkServer, enqueue, ProtocolError, requestJson, SyncEngine } from '../../extension/sync';
import { DOC_ID } from './fixtures';
import { FakeService } from './fake-service';

let db: CirculateDb;
let svc: FakeService;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CirculateDb(`t-device-${n++}`);
  await db.open();
  svc = new FakeService();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const USER = { id: 'u1', role: 'clerk' as const, unitId: 'x' };

describe('the device token', () => {
  it('is kept in the extension database, never in storage.local, and survives reopening it', async () => {
    await enroll(db, { server: 'https://svc.test', code: 'GOOD-CODE', deviceName: 'desk' }, svc.fetch);
    // storage.local holds only the admin policy last read (no secret): neither the token nor who we are.
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toEqual(['policy.lastRead']);
    expect(JSON.stringify(local)).not.toMatch(/tok-1|svc\.test|desk/);
    // A browser restart: the same database opened again.
    db.close();
    const again = new CirculateDb(db.name);
    await again.open();
    expect(await readToken(again)).toBe('tok-1');
    expect((await readEnrollment(again)).state).toBe('enrolled');
    again.close();
    await db.open();
  });

  it('is moved once from storage.local, where earlier versions kept it, and deleted there', async () => {
    const profile = { server: 'https://svc.test', deviceName: 'd', user: USER, state: 'enrolled' };
    await fakeBrowser.storage.local.set({ [LEGACY_KEYS.token]: 'old-token', [LEGACY_KEYS.profile]: profile, 'ui.language': 'zh_CN' });
    expect(await migrateLegacyEnrollment(db)).toBe(true);
    expect(await readToken(db)).toBe('old-token');
    expect(await readEnrollment(db)).toEqual(profile);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'ui.language': 'zh_CN' });
    expect(await migrateLegacyEnrollment(db)).toBe(false);
    expect(await readToken(db)).toBe('old-token');
  });

  it('an enrollment already in the database wins over a stale one left in storage.local', async () => {
    await storeEnrolledDevice(db, 'new-token', { server: 'https://svc.test', deviceName: 'd', user: USER, state: 'enrolled' });
    await fakeBrowser.storage.local.set({ [LEGACY_KEYS.token]: 'stale' });
    expect(await migrateLegacyEnrollment(db)).toBe(false);
    expect(await readToken(db)).toBe('new-token');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('goes with every request to the service, and to no other origin', async () => {
    await enroll(db, { server: 'https://svc.test/', code: 'GOOD-CODE', deviceName: 'desk' }, svc.fetch);
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'x' });
    const engine = new SyncEngine({ db, connection: () => connection(db, svc.fetch), onAuthLost: async () => undefined, schedule: () => undefined });
    expect((await engine.sync({ force: true })).status).toBe('ok');
    const withToken = svc.calls.filter((c) => c.headers.Authorization);
    expect(withToken.length).toBeGreaterThanOrEqual(2);
    for (const c of withToken) expect(new URL(c.url).origin).toBe('https://svc.test');
    // A path that would lead elsewhere is refused before anything is sent.
    const before = svc.calls.length;
    const conn = (await connection(db, svc.fetch))!;
    for (const path of ['@evil.test/x', '.evil.test/x', ':8443/x']) {
      await expect(requestJson(conn, path)).rejects.toBeInstanceOf(ProtocolError);
    }
    expect(svc.calls.length).toBe(before);
  });

  it('is forgotten on sign-out; the outbox stays unless asked to forget the data', async () => {
    await enroll(db, { server: 'https://svc.test', code: 'GOOD-CODE', deviceName: 'desk' }, svc.fetch);
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'x' });
    await signOut(db);
    expect(await readToken(db)).toBeNull();
    expect(await db.outbox.count()).toBe(1);
    await enroll(db, { server: 'https://svc.test', code: 'GOOD-CODE', deviceName: 'desk' }, svc.fetch);
    await signOut(db, true);
    expect([await readToken(db), await db.outbox.count(), (await readEnrollment(db)).state]).toEqual([null, 0, 'signed-out']);
  });
});

describe('the service address', () => {
  it('must be https, except on this computer or a host the policy allows', () => {
    expect(checkServer('https://svc.test/base/')).toBe('https://svc.test/base');
    expect(checkServer('http://localhost:8787')).toBe('http://localhost:8787');
    expect(checkServer('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
    expect(checkServer('http://[::1]:8787')).toBe('http://[::1]:8787');
    expect(() => checkServer('http://svc.test')).toThrow('insecure-url');
    expect(() => checkServer('http://127.0.0.1.evil.test')).toThrow('insecure-url');
    expect(checkServer('http://svc.lan:8080', { allowHttpHosts: ['svc.lan'] })).toBe('http://svc.lan:8080');
    expect(checkServer('http://svc.lan:8080', { allowHttpHosts: ['svc.lan:8080'] })).toBe('http://svc.lan:8080');
    expect(() => checkServer('http://svc.lan:8080', { allowHttpHosts: ['svc.lan:9090'] })).toThrow('insecure-url');
    expect(() => checkServer('ftp://svc.test')).toThrow('bad-url');
    expect(() => checkServer('not a url')).toThrow('bad-url');
  });

  it('enrollment refuses plain http to another host before sending the code', async () => {
    await expect(enroll(db, { server: 'http://svc.test', code: 'GOOD-CODE', deviceName: '' }, svc.fetch)).rejects.toEqual(new EnrollError('insecure-url'));
    expect(svc.calls).toEqual([]);
  });

  it('enrollment uses the service address and http hosts the admin policy sets', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ serviceUrl: 'http://svc.lan:8080', allowHttpHosts: ['svc.lan'] } as never);
    await enroll(db, { server: 'https://typed.test', code: 'GOOD-CODE', deviceName: '' }, svc.fetch);
    expect(svc.calls[0].url).toBe('http://svc.lan:8080/api/enroll');
    expect((await readEnrollment(db)).server).toBe('http://svc.lan:8080');
  });
});
