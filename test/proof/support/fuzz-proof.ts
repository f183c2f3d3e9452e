// The fuzz proof (run by fuzz.sqlite.test.ts and fuzz.postgres.test.ts): at least 10 000 requests
// generated from GET /openapi.json against one service process, over keep-alive; not one 5xx, and
// every refusal is a JSON error.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from '../../server/processes';
import { enroll, fetchOnFreshSocket, SyncClient } from './client';
import { Directory } from './directory';
import { engineEnv, type Engine, type EngineEnv } from './engines';
import { circulate, docPut, taskCreate } from './mutations';
import { fromSchema, type Context } from './openapi-arbitrary';
import { startServiceWithUnits } from './service';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
// Many requests in flight over kept-alive connections: the service, not the client, sets the pace.
const WORKERS = Number(process.env.FUZZ_WORKERS ?? 32);
const AUTHS = ['clerk', 'recipient', 'supervisor', 'admin', 'none', 'garbage'] as const;

interface GenRequest {
  method: string;
  path: string;
  route: string;
  query: Record<string, string>;
  body: unknown;
  bodyMode: 'json' | 'text' | 'plain-type' | 'none';
  auth: (typeof AUTHS)[number];
  /** Use an id already sent before, with this (different) content. */
  reuse: number | null;
}

