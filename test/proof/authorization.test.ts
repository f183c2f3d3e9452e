// Authorization proof: every cell of authorization.table.ts (route × role × own or foreign unit ×
// token state) is tried against a real service process, each on fresh data, and must give the
// answer the table says. The table must cover every combination, once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from '../server/processes';
import { AUTHORIZATION_TABLE } from './authorization.table';
import { enroll, SyncClient, type Mutation } from './support/client';
import { Directory } from './support/directory';
import { engineEnv, type EngineEnv } from './support/engines';
import { ack, circulate, docPut, read, reminder, taskCreate, taskUpdate } from './support/mutations';
import { startServiceWithUnits } from './support/service';

const ROLES = ['clerk', 'recipient', 'supervisor', 'admin'] as const;
type Role = (typeof ROLES)[number];
interface Row {
  route: string;
  role: Role | 'anonymous';
  unit: 'own' | 'foreign' | '-';
  token: 'valid' | 'revoked' | 'garbage' | 'none';
  expect: string;
}

const rows: Row[] = AUTHORIZATION_TABLE.trim()
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [route, role, unit, token, expect] = l.split(/\s{2,}/);
    return { route, role, unit, token, expect } as Row;
  });

const OWN = 'unit-a';
const FOREIGN = 'unit-b';
const ISSUER = 'unit-c';

