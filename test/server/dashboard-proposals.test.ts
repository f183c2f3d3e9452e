import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';

const ORIGIN = 'http://localhost';

describe("admin page: clerks' unit proposals", () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const signIn = async () => {
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('admin', 'bureau')}`,
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0];
  };
  const post = (cookie: string, path: string, form: Record<string, string> = {}, origin = ORIGIN) =>
    t.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  const propose = async (token: string, name: string) => {
    const id = randomUUID();
    const [r] = await t.push(token, [{ id: randomUUID(), type: 'unit.propose', at: new Date().toISOString(), payload: { id, name } }]);
    expect(r.status).toBe('applied');
    return id;
  };

  it('lists pending proposals; approving, merging and rejecting each reach the clerk', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const [a, b, c] = [await propose(clerk.token, '县乡村振兴局'), await propose(clerk.token, 'Water Works'), await propose(clerk.token, 'Nowhere')];
    const admin = await signIn();
    const html = await (await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: admin } })).text();
    for (const id of [a, b, c]) expect(html).toContain(`data-proposal-id="${id}"`);
    expect(html).toContain('县乡村振兴局');
    expect(html).toContain('待审单位 (3)');

    expect((await post(admin, `/admin/proposals/${a}/approve`, {}, 'https://evil.example')).status).toBe(403);
    const approved = await post(admin, `/admin/proposals/${a}/approve`);
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain('已批准 县乡村振兴局');
    expect((await post(admin, `/admin/proposals/${b}/merge`, { into: 'atlantis' })).status).toBe(400);
    expect((await post(admin, `/admin/proposals/${b}/merge`, { into: 'water' })).status).toBe(200);
    expect((await post(admin, `/admin/proposals/${c}/reject`, { reason: ' ' })).status).toBe(400);
    expect((await post(admin, `/admin/proposals/${c}/reject`, { reason: 'Not a unit of this county' })).status).toBe(200);
    expect((await post(admin, `/admin/proposals/${c}/approve`)).status).toBe(400);
    expect((await post(admin, `/admin/proposals/${c}/explode`)).status).toBe(404);

    const seen = new Map((await t.pull(clerk.token)).changes.filter((x) => x.entity === 'unitProposal').map((x) => [x.data.id, x.data]));
    expect(seen.get(a)).toMatchObject({ status: 'approved', unitId: a });
    expect(seen.get(b)).toMatchObject({ status: 'merged', unitId: 'water' });
    expect(seen.get(c)).toMatchObject({ status: 'rejected', reason: 'Not a unit of this county' });
    const after = await (await t.app.request(`${ORIGIN}/admin`, { headers: { cookie: admin } })).text();
    expect(after).toContain('待审单位 (0)');
    expect(after).toContain('data-status="rejected"');
  });
});
