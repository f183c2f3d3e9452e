import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentAudit } from '../../server/storage/audit';
import { testApp, type TestApp } from './harness';

const ORIGIN = 'http://localhost';

describe('directory: resolve names and record aliases', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const resolve = async (token: string, name: string) => {
    const res = await t.request(`/api/units/resolve?name=${encodeURIComponent(name)}`, { headers: t.auth(token) });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('matches an alias exactly once normalised, else ranks candidates', async () => {
    const { token } = await t.enroll('recipient', 'water');
    const exact = await resolve(token, '  ＴＨＥ Forestry   bureau ');
    expect(exact.match).toEqual({ id: 'forestry', name: 'Forestry Bureau', aliases: ['林业局', 'the forestry bureau'] });
    expect(exact).toMatchObject({ state: 'matched', confidence: 1, how: 'alias' });
    // Close to one unit only: offered as a guess, with its confidence and the candidates.
    const near = await resolve(token, '县林业局');
    expect(near).toMatchObject({ state: 'guessed', match: { id: 'forestry' }, how: 'similar' });
    expect(near.confidence).toBeGreaterThan(0.6);
    expect(near.confidence).toBeLessThan(1);
    expect(near.candidates[0]).toMatchObject({ unit: { id: 'forestry' }, score: expect.any(Number) });
    expect(near.candidates[0].score).toBeGreaterThan(0.8);
    // Traditional script folds to Simplified.
    expect(await resolve(token, '水務局')).toMatchObject({ state: 'matched', match: { id: 'water' } });
    expect(await resolve(token, 'qqqq')).toMatchObject({ state: 'unknown', match: null, confidence: 0, candidates: [] });
  });

  it('answers a missing name with 400 and no token with 401', async () => {
    const { token } = await t.enroll('clerk', 'office');
    const res = await t.request('/api/units/resolve', { headers: t.auth(token) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_query');
    expect((await t.request('/api/units/resolve?name=x')).status).toBe(401);
  });

  it("records a clerk's choice as an alias: every client pulls it, and it is audited", async () => {
    const clerk = await t.enroll('clerk', 'office');
    const water = await t.enroll('recipient', 'water');
    const before = (await t.pull(water.token)).cursor;
    const res = await t.json('POST', '/api/units/forestry/aliases', { alias: '县林业局' }, t.auth(clerk.token));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ unit: { id: 'forestry', name: 'Forestry Bureau', aliases: ['林业局', 'the forestry bureau', '县林业局'] }, added: true });
    expect((await resolve(water.token, '县 林业局')).match.id).toBe('forestry');
    const pulled = await t.pull(water.token, before);
    expect(pulled.changes).toEqual([{ seq: expect.any(Number), entity: 'unit', data: expect.objectContaining({ id: 'forestry', aliases: expect.arrayContaining(['县林业局']) }) }]);
    const [entry] = await recentAudit(t.storage.db, 1);
    expect(entry).toMatchObject({ actor: clerk.user.id, action: 'unit.alias.add', entity: 'unit', entityId: 'forestry', data: { alias: '县林业局' } });
    // The same alias again (in another width) changes nothing.
    const again = await t.json('POST', '/api/units/forestry/aliases', { alias: '县林业局 ' }, t.auth(clerk.token));
    expect(again.status).toBe(200);
    expect((await again.json()).added).toBe(false);
    expect((await t.pull(water.token, pulled.cursor)).changes).toEqual([]);
  });

  it('lets clerks and admins add aliases, nobody else; refuses bad input', async () => {
    const admin = await t.enroll('admin', 'bureau');
    const supervisor = await t.enroll('supervisor', 'bureau');
    const recipient = await t.enroll('recipient', 'forestry');
    const add = (token: string, unit: string, body: unknown) => t.json('POST', `/api/units/${unit}/aliases`, body, t.auth(token));
    expect((await add(admin.token, 'water', { alias: 'Water Affairs' })).status).toBe(201);
    for (const who of [supervisor, recipient]) {
      const res = await add(who.token, 'forestry', { alias: 'Woods' });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    expect((await add(admin.token, 'atlantis', { alias: 'x' })).status).toBe(404);
    const taken = await add(admin.token, 'water', { alias: '林业局' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.code).toBe('alias_taken');
    expect((await add(admin.token, 'water', { alias: '' })).status).toBe(422);
    expect((await add(admin.token, 'water', { alias: 'x'.repeat(201) })).status).toBe(422);
    expect((await add(admin.token, 'water', '{')).status).toBe(400);
    expect((await t.json('POST', '/api/units/water/aliases', { alias: 'x' })).status).toBe(401);
  });
});

describe('dashboard: admins add and rename units', () => {
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
  const post = (cookie: string, form: Record<string, string>, origin = ORIGIN) =>
    t.app.request(`${ORIGIN}/admin/units`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  it('adds a unit and renames one keeping its aliases; each reaches the clients', async () => {
    const admin = await signIn('admin');
    const recipient = await t.enroll('recipient', 'water');
    const added = await post(admin, { id: 'health', name: 'Health Commission' });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('data-unit-id="health"');
    expect((await post(admin, { id: 'forestry', name: 'County Forestry Bureau' })).status).toBe(200);
    const units = (await t.pull(recipient.token)).changes.filter((c) => c.entity === 'unit').map((c) => c.data);
    expect(units).toContainEqual({ id: 'health', name: 'Health Commission', aliases: [] });
    expect(units).toContainEqual({ id: 'forestry', name: 'County Forestry Bureau', aliases: ['林业局', 'the forestry bureau'] });
    const actions = (await recentAudit(t.storage.db, 2)).map((e) => e.action);
    expect(actions).toEqual(['unit.update', 'unit.create']);
  });

  it('refuses a bad form, another origin, and a supervisor', async () => {
    const admin = await signIn('admin');
    expect((await post(admin, { id: 'bad id!', name: 'X' })).status).toBe(400);
    expect((await post(admin, { id: 'ok', name: '' })).status).toBe(400);
    expect((await post(admin, { id: 'evil', name: 'Evil' }, 'https://evil.example')).status).toBe(403);
    expect((await post(await signIn('supervisor'), { id: 'sup', name: 'Sup' })).status).toBe(403);
    expect(await t.storage.db.selectFrom('units').select('id').where('id', 'in', ['evil', 'sup', 'ok']).execute()).toEqual([]);
  });
});
