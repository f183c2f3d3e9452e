import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';

const ORIGIN = 'http://localhost';

describe('admin pages', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const signIn = async (role: 'admin' | 'supervisor') => {
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code(role, 'bureau')}`,
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0];
  };
  const post = (cookie: string, path: string, form: Record<string, string>, origin = ORIGIN) =>
    t.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  it('is for admins only', async () => {
    const supervisor = await signIn('supervisor');
    expect((await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: supervisor } })).status).toBe(403);
    expect((await post(supervisor, '/admin/codes', { unitId: 'water', role: 'admin' })).status).toBe(403);
    expect((await t.request('/admin')).status).toBe(302);
    const admin = await signIn('admin');
    const html = await (await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: admin } })).text();
    expect(html).toContain('data-unit-id="forestry"');
    expect(html).toContain('Forestry Bureau');
  });

  it('offers the admin link only to admins, and refuses others in their language', async () => {
    const supervisor = await signIn('supervisor');
    const board = await (await t.app.request(`${ORIGIN}/`, { headers: { cookie: supervisor } })).text();
    expect(board).toContain('href="/matrix"');
    expect(board).not.toContain('href="/admin"');
    const zh = await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: supervisor } });
    expect(await zh.text()).toBe('仅限管理员');
    const en = await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: `${supervisor}; circulate_lang=en` } });
    expect(await en.text()).toBe('Admins only');
    const admin = await signIn('admin');
    expect(await (await t.app.request(`${ORIGIN}/`, { headers: { cookie: admin } })).text()).toContain('href="/admin"');
  });

  it('makes a single-use enrollment code that a device can use once', async () => {
    const admin = await signIn('admin');
    const res = await post(admin, '/admin/codes', { unitId: 'water', role: 'recipient', name: 'Ms Sun' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const code = /data-code="([A-Z0-9-]+)"/.exec(await res.text())?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const enrolled = await t.json('POST', '/api/enroll', { code, deviceName: 'pc' });
    expect(enrolled.status).toBe(201);
    expect((await enrolled.json()).user).toMatchObject({ role: 'recipient', unitId: 'water' });
    expect((await t.json('POST', '/api/enroll', { code, deviceName: 'pc' })).status).toBe(401);
    expect((await post(admin, '/admin/codes', { unitId: 'atlantis', role: 'clerk' })).status).toBe(400);
    expect((await post(admin, '/admin/codes', { unitId: 'water', role: 'king' })).status).toBe(400);
    expect((await post(admin, '/admin/codes', { unitId: 'water', role: 'clerk' }, 'https://evil.example')).status).toBe(403);
  });

  it('revokes a user: their device token stops working', async () => {
    const admin = await signIn('admin');
    const clerk = await t.enroll('clerk', 'office');
    expect((await t.request('/api/units', { headers: t.auth(clerk.token) })).status).toBe(200);
    const res = await post(admin, `/admin/users/${clerk.user.id}/revoke`, {});
    expect(res.status).toBe(303);
    expect((await t.request('/api/units', { headers: t.auth(clerk.token) })).status).toBe(401);
    expect((await post(admin, '/admin/users/nobody/revoke', {})).status).toBe(400);
  });
});
