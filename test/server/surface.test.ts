import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';

const demoDir = mkdtempSync(join(tmpdir(), 'circulate-demo-'));
writeFileSync(join(demoDir, 'minutes.html'), '<!doctype html><title>Demo minutes</title><p>会议纪要</p>');
writeFileSync(join(demoDir, 'notes.txt'), 'not a page');
afterAll(() => rmSync(demoDir, { recursive: true, force: true }));

describe('service surface', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp({ demoDir })));
  afterEach(() => t.close());

  it('answers /healthz', async () => {
    const res = await t.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.request('/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('lets extension pages call the API, and no other origin', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://0d6f1b5e-55aa-4f7c-9f3e-2a1b3c4d5e6f']) {
      const res = await t.request('/sync/push', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const get = await t.request('/api/units', { headers: { origin: 'chrome-extension://abcdefghijklmnop' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    const evil = await t.request('/sync/pull', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const doc = await (await t.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/audit', '/api/enroll', '/api/units', '/api/units/proposals', '/api/units/resolve', '/api/units/{id}/aliases', '/healthz', '/sync/pull', '/sync/push']);
    const push = doc.paths['/sync/push'].post;
    expect(push.security).toEqual([{ bearer: [] }]);
    const mutation = push.requestBody.content['application/json'].schema.properties.mutations;
    const types = mutation.items.oneOf.map((s: any) => s.properties.type.const).sort();
    expect(types).toEqual(['ack.create', 'circulation.create', 'document.put', 'read.create', 'reminder.create', 'task.create', 'task.update', 'unit.alias', 'unit.propose']);
    expect(doc.paths['/api/enroll'].post.responses['401'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ApiError' });
    expect(doc.paths['/sync/pull'].get.parameters.map((p: any) => p.name)).toEqual(['since', 'limit']);
    expect(doc.paths['/sync/pull'].get.responses['200'].content['application/json'].schema.required).toEqual(['changes', 'cursor', 'more']);
    const alias = doc.paths['/api/units/{id}/aliases'].post;
    expect(Object.keys(alias.responses).sort()).toEqual(['200', '201', '400', '401', '403', '404', '409', '422']);
    expect(alias.responses['201'].content['application/json'].schema.required).toEqual(['unit', 'added']);
    expect(doc.paths['/api/units/resolve'].get.parameters).toEqual([expect.objectContaining({ name: 'name', in: 'query', required: true })]);
  });

  it('describes every JSON API route the app registers, and no route it lacks', async () => {
    const doc = await (await t.request('/openapi.json')).json();
    const isApi = (path: string) => path.startsWith('/api/') || path.startsWith('/sync/') || path === '/healthz';
    const registered = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && isApi(r.path)) // 'ALL' entries are middleware
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect(registered.size).toBeGreaterThanOrEqual(8);
    expect([...registered].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !registered.has(r))).toEqual([]);
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>)) {
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        for (const op of Object.values(ops)) expect(op.parameters).toContainEqual(expect.objectContaining({ name: name.slice(1, -1), in: 'path' }));
      }
    }
  });

  it('serves the demo pages from their folder only', async () => {
    const index = await t.request('/demo/');
    expect(await index.text()).toContain('href="/demo/minutes.html"');
    const page = await t.request('/demo/minutes.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('会议纪要');
    for (const path of ['/demo/notes.txt', '/demo/..%2Fsecret.html', '/demo/%2e%2e%2fapp.html', '/demo/missing.html', '/demo/.hidden.html']) {
      expect({ path, status: (await t.request(path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('shows the audit trail to supervisors and admins only', async () => {
    const supervisor = await t.enroll('supervisor', 'bureau');
    const recipient = await t.enroll('recipient', 'forestry');
    const ok = await t.request('/api/audit?limit=5', { headers: t.auth(supervisor.token) });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.intact).toBe(true);
    expect(body.entries).toHaveLength(5);
    const denied = await t.request('/api/audit', { headers: t.auth(recipient.token) });
    expect(denied.status).toBe(403);
    expect((await denied.json()).error.code).toBe('forbidden');
  });
});
