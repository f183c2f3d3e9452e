// The routes added for the directory, devices and rate limits, over real HTTP against service
// processes (server/main.ts) on a SQLite file: one without a rate limit, one with a small one.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/schemas';
import { hashEnrollmentCode, newEnrollmentCode } from '../../server/auth/token';
import { createSqliteStorage } from '../../server/storage/sqlite';
import type { Storage } from '../../server/storage/types';
import { createEnrollmentCode } from '../../server/storage/users';
import { seedUnits } from '../storage/helpers';
import { docPut, taskCreate } from './mutations';
import { adminAsync, freePort, ServiceProcess } from './processes';

describe('new routes over HTTP, against a service process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-routes-'));
  const env = { CIRCULATE_DB: join(dir, 'circulate.db'), DATABASE_URL: '' };
  let open: ServiceProcess;
  let limited: ServiceProcess;
  let storage: Storage;
  const tokens: Partial<Record<Role, { token: string; id: string }>> = {};

  beforeAll(async () => {
    storage = createSqliteStorage(env.CIRCULATE_DB);
    await storage.migrate();
    await seedUnits(storage);
    open = new ServiceProcess(await freePort(), { ...env, RATE_LIMIT_PER_MINUTE: '0' });
    limited = new ServiceProcess(await freePort(), { ...env, RATE_LIMIT_PER_MINUTE: '3' });
    await Promise.all([open.start(), limited.start()]);
    for (const [role, unit] of [['clerk', 'office'], ['recipient', 'forestry'], ['supervisor', 'bureau'], ['admin', 'bureau']] as const) {
      const res = await post(open.url, '/api/enroll', { code: await code(role, unit), deviceName: `${role} pc` });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { token: string; user: { id: string } };
      tokens[role] = { token: body.token, id: body.user.id };
    }
  });
  afterAll(async () => {
    await Promise.all([open?.stop(), limited?.stop()]);
    await storage?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function code(role: Role, unitId: string): Promise<string> {
    const c = newEnrollmentCode();
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    await storage.write((tx) => createEnrollmentCode(tx, { codeHash: hashEnrollmentCode(c), role, unitId, expiresAt }, 'test'));
    return c;
  }
  const bearer = (role: Role) => ({ authorization: `Bearer ${tokens[role]!.token}` });
  const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const resolve = (name: string, headers: Record<string, string>) => fetch(`${open.url}/api/units/resolve?name=${encodeURIComponent(name)}`, { headers });

  it('GET /api/units/resolve: every role, exact match or candidates; 400 without a name, 401 without a token', async () => {
    for (const role of ['clerk', 'recipient', 'supervisor', 'admin'] as const) {
      const res = await resolve('ＷＡＴＥＲ  bureau', bearer(role));
      expect({ role, status: res.status }).toEqual({ role, status: 200 });
      expect(((await res.json()) as { match: { id: string } }).match.id).toBe('water');
    }
    // A name the directory does not hold as written is a guess, with its confidence below a match's.
    const near = (await (await resolve('县水务局', bearer('recipient'))).json()) as { state: string; match: { id: string }; confidence: number; candidates: { unit: { id: string }; score: number }[] };
    expect(near.state).toBe('guessed');
    expect(near.match.id).toBe('water');
    expect(near.confidence).toBeLessThan(1);
    expect(near.candidates[0].unit.id).toBe('water');
    const none = (await (await resolve('县档案馆', bearer('recipient'))).json()) as { state: string; match: null };
    expect(none).toMatchObject({ state: 'unknown', match: null });
    const missing = await fetch(`${open.url}/api/units/resolve`, { headers: bearer('clerk') });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
    expect((await resolve('x'.repeat(201), bearer('clerk'))).status).toBe(400);
    expect((await resolve('water', {})).status).toBe(401);
    expect((await resolve('water', { authorization: 'Bearer not-a-real-token-at-all-00000' })).status).toBe(401);
  });

  it('POST /api/units/:id/aliases: clerks (for any unit of the directory) and admins; 403 for the other roles', async () => {
    const add = (role: Role, unit: string, body: unknown) => post(open.url, `/api/units/${unit}/aliases`, body, bearer(role));
    // A clerk of the office names another unit: aliases describe the shared directory, not the clerk's unit.
    const byClerk = await add('clerk', 'forestry', { alias: '县林业局' });
    expect(byClerk.status).toBe(201);
    expect(await byClerk.json()).toEqual({ unit: { id: 'forestry', name: 'Forestry Bureau', aliases: ['林业局', 'the forestry bureau', '县林业局'] }, added: true });
    expect((await add('admin', 'water', { alias: 'Water Affairs Bureau' })).status).toBe(201);
    expect((await add('admin', 'water', { alias: 'water affairs  BUREAU' })).status).toBe(200);
    for (const role of ['recipient', 'supervisor'] as const) {
      const res = await add(role, 'forestry', { alias: 'Woods Office' });
      expect({ role, status: res.status }).toEqual({ role, status: 403 });
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect((await add('clerk', 'atlantis', { alias: 'x' })).status).toBe(404);
    expect((await add('clerk', 'water', { alias: '县林业局' })).status).toBe(409);
    expect((await add('clerk', 'water', { alias: '' })).status).toBe(422);
    expect((await add('clerk', 'water', { name: 'x' })).status).toBe(422);
    expect((await add('clerk', 'water', 'not json')).status).toBe(400);
    expect((await add('clerk', 'water', { alias: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await post(open.url, '/api/units/water/aliases', { alias: 'x' })).status).toBe(401);
    // The recipient's directory learns the alias by pulling.
    const pull = await fetch(`${open.url}/sync/pull?since=0&limit=1000`, { headers: bearer('recipient') });
    const units = ((await pull.json()) as { changes: { entity: string; data: { id: string; aliases: string[] } }[] }).changes.filter((c) => c.entity === 'unit');
    expect(units.at(-1)!.data).toMatchObject({ id: 'water', aliases: ['水务局', 'Water Affairs Bureau'] });
    expect(units.some((c) => c.data.id === 'forestry' && c.data.aliases.includes('县林业局'))).toBe(true);
  });

  it('task.create over HTTP: the assigned unit receives the document to act on', async () => {
    const doc = randomUUID();
    const res = await post(open.url, '/sync/push', { mutations: [docPut(doc), taskCreate(doc, 'forestry')] }, bearer('clerk'));
    expect(((await res.json()) as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const pull = await fetch(`${open.url}/sync/pull?since=0&limit=1000`, { headers: bearer('recipient') });
    const changes = ((await pull.json()) as { changes: { entity: string; data: { id: string; kind?: string; documentId?: string } }[] }).changes;
    expect(changes.filter((c) => c.entity !== 'unit').map((c) => [c.entity, c.data.kind ?? null])).toEqual([
      ['document', null], ['circulation', 'act'], ['task', null],
    ]);
  });

  it('dashboard /admin/units: an admin adds and renames units; a supervisor and another origin get 403', async () => {
    const signIn = async (role: Role) => {
      const res = await fetch(`${open.url}/login`, {
        method: 'POST', redirect: 'manual',
        headers: { origin: open.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: `code=${await code(role, 'bureau')}`,
      });
      expect(res.status).toBe(303);
      return res.headers.get('set-cookie')!.split(';')[0];
    };
    const form = (cookie: string, fields: Record<string, string>, origin = open.url) =>
      fetch(`${open.url}/admin/units`, { method: 'POST', redirect: 'manual', headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
    const adminCookie = await signIn('admin');
    const added = await form(adminCookie, { id: 'health', name: 'Health Commission' });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('data-unit-id="health"');
    expect((await form(adminCookie, { id: 'health', name: 'County Health Commission' })).status).toBe(200);
    expect((await form(adminCookie, { id: '../x', name: 'Bad' })).status).toBe(400);
    expect((await form(adminCookie, { id: 'evil', name: 'Evil' }, 'https://evil.example')).status).toBe(403);
    expect((await form(await signIn('supervisor'), { id: 'sup', name: 'Sup' })).status).toBe(403);
    expect((await form('', { id: 'anon', name: 'Anon' })).status).toBe(302);
    const listed = await fetch(`${open.url}/api/units`, { headers: bearer('recipient') });
    const ids = ((await listed.json()) as { units: { id: string; name: string }[] }).units;
    expect(ids).toContainEqual({ id: 'health', name: 'County Health Commission', aliases: [] });
    expect(ids.map((u) => u.id)).not.toContain('evil');
  });

  it('a device revoked with the CLI gets 401 on every bearer route at once', async () => {
    const res = await post(open.url, '/api/enroll', { code: await code('admin', 'bureau'), deviceName: 'to revoke' });
    const { token } = (await res.json()) as { token: string };
    const list = await adminAsync(env, 'devices', 'list');
    const line = list.stdout.split('\n').find((l) => l.split('\t')[1] === 'to revoke')!;
    expect((await adminAsync(env, 'devices', 'revoke', line.split('\t')[0])).status).toBe(0);
    const auth = { authorization: `Bearer ${token}` };
    const calls: [string, () => Promise<Response>][] = [
      ['pull', () => fetch(`${open.url}/sync/pull`, { headers: auth })],
      ['push', () => post(open.url, '/sync/push', { mutations: [docPut(randomUUID())] }, auth)],
      ['units', () => fetch(`${open.url}/api/units`, { headers: auth })],
      ['resolve', () => fetch(`${open.url}/api/units/resolve?name=water`, { headers: auth })],
      ['aliases', () => post(open.url, '/api/units/water/aliases', { alias: 'W' }, auth)],
      ['audit', () => fetch(`${open.url}/api/audit`, { headers: auth })],
    ];
    for (const [name, call] of calls) expect({ name, status: (await call()).status }).toEqual({ name, status: 401 });
    expect((await fetch(`${open.url}/api/audit`, { headers: bearer('admin') })).status).toBe(200);
  });

  it('rate limits POST /api/enroll and POST /login per client: 429 with Retry-After', async () => {
    const enroll = () => post(limited.url, '/api/enroll', { code: 'ABCD-EFGH-JKMN-PQRS', deviceName: 'guess' });
    expect([(await enroll()).status, (await enroll()).status, (await enroll()).status]).toEqual([401, 401, 401]);
    const refused = await enroll();
    expect(refused.status).toBe(429);
    const retry = Number(refused.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Even a good code waits for the window to end: the limit counts attempts, not failures.
    expect((await post(limited.url, '/api/enroll', { code: await code('clerk', 'office'), deviceName: 'late' })).status).toBe(429);
    const login = () =>
      fetch(`${limited.url}/login`, { method: 'POST', redirect: 'manual', headers: { origin: limited.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=ABCD-EFGH-JKMN-PQRS' });
    expect([(await login()).status, (await login()).status, (await login()).status]).toEqual([401, 401, 401]);
    const tooMany = await login();
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toMatch(/^\d+$/);
    // Other routes are not limited.
    expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${limited.url}/api/units`, { headers: bearer('clerk') })).status).toBe(200);
    // The unlimited service (RATE_LIMIT_PER_MINUTE=0) never answers 429.
    const statuses = await Promise.all(Array.from({ length: 40 }, () => post(open.url, '/api/enroll', { code: 'ABCD-EFGH-JKMN-PQRS', deviceName: 'x' }).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([401]));
  });
});
