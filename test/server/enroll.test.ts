import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';

describe('POST /api/enroll', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  it('turns a code into a device token for the role and unit it was made for', async () => {
    const code = await t.code('recipient', 'forestry');
    const res = await t.json('POST', '/api/enroll', { code: code.toLowerCase(), deviceName: 'Laptop' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), user: { id: expect.any(String), role: 'recipient', unitId: 'forestry' } });
    const units = await t.request('/api/units', { headers: t.auth(body.token) });
    expect(units.status).toBe(200);
    expect((await units.json()).units.map((u: { id: string }) => u.id)).toContain('forestry');
    // Only a hash of the token is stored.
    const stored = await t.storage.db.selectFrom('devices').select('token_hash').execute();
    expect(stored.map((d) => d.token_hash)).not.toContain(body.token);
  });

  it('refuses a used, an unknown and an expired code with 401', async () => {
    const code = await t.code('clerk', 'office');
    expect((await t.json('POST', '/api/enroll', { code, deviceName: 'a' })).status).toBe(201);
    const again = await t.json('POST', '/api/enroll', { code, deviceName: 'b' });
    expect(again.status).toBe(401);
    expect((await again.json()).error.code).toBe('invalid_code');
    expect((await t.json('POST', '/api/enroll', { code: 'ABCD-EFGH-JKMN-PQRS', deviceName: 'c' })).status).toBe(401);
    const expired = await t.code('clerk', 'office', -1);
    expect((await t.json('POST', '/api/enroll', { code: expired, deviceName: 'd' })).status).toBe(401);
  });

  it('refuses an expired code for the dashboard too, and leaves it unused', async () => {
    const expired = await t.code('admin', 'bureau', -0.001);
    const res = await t.app.request('http://localhost/login', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: `code=${expired}`,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    const rows = await t.storage.db.selectFrom('enrollment_codes').select(['used_at', 'expires_at']).where('role', '=', 'admin').execute();
    expect(rows).toEqual([{ used_at: null, expires_at: expect.any(String) }]);
    expect(Date.parse(rows[0].expires_at)).toBeLessThan(Date.now());
    expect(await t.storage.db.selectFrom('users').select('id').where('role', '=', 'admin').execute()).toEqual([]);
  });

  it('answers bad bodies with 4xx JSON errors', async () => {
    const bad = await t.json('POST', '/api/enroll', '{"code": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    const wrong = await t.json('POST', '/api/enroll', { code: 12345, deviceName: '' });
    expect(wrong.status).toBe(422);
    const body = await wrong.json();
    expect(body.error.code).toBe('invalid_body');
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['code', 'deviceName']);
    expect((await t.json('POST', '/api/enroll', 'null')).status).toBe(422);
    const huge = await t.json('POST', '/api/enroll', { code: 'x'.repeat(100_000), deviceName: 'big' });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('too_large');
  });
});