describe('authorization: route × role × unit × token', () => {
  let where: EngineEnv;
  let service: ServiceProcess;

  beforeAll(async () => {
    where = await engineEnv('sqlite', 'authz');
    service = await startServiceWithUnits(where.env, [OWN, FOREIGN, ISSUER, 'bureau'].map((id) => ({ id, name: `Unit ${id}` })));
  });

  afterAll(async () => {
    await service?.stop();
    where?.cleanup();
  });

  it('covers every cell once', () => {
    const unitRoutes = [...new Set(rows.filter((r) => r.unit !== '-').map((r) => r.route))];
    const plainRoutes = [...new Set(rows.filter((r) => r.unit === '-').map((r) => r.route))];
    const want: string[] = [];
    for (const route of unitRoutes) {
      for (const unit of ['own', 'foreign']) {
        for (const role of ROLES) for (const token of ['valid', 'revoked', 'garbage']) want.push(`${route}|${role}|${unit}|${token}`);
        want.push(`${route}|anonymous|${unit}|none`);
      }
    }
    for (const route of plainRoutes) {
      for (const role of ROLES) for (const token of ['valid', 'revoked', 'garbage']) want.push(`${route}|${role}|-|${token}`);
      want.push(`${route}|anonymous|-|none`);
    }
    expect(rows.map((r) => `${r.route}|${r.role}|${r.unit}|${r.token}`).sort()).toEqual(want.sort());
    expect(unitRoutes.length + plainRoutes.length).toBe(13);
  });

  it('gives each cell the answer the table says', async () => {
    const base = service.url;
    const dir = await Directory.open(where.env);
    const enrolled = async (role: Role, unit: string) => enroll(base, await dir.code(role, unit), `${role} ${unit}`);
    const callers = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, new SyncClient(base, (await enrolled(r, OWN)).token)] as const)));
    // A second user of each role whose device is then revoked.
    const revoked = Object.fromEntries(
      await Promise.all(
        ROLES.map(async (r) => {
          const e = await enrolled(r, OWN);
          expect(await dir.revokeDevicesOf(e.user.id)).toBe(1);
          return [r, e.token] as const;
        }),
      ),
    );
    const clerkOf: Record<string, SyncClient> = {
      [OWN]: new SyncClient(base, (await enrolled('clerk', OWN)).token),
      [FOREIGN]: new SyncClient(base, (await enrolled('clerk', FOREIGN)).token),
      [ISSUER]: new SyncClient(base, (await enrolled('clerk', ISSUER)).token),
    };
    await dir.close();

    const setup = async (by: SyncClient, ms: Mutation[]) => {
      const results = await by.pushOk(ms);
      expect(results.map((r) => r.status)).toEqual(ms.map(() => 'applied'));
    };
    /** A document of `owner`, circulated to `to` when given. */
    const document = async (owner: string, to?: string) => {
      const id = randomUUID();
      await setup(clerkOf[owner], [docPut(id), ...(to ? [circulate(id, to)] : [])]);
      return id;
    };
    /** A task issued by the third unit, assigned to `lead`. */
    const task = async (lead: string) => {
      const doc = await document(ISSUER);
      const id = randomUUID();
      await setup(clerkOf[ISSUER], [taskCreate(doc, lead, id)]);
      return id;
    };

    /** Tries one cell; returns the answer in the table's words. */
    const attempt = async (row: Row): Promise<string> => {
      const unit = row.unit === 'foreign' ? FOREIGN : OWN;
      const token = row.token === 'valid' ? callers[row.role as Role].token : row.token === 'revoked' ? revoked[row.role as Role] : row.token === 'garbage' ? randomUUID().replace(/-/g, '') + 'garbage' : null;
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const json = (await res.json()) as any;
        if (res.status >= 400) expect(json.error.code, `${row.route} ${res.status}`).toEqual(expect.any(String));
        return { status: res.status, json };
      };
      const push = async (m: Mutation) => {
        const r = await call('POST', '/sync/push', { mutations: [m] });
        return r.status === 200 ? (r.json.results[0].status as string) : String(r.status);
      };
      switch (row.route) {
        case 'document.put':
          return push(docPut(await document(unit), `changed-${randomUUID()}`, 'Changed'));
        case 'circulation.create':
          return push(circulate(await document(unit), ISSUER));
        case 'task.create':
          return push(taskCreate(await document(unit), ISSUER));
        case 'ack.create':
          return push(ack(await document(ISSUER, unit)));
        case 'read.create':
          return push(read(await document(ISSUER, unit)));
        case 'task.update:progress':
          return push(taskUpdate(await task(unit), 'progress', 'on it'));
        case 'task.update:close':
          return push(taskUpdate(await task(unit), 'close', 'done'));
        case 'reminder.create':
          return push(reminder(unit));
        case 'GET /sync/pull': {
          const c = circulate(await document(ISSUER), unit);
          await setup(clerkOf[ISSUER], [c]);
          let since = 0;
          for (;;) {
            const r = await call('GET', `/sync/pull?since=${since}&limit=1000`);
            if (r.status !== 200) return String(r.status);
            if (r.json.changes.some((ch: any) => ch.entity === 'circulation' && ch.data.id === c.payload.id)) return 'visible';
            if (!r.json.more) return 'hidden';
            since = r.json.cursor;
          }
        }
        case 'POST /api/units/{id}/aliases':
          return String((await call('POST', `/api/units/${unit}/aliases`, { alias: `alias ${randomUUID()}` })).status);
        case 'GET /api/audit':
          return String((await call('GET', '/api/audit?limit=5')).status);
        case 'GET /api/units':
          return String((await call('GET', '/api/units')).status);
        case 'GET /api/units/resolve':
          return String((await call('GET', `/api/units/resolve?name=${encodeURIComponent('Unit unit-a')}`)).status);
        default:
          throw new Error(`no way to try route "${row.route}"`);
      }
    };

    const wrong: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < rows.length) {
          const row = rows[next++];
          const got = await attempt(row);
          if (got !== row.expect) wrong.push(`${row.route} | ${row.role} | ${row.unit} | ${row.token}: expected ${row.expect}, got ${got}`);
        }
      }),
    );
    expect(wrong).toEqual([]);
    const tally = new Map<string, number>();
    for (const r of rows) tally.set(r.expect, (tally.get(r.expect) ?? 0) + 1);
    console.log(`authorization: ${rows.length} cells checked (${[...tally].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  }, 110_000);
});
