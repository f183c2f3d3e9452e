import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, read } from './mutations';

const ORIGIN = 'http://localhost';

describe('dashboard', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const login = (code: string, base = ORIGIN) =>
    t.app.request(`${base}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ code }).toString(),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0];

  it('sends visitors without a session to the sign-in form', async () => {
    const res = await t.request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login');
    const form = await (await t.request('/login')).text();
    expect(form).toContain('name="code"');
    expect(form).toContain('type="submit"');
  });

  it('signs a supervisor in with a single-use code, on an HttpOnly SameSite=Strict cookie', async () => {
    const code = await t.code('supervisor', 'bureau');
    const res = await login(code);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^circulate_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const page = await t.request('/', { headers: { cookie: cookieOf(res) } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await login(code)).status).toBe(401);
  });

  it('uses a __Host- cookie over https', async () => {
    const res = await login(await t.code('admin', 'bureau'), 'https://circulate.example');
    expect(res.status).toBe(303);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-circulate_session=/);
    expect(setCookie).toContain('Secure');
    const page = await t.app.request('https://circulate.example/', { headers: { cookie: cookieOf(res) } });
    expect(page.status).toBe(200);
  });

  it('refuses a code of another role without using it up', async () => {
    const code = await t.code('clerk', 'office');
    const res = await login(code);
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await t.json('POST', '/api/enroll', { code, deviceName: 'still valid' })).status).toBe(201);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const code = await t.code('supervisor', 'bureau');
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: `code=${code}`,
    });
    expect(res.status).toBe(403);
    expect((await login(code)).status).toBe(303);
  });

  it('lists each document with its units, acknowledged or pending, and escapes page text', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const forestry = await t.enroll('recipient', 'forestry');
    const doc = randomUUID();
    const title = '<script>alert(1)</script> 会议纪要';
    await t.push(clerk.token, [docPut(doc, 'hash-2222', title), circulate(doc, 'forestry'), circulate(doc, 'water', 'act')]);
    await t.push(forestry.token, [ack(doc), read(doc)]);

    const res = await login(await t.code('supervisor', 'bureau'));
    const html = await (await t.request('/', { headers: { cookie: cookieOf(res) } })).text();
    const card = html.slice(html.indexOf(`data-doc-id="${doc}"`));
    expect(card).toMatch(/data-unit-id="forestry" data-status="acknowledged"/);
    expect(card).toMatch(/data-unit-id="water" data-status="pending"/);
    expect(card).toContain('Forestry Bureau');
    expect(card).toContain('Water Bureau');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 会议纪要');
  });

  it('answers an unreadable form with 400, not 500', async () => {
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', origin: ORIGIN },
      body: 'garbage--x--',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_form');
  });

  it('signs out', async () => {
    const cookie = cookieOf(await login(await t.code('supervisor', 'bureau')));
    const out = await t.app.request(`${ORIGIN}/logout`, { method: 'POST', headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(out.status).toBe(303);
    expect((await t.request('/', { headers: { cookie } })).status).toBe(302);
  });
});
