// The service must run in a clone where the extension's tooling never ran: no `.wxt/` folder, so
// tsconfig.json's `extends` points at nothing and tsx falls back to its default (classic) JSX. The
// dashboard files carry their own JSX pragmas; this runs the real service from such a copy.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, root } from './processes';

describe('the service in a copy of the tree without .wxt/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-nowxt-'));
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const env = { ...process.env, CIRCULATE_DB: join(dir, 'data', 'circulate.db'), DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0' };
  let proc: ChildProcess | undefined;
  let url = '';
  let output = '';

  beforeAll(async () => {
    for (const part of ['server', 'shared', 'package.json', 'tsconfig.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    proc = spawn(tsx, ['server/main.ts'], { cwd: dir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const p = proc;
    await new Promise<void>((ok, fail) => {
      p.stdout!.on('data', (d) => {
        output += d;
        if (output.includes(`listening on ${url}`)) ok();
      });
      p.stderr!.on('data', (d) => (output += d));
      p.once('exit', (code) => fail(new Error(`service exited (${code}):\n${output}`)));
    });
  });

  afterAll(async () => {
    const p = proc;
    if (p && p.exitCode === null && p.signalCode === null) {
      await new Promise<void>((done) => {
        p.once('exit', () => done());
        p.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const admin = (...args: string[]) => spawnSync(tsx, ['server/cli/admin.ts', ...args], { cwd: dir, env, encoding: 'utf8' });

  it('has no .wxt/ and still answers 200 for the dashboard pages after sign-in', async () => {
    expect(existsSync(join(dir, '.wxt'))).toBe(false);
    expect(admin('units', 'import', join(dir, 'server/demo/units.csv')).status).toBe(0);
    const enrolled = admin('enroll', '--unit', 'forestry', '--role', 'supervisor');
    expect(enrolled.status).toBe(0);
    const code = enrolled.stdout.trim().split('\n').pop()!;

    expect((await fetch(`${url}/login`)).status).toBe(200);
    const login = await fetch(`${url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: new URLSearchParams({ code }).toString(),
    });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    for (const path of ['/', '/matrix', '/tasks', '/audit']) {
      const res = await fetch(`${url}${path}`, { headers: { cookie }, redirect: 'manual' });
      const html = await res.text();
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(html).toContain('<html lang="zh-CN">');
    }
    // Two admin commands and the service each compile the tree with tsx from cold: on a loaded
    // 2-core machine that alone has taken over 30 s.
  }, 180_000);
});
