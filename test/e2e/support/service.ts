import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../support/net';

export { freePort };

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');


/** A real service process on a free port with its own SQLite file, as `npm start` runs it. */
export class Service {
  readonly dir = mkdtempSync(join(tmpdir(), 'circulate-e2e-'));
  readonly env: NodeJS.ProcessEnv;
  private proc?: ChildProcess;
  output = '';

  constructor(readonly port: number) {
    this.env = { ...process.env, PORT: String(port), CIRCULATE_DB: join(this.dir, 'circulate.db'), DATABASE_URL: '' };
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Runs the admin CLI against this service's database and returns its output. */
  admin(...args: string[]): string {
    const r = spawnSync(tsx, ['server/cli/admin.ts', ...args], { cwd: root, env: this.env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`admin ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  /** A single-use enrollment code (the CLI prints it alone on its last line). */
  enrollCode(unit: string, role: string): string {
    return this.admin('enroll', '--unit', unit, '--role', role).trim().split('\n').pop()!.trim();
  }

  async start(): Promise<void> {
    this.proc = spawn(tsx, ['server/main.ts'], { cwd: root, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => (this.output += d));
    this.proc.stderr!.on('data', (d) => (this.output += d));
    // A bound, not a wait: it returns as soon as the service answers; tsx compiling the service on
    // a busy 2-core machine can take most of a minute.
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        /* not listening yet */
      }
      if (this.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`service did not start:\n${this.output}`);
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((done) => {
      p.once('exit', () => done());
      p.kill('SIGTERM');
      setTimeout(() => p.kill('SIGKILL'), 5000).unref();
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A running service on a free port with the demo directory of units loaded, and a supervisor's
 * token to check what it recorded over HTTP.
 */
export async function startDemoService(): Promise<{ service: Service; supervisorToken: string }> {
  const service = new Service(await freePort());
  service.admin('units', 'import', 'server/demo/units.csv');
  await service.start();
  const res = await fetch(`${service.url}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: service.enrollCode('supervision', 'supervisor'), deviceName: 'e2e supervisor' }),
  });
  if (res.status !== 201) throw new Error(`supervisor enrollment: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return { service, supervisorToken: token };
}
