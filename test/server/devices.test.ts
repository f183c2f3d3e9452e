import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newToken, sha256 } from '../../server/auth/token';
import { recentAudit } from '../../server/storage/audit';
import { addDevice, listDevices, revokeDevice } from '../../server/storage/users';
import { testApp, type TestApp } from './harness';
import { docPut } from './mutations';

describe('device tokens', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  it('a revoked device gets 401 on every bearer route; the same user on another device keeps working', async () => {
    const first = await t.enroll('admin', 'office');
    const second = newToken();
    const secondId = randomUUID();
    await t.storage.write((tx) =>
      addDevice(tx, { userId: first.user.id, name: 'n', role: 'admin', unitId: 'office', deviceId: null }, { id: secondId, name: 'phone', tokenHash: sha256(second) }),
    );
    const devices = await listDevices(t.storage.db, first.user.id);
    expect(devices.map((d) => [d.name, d.revokedAt])).toEqual([['admin device', null], ['phone', null]]);
    expect(await t.storage.write((tx) => revokeDevice(tx, devices[0].id, 'test'))).toEqual({ alreadyRevoked: false });

    const routes: [string, string, unknown?][] = [
      ['GET', '/sync/pull?since=0'],
      ['POST', '/sync/push', { mutations: [docPut(randomUUID())] }],
      ['GET', '/api/units'],
      ['GET', '/api/units/resolve?name=water'],
      ['POST', '/api/units/water/aliases', { alias: 'W' }],
      ['GET', '/api/audit'],
    ];
    for (const [method, path, body] of routes) {
      const call = (token: string) => (body ? t.json(method, path, body, t.auth(token)) : t.request(path, { method, headers: t.auth(token) }));
      const revoked = await call(first.token);
      expect({ path, status: revoked.status }).toEqual({ path, status: 401 });
      expect((await revoked.json()).error.code).toBe('unauthenticated');
      expect({ path, status: (await call(second)).status }).toEqual({ path, status: expect.toSatisfy((s: number) => s === 200 || s === 201) });
    }
    const [entry] = (await recentAudit(t.storage.db, 50)).filter((e) => e.action === 'device.revoke');
    expect(entry).toMatchObject({ actor: 'test', entityId: devices[0].id, data: { userId: first.user.id } });
    expect(await t.storage.write((tx) => revokeDevice(tx, devices[0].id, 'test'))).toEqual({ alreadyRevoked: true });
    expect(await t.storage.write((tx) => revokeDevice(tx, 'nope', 'test'))).toBeUndefined();
    const row = await t.storage.db.selectFrom('devices').select('revoked_by').where('id', '=', devices[0].id).executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe('test');
  });
});
