import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';

describe('rate limit on enrollment and sign-in', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('answers the attempt past the limit with 429 and Retry-After, counting enroll and login apart', async () => {
    t = await testApp({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const enroll = (code: string) => t.json('POST', '/api/enroll', { code, deviceName: 'pc' });
    expect((await enroll('ABCD-EFGH-JKMN-PQRS')).status).toBe(401);
    expect((await enroll(await t.code('clerk', 'office'))).status).toBe(201);
    const refused = await enroll(await t.code('clerk', 'office'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('rate_limited');
    // A preflight is not an attempt.
    expect((await t.request('/api/enroll', { method: 'OPTIONS', headers: { origin: 'chrome-extension://abcdefghijklmnop', 'access-control-request-method': 'POST' } })).status).toBe(204);

    const login = () =>
      t.app.request('http://localhost/login', { method: 'POST', headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=ABCD-EFGH-JKMN-PQRS' });
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(401);
    const tooMany = await login();
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await t.request('/login')).status).toBe(200); // the sign-in page itself is not limited
  });

  it('is on by default', async () => {
    t = await testApp({ rateLimit: undefined });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await t.json('POST', '/api/enroll', { code: 'ABCD-EFGH-JKMN-PQRS', deviceName: 'pc' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
