// Dashboard sign-in that lasts, on both engines: a password set with the first code, sign-in by
// name, lockout per account, a reset code from an admin, sessions listed and ended; and every
// state-changing request checked for its Origin, JSON included.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { hashEnrollmentCode, newEnrollmentCode } from '../../server/auth/token';
import { createResetCode, LOCKOUT } from '../../server/storage/accounts';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';

const ORIGIN = 'http://localhost';
const PASSWORD = 'correct horse 电池';

const engines = [
  ['sqlite', () => undefined],
  ['postgres', () => async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'accounts'), 2)],
] as const;

describe.each(engines)('dashboard accounts on %s', (_engine, open) => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp({}, open())));
  afterEach(() => t.close());

  const form = (path: string, fields: Record<string, string>, cookie?: string) =>
    t.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0];
  const page = async (path: string, cookie: string) => (await t.app.request(`${ORIGIN}${path}`, { headers: { cookie } })).text();
  const userIdOf = async (name: string) => (await t.storage.db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  /** A supervisor who signed in once with a code and set a password then; returns the first session's cookie. */
  async function supervisorWithPassword() {
    const res = await form('/login', { code: await t.code('supervisor', 'bureau'), password: PASSWORD });
    expect(res.status).toBe(303);
    return cookieOf(res);
  }

  it('sets a password with the first code, then signs in by name and password', async () => {
    const first = await supervisorWithPassword();
    expect(await page('/account', first)).toContain('<h2>修改密码</h2>');
    const stored = await t.storage.db.selectFrom('accounts').select(['login', 'password_hash']).executeTakeFirstOrThrow();
    expect(stored.login).toBe('supervisor · bureau');
    expect(stored.password_hash).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored.password_hash).not.toContain(PASSWORD);

    const res = await form('/login', { name: ' Supervisor · Bureau ', password: PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const second = cookieOf(res);
    expect(second).not.toBe(first);
    const board = await t.app.request(`${ORIGIN}/`, { headers: { cookie: second } });
    expect(board.status).toBe(200);
    expect(board.headers.get('cache-control')).toBe('no-store');

    const wrong = await form('/login', { name: 'supervisor · bureau', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await form('/login', { name: 'nobody', password: PASSWORD })).status).toBe(401);
  });

  it('locks the account, not the address, after repeated wrong passwords', async () => {
    await supervisorWithPassword();
    // Another account signing in from the same address is not affected.
    await form('/login', { code: await t.code('admin', 'office', 1), password: 'admin password 123' });
    await t.storage.write((tx) => tx.db.updateTable('users').set({ name: 'office admin' }).where('role', '=', 'admin').execute());
    await t.storage.write(async (tx) => tx.db.updateTable('accounts').set({ login: 'office admin' }).where('login', '<>', 'supervisor · bureau').execute());

    const statuses: number[] = [];
    for (let i = 0; i < LOCKOUT.attempts; i++) statuses.push((await form('/login', { name: 'supervisor · bureau', password: `wrong ${i}` })).status);
    expect(statuses).toEqual([...Array(LOCKOUT.attempts - 1).fill(401), 423]);
    const locked = await form('/login', { name: 'supervisor · bureau', password: PASSWORD });
    expect(locked.status).toBe(423);
    expect(await locked.text()).toContain('账户已锁定');
    expect(locked.headers.get('set-cookie')).toBeNull();
    expect((await form('/login', { name: 'office admin', password: 'admin password 123' })).status).toBe(303);
    const audit = await t.storage.db.selectFrom('audit').select('action').where('action', '=', 'account.locked').execute();
    expect(audit).toHaveLength(1);
  });

  it('resets a forgotten password with a new code from an admin', async () => {
    await supervisorWithPassword();
    const userId = await userIdOf('supervisor · bureau');
    const code = newEnrollmentCode();
    await t.storage.write((tx) => createResetCode(tx, userId, hashEnrollmentCode(code), new Date(Date.now() + 3_600_000).toISOString(), 'test'));
    // A reset code enrolls no device.
    expect((await t.json('POST', '/api/enroll', { code, deviceName: 'laptop' })).status).toBe(401);

    const res = await form('/login', { code });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    const cookie = cookieOf(res);
    expect(await page('/account', cookie)).toContain('<h2>设置密码</h2>');
    expect((await form('/login', { name: 'supervisor · bureau', password: PASSWORD })).status).toBe(401);
    const set = await form('/account/password', { password: 'a brand new secret', confirm: 'a brand new secret' }, cookie);
    expect(set.status).toBe(303);
    expect((await form('/login', { name: 'supervisor · bureau', password: 'a brand new secret' })).status).toBe(303);
    expect((await form('/login', { code })).status).toBe(401);
  });

  it('lists sessions and ends one: a supervisor only its own, an admin anyone', async () => {
    const first = await supervisorWithPassword();
    const second = cookieOf(await form('/login', { name: 'supervisor · bureau', password: PASSWORD }));
    const other = cookieOf(await form('/login', { code: await t.code('supervisor', 'water') }));
    const list = await page('/account', second);
    const sessions = [...list.matchAll(/name="session" value="([0-9a-f]{64})"/g)].map((m) => m[1]);
    expect(sessions).toHaveLength(1); // the first session; this one is marked, the other person's not shown
    expect(list).toContain('当前会话');

    const otherId = (await t.storage.db.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.user_id').select('s.id_hash').where('u.unit_id', '=', 'water').executeTakeFirstOrThrow()).id_hash;
    expect((await form('/account/sessions/revoke', { session: otherId }, second)).status).toBe(403);
    expect((await t.app.request(`${ORIGIN}/`, { headers: { cookie: other } })).status).toBe(200);

    expect((await form('/account/sessions/revoke', { session: sessions[0] }, second)).status).toBe(303);
    expect((await t.app.request(`${ORIGIN}/`, { headers: { cookie: first } })).headers.get('location')).toBe('/login');

    const admin = cookieOf(await form('/login', { code: await t.code('admin', 'office') }));
    expect(await page('/account', admin)).toContain('全部登录会话');
    expect((await form('/account/sessions/revoke', { session: otherId }, admin)).status).toBe(303);
    expect((await t.app.request(`${ORIGIN}/`, { headers: { cookie: other } })).headers.get('location')).toBe('/login');
  });

  it('refuses a state-changing request from another origin or with none, whatever its content type', async () => {
    const cookie = await supervisorWithPassword();
    const post = (headers: Record<string, string>, body: string) => t.app.request(`${ORIGIN}/reminders`, { method: 'POST', headers: { cookie, ...headers }, body });
    const json = JSON.stringify({ unitId: 'water' });
    const refused: Record<string, string>[] = [
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', origin: 'null' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const res = await post(headers, json);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'forbidden_origin', message: expect.any(String) } });
    }
    expect((await post({ 'content-type': 'application/json', origin: ORIGIN }, json)).status).not.toBe(403);
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, json)).status).not.toBe(403);
    // Bearer-token API calls from the extension's pages or from tools without a browser still pass.
    const clerk = (await t.enroll('clerk', 'office')).token;
    const push = (headers: Record<string, string>) => t.json('POST', '/sync/push', { mutations: [] }, { ...t.auth(clerk), ...headers });
    // (An empty push is refused for its body, 422: the origin check let it through.)
    expect((await push({})).status).toBe(422);
    expect((await push({ origin: 'chrome-extension://abcdefghijklmnop' })).status).toBe(422);
    expect((await push({ origin: 'https://evil.example' })).status).toBe(403);
  });
});
