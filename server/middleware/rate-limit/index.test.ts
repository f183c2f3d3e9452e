import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIp, rateLimit } from './index';

function app(limit: number, windowMs: number, clock: { t: number }, maxKeys?: number) {
  const a = new Hono();
  a.use('*', rateLimit({ limit, windowMs, now: () => clock.t, key: (c) => c.req.header('x-client') ?? 'none', maxKeys }));
  a.post('/x', (c) => c.text('ok'));
  return a;
}
const hit = (a: Hono, client = 'a') => a.request('/x', { method: 'POST', headers: { 'x-client': client } });

describe('rateLimit', () => {
  it('lets `limit` requests through per window, then answers 429 with Retry-After', async () => {
    const clock = { t: 1_000_000 };
    const a = app(3, 60_000, clock);
    for (let i = 0; i < 3; i++) expect((await hit(a)).status).toBe(200);
    clock.t += 15_500;
    const refused = await hit(a);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('45 s'), retryAfter: 45 } });
  });

  it('counts each client on its own', async () => {
    const clock = { t: 0 };
    const a = app(1, 1000, clock);
    expect((await hit(a, 'a')).status).toBe(200);
    expect((await hit(a, 'a')).status).toBe(429);
    expect((await hit(a, 'b')).status).toBe(200);
  });

  it('starts a fresh window once the old one ends', async () => {
    const clock = { t: 0 };
    const a = app(2, 1000, clock);
    await hit(a);
    await hit(a);
    clock.t = 999;
    expect((await hit(a)).status).toBe(429);
    expect((await hit(a)).headers.get('retry-after')).toBe('1');
    clock.t = 1000;
    expect((await hit(a)).status).toBe(200);
    expect((await hit(a)).status).toBe(200);
    expect((await hit(a)).status).toBe(429);
  });

  it('keeps at most maxKeys clients in memory, dropping finished windows first', async () => {
    const clock = { t: 0 };
    const a = app(1, 1000, clock, 2);
    await hit(a, 'a');
    await hit(a, 'b');
    clock.t = 500;
    expect((await hit(a, 'c')).status).toBe(200); // full of live windows: they are all dropped
    expect((await hit(a, 'a')).status).toBe(200);
    expect((await hit(a, 'a')).status).toBe(429);
  });

  it('finds the client address, trusting X-Forwarded-For only when told to', async () => {
    const a = new Hono();
    a.get('/', (c) => c.json({ plain: clientIp(c), proxied: clientIp(c, true) }));
    const res = await a.request('/', { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' } });
    expect(await res.json()).toEqual({ plain: 'unknown', proxied: '203.0.113.7' });
  });
});
