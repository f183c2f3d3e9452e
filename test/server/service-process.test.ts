// The service as `npm start` runs it: a process on SQLite, with the admin CLI writing to the same
// file while the service is up.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulate, docPut } from './mutations';
import { admin, freePort, root, ServiceProcess } from './processes';

describe('service process on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-proc-'));
  const env = { CIRCULATE_DB: join(dir, 'data', 'circulate.db'), DATABASE_URL: '' };
  let service: ServiceProcess;

  beforeAll(async () => {
    service = new ServiceProcess(await freePort(), env);
    await service.start();
  });
  afterAll(async () => {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const enroll = async (unit: string, role: string) => {
    const r = admin(env, 'enroll', '--unit', unit, '--role', role);
    expect(r.status).toBe(0);
    const code = r.stdout.trim().split('\n').pop();
    const res = await fetch(`${service.url}/api/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: 'test' }) });
    expect(res.status).toBe(201);
    return ((await res.json()) as { token: string }).token;
  };

  it('takes the directory and codes from the CLI while it runs, and serves sync and the demo pages', async () => {
    expect(admin(env, 'units', 'import', join(root, 'server/demo/units.csv')).status).toBe(0);
    const clerk = await enroll('letters-office', 'clerk');
    const doc = randomUUID();
    const pushing = fetch(`${service.url}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk}` },
      body: JSON.stringify({ mutations: [docPut(doc), circulate(doc, 'forestry')] }),
    });
    const recipient = await enroll('forestry', 'recipient');
    const { results } = (await (await pushing).json()) as { results: { status: string }[] };
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const pull = await fetch(`${service.url}/sync/pull?since=0&limit=500`, { headers: { authorization: `Bearer ${recipient}` } });
    const { changes } = (await pull.json()) as { changes: { entity: string; data: { id: string } }[] };
    // The document reaches the unit once, delivered with its circulation.
    expect(changes.filter((c) => c.entity === 'document').map((c) => c.data.id)).toEqual([doc]);
    const demo = await fetch(`${service.url}/demo/`);
    expect(await demo.text()).toContain('.html');
    expect(service.output).toContain(`listening on http://127.0.0.1:${service.port}`);
    expect(service.output).not.toContain(clerk);
    // Three CLI processes start (tsx) and write here: on a loaded machine that is more than the default 30 s.
  }, 120_000);
});