export const fuzzProof = (engine: Engine) =>
  describe(`fuzz from the OpenAPI document (${engine})`, () => {
    let where: EngineEnv;
    let service: ServiceProcess;

    beforeAll(async () => {
      where = await engineEnv(engine, `fuzz_${engine}`);
      service = await startServiceWithUnits(where.env, ['office', 'forestry', 'water', 'bureau'].map((id) => ({ id, name: `Unit ${id}` })));
    });

    afterAll(async () => {
      await service?.stop();
      where?.cleanup();
    });

    it(`answers ${REQUESTS} generated requests without a single 5xx`, async () => {
      const base = service.url;
      const dir = await Directory.open(where.env);
      const roles = ['clerk', 'recipient', 'supervisor', 'admin'] as const;
      const codes = await Promise.all(roles.map((r) => dir.code(r, r === 'clerk' ? 'office' : r === 'recipient' ? 'forestry' : 'bureau')));
      await dir.close();
      const tokens: Record<string, string | null> = { none: null, garbage: 'A'.repeat(43) };
      for (const [i, r] of roles.entries()) tokens[r] = (await enroll(base, codes[i], r)).token;

      // Things that exist, so generated mutations get past "unknown document" now and then.
      const clerk = new SyncClient(base, tokens.clerk!);
      const docs = [randomUUID(), randomUUID()];
      const tasks = [randomUUID(), randomUUID()];
      const seed = [...docs.map((d) => docPut(d)), circulate(docs[0], 'forestry'), circulate(docs[1], 'water'), taskCreate(docs[0], 'forestry', tasks[0]), taskCreate(docs[1], 'water', tasks[1])];
      expect((await clerk.pushOk(seed)).map((r) => r.status)).toEqual(seed.map(() => 'applied'));
      const ctx: Context = { ids: [...docs, ...tasks, ...seed.map((m) => m.payload.id as string)], names: ['office', 'forestry', 'water', 'bureau'] };

      const doc = (await (await fetch(`${base}/openapi.json`)).json()) as any;
      const routes = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
      );
      expect(routes.length).toBeGreaterThanOrEqual(5);
      const requestArb = fc.oneof(
        ...routes.map(({ path, method, op }) => {
          const params = (op.parameters ?? []) as { name: string; in: string; required: boolean; schema: any }[];
          const value = (schema: any) => fromSchema(doc, schema, ctx).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
          const query = fc.record(Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, value(p.schema)])), { requiredKeys: [] });
          const pathParams = fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, fc.oneof(value(p.schema), fc.constantFrom(...ctx.names))])));
          const bodySchema = op.requestBody?.content?.['application/json']?.schema;
          return fc.record({
            method: fc.constant(method),
            route: fc.constant(`${method} ${path}`),
            path: pathParams.map((pp) => path.replace(/\{(\w+)\}/g, (_, k: string) => encodePathPart(String((pp as Record<string, string>)[k])))),
            query: query as fc.Arbitrary<Record<string, string>>,
            body: bodySchema ? fromSchema(doc, bodySchema, ctx) : fc.constant(undefined),
            bodyMode: fc.constantFrom<GenRequest['bodyMode']>(...(bodySchema ? (['json', 'json', 'json', 'json', 'json', 'json', 'text', 'plain-type', 'none'] as const) : (['none'] as const))),
            auth: fc.constantFrom(...AUTHS),
            reuse: fc.option(fc.nat(), { freq: 6 }),
          });
        }),
      );
      const seedNumber = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
      const t0 = Date.now();
      const requests = fc.sample(requestArb, { numRuns: REQUESTS, seed: seedNumber }) as GenRequest[];
      const tGen = Date.now() - t0;

      const sentIds: string[] = [];
      const statuses = new Map<string, Map<number, number>>();
      const failures: string[] = [];
      let reused = 0;
      let headerRefusals = 0;
      const send = async (r: GenRequest) => {
        const headers: Record<string, string> = {};
        const token = tokens[r.auth];
        if (token) headers.authorization = `Bearer ${token}`;
        let body: string | undefined;
        const muts = (r.body as any)?.mutations;
        if (r.route === 'POST /sync/push' && Array.isArray(muts) && muts[0] && typeof muts[0] === 'object') {
          // A known mutation id with different content: it must be refused, never taken for a retry.
          if (r.reuse !== null && sentIds.length) {
            muts[0].id = sentIds[r.reuse % sentIds.length];
            reused++;
          } else if (typeof muts[0].id === 'string') sentIds.push(muts[0].id);
        }
        if (r.bodyMode === 'json') {
          headers['content-type'] = 'application/json';
          body = JSON.stringify(r.body);
        } else if (r.bodyMode === 'plain-type') {
          headers['content-type'] = 'text/plain';
          body = JSON.stringify(r.body);
        } else if (r.bodyMode === 'text') {
          headers['content-type'] = 'application/json';
          body = `{"mutations": [${(JSON.stringify(r.body) ?? '').slice(0, 50)}`;
        }
        const q = new URLSearchParams(r.query).toString();
        const res = await fetchOnFreshSocket(`${base}${r.path}${q ? `?${q}` : ''}`, { method: r.method, headers, body });
        const text = await res.text();
        const per = statuses.get(r.route) ?? new Map<number, number>();
        per.set(res.status, (per.get(res.status) ?? 0) + 1);
        statuses.set(r.route, per);
        let problem: string | null = null;
        if (res.status >= 500) problem = 'a 5xx';
        // 431 comes from Node's HTTP parser (a URL past its 16 KB header limit), before the app: no JSON body there.
        else if (res.status === 431) headerRefusals++;
        else if (res.status >= 400) {
          try {
            const e = JSON.parse(text).error;
            if (typeof e?.code !== 'string' || typeof e?.message !== 'string') problem = 'an error without { error: { code, message } }';
          } catch {
            problem = 'an error that is not JSON';
          }
        }
        if (problem && failures.length < 20) {
          failures.push(`${problem}: ${r.method} ${r.path}?${q.slice(0, 200)} as ${r.auth} body ${(body ?? '').slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`);
        }
      };
      let next = 0;
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          while (next < requests.length) await send(requests[next++]);
        }),
      );

      expect(failures, `seed ${seedNumber} (FUZZ_SEED=${seedNumber} repeats it)`).toEqual([]);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const summary = [...statuses].map(([route, per]) => `${route} ${[...per].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
      console.log(`fuzz (${engine}, seed ${seedNumber}): ${requests.length} requests, ${reused} reusing a mutation id, ${headerRefusals} refused by the HTTP parser (431), 0 answered 5xx (generated in ${tGen} ms, sent in ${Date.now() - t0 - tGen} ms over ${WORKERS} connections)\n  ${summary.join('\n  ')}`);
    }, 600_000); // generous: a loaded 2-core machine answers several times slower than a quiet one
  });

/** Percent-encodes a path segment; a lone surrogate goes as the bytes of invalid UTF-8 it would be. */
function encodePathPart(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.split('').map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}
