// docs/sync-service.md is run as written: its terminal-1 block starts a real service (here on a free
// port and a temp folder instead of 8799 and /tmp/circulate-walkthrough), the other blocks run in one
// bash, and what each step says it prints is checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, root, ServiceProcess } from './processes';

const doc = readFileSync(join(root, 'docs/sync-service.md'), 'utf8');
const blocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/sync-service.md walk-through', () => {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-docs-'));
  let port: number;
  let service: ServiceProcess;
  const adapt = (s: string) => s.replaceAll('/tmp/circulate-walkthrough', dir).replaceAll('8799', String(port));

  beforeAll(async () => {
    port = await freePort();
    expect(blocks[0]).toContain('npm run serve');
    expect(adapt(blocks[0])).toContain(`PORT=${port} CIRCULATE_DB=${dir}/circulate.db`);
    service = new ServiceProcess(port, { CIRCULATE_DB: join(dir, 'circulate.db'), DATABASE_URL: '' });
    await service.start();
  });
  afterAll(async () => {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every command and prints what the text says', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    const script = ['set -euo pipefail', ...blocks.slice(1).map((b, i) => `echo "=== block ${i + 1}"\n${adapt(b)}`)].join('\n');
    const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 180_000 });
    const out = r.stdout;
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const step = (n: number) => out.split(`=== block ${n}\n`)[1].split('=== block')[0];
    expect(step(1)).toBe('{"ok":true}\n');
    expect(step(2)).toMatch(/^units: 65 created, 0 updated, 0 unchanged\nid\tname\tparent\taliases\n/);
    expect(step(3)).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}\n\{"token":"[\w-]+","user":\{"id":"[\w-]+","role":"clerk","unitId":"letters-office"\}\}\n$/);
    expect(step(4)).toBe('forestry\nforestry\nguessed\n');
    expect(step(5)).toBe('true\n');
    expect(step(6)).toMatch(/^\{"results":\[\{"id":"[\w-]+","status":"applied"\},\{"id":"[\w-]+","status":"applied"\}\]\}\n$/);
    expect(step(7)).toMatch(/\d+ unit [^\n]+\n\d+ document 县林业局工作会议纪要\n\d+ circulation read\ncursor \d+ more false\n$/);
    expect(step(8)).toBe('applied\nduplicate\n');
    expect(step(9)).toBe(`303 http://127.0.0.1:${port}/\n<title>传阅进度 · Circulate</title>\n`);
    expect(step(10)).toMatch(/^id\tname\tuser\trole\tunit\tenrolled\trevoked\n[\s\S]*\tforestry pc\t[\s\S]*revoked device [\w-]+\n401\n$/);
    expect(step(11)).toMatch(/^audit chain intact: \d+ entries\n$/);
  }, 240_000);
});
