import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../shared/schemas';
import { createApp, type AppOptions } from '../../server/app';
import { hashEnrollmentCode, newEnrollmentCode } from '../../server/auth/token';
import { createSqliteStorage } from '../../server/storage/sqlite';
import type { Storage } from '../../server/storage/types';
import { createEnrollmentCode } from '../../server/storage/users';
import { seedUnits } from '../storage/helpers';

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The app over a fresh SQLite file, with the test units, and helpers that speak HTTP to it. */
export async function testApp(opts: AppOptions = {}, open?: () => Promise<Storage>) {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-http-'));
  const storage = open ? await open() : createSqliteStorage(join(dir, 'circulate.db'));
  await storage.migrate();
  await seedUnits(storage);
  // Every in-process request comes from the same unknown address: tests that count attempts ask for a limit.
  const app = createApp(storage, { rateLimit: false, ...opts });

  const request = (path: string, init: RequestInit = {}) => app.request(path, init);
  const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  async function code(role: Role, unitId: string, expiresInHours = 1): Promise<string> {
    const c = newEnrollmentCode();
    const expiresAt = new Date(Date.now() + expiresInHours * 3_600_000).toISOString();
    await storage.write((tx) => createEnrollmentCode(tx, { codeHash: hashEnrollmentCode(c), role, unitId, expiresAt }, 'test'));
    return c;
  }

  async function enroll(role: Role, unitId: string) {
    const res = await json('POST', '/api/enroll', { code: await code(role, unitId), deviceName: `${role} device` });
    if (res.status !== 201) throw new Error(`enroll ${res.status}: ${await res.text()}`);
    return (await res.json()) as { token: string; user: { id: string; role: Role; unitId: string } };
  }

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  async function push(token: string, mutations: unknown[]) {
    const res = await json('POST', '/sync/push', { mutations }, auth(token));
    if (res.status !== 200) throw new Error(`push ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { results: { id: string; status: string; reason?: string }[] }).results;
  }

  async function pull(token: string, since = 0, limit = 1000) {
    const res = await request(`/sync/pull?since=${since}&limit=${limit}`, { headers: auth(token) });
    if (res.status !== 200) throw new Error(`pull ${res.status}: ${await res.text()}`);
    return (await res.json()) as { changes: { seq: number; entity: string; data: any }[]; cursor: number; more: boolean };
  }

  async function close() {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }

  return { app, storage, request, json, code, enroll, auth, push, pull, close, newId: () => randomUUID() };
}
