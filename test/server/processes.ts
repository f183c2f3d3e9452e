import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { auditKeyPath } from '../../server/storage/audit-key';
import { freePort } from '../support/net';

export { freePort };

export const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');


/**
 * The environment a child process gets. A service or command makes its audit key file on first use
 * (beside the SQLite file, or ./data/audit.key for PostgreSQL): refuse an environment that would
 * leave one in the checkout, so a test names a temp AUDIT_KEY_FILE instead.
 */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged = { ...process.env, ...env };
  const key = auditKeyPath(merged);
  if (key && !relative(root, resolve(root, key)).startsWith('..')) {
    throw new Error(`the audit key would be made in the checkout (${key}): give the test a temp AUDIT_KEY_FILE`);
  }
  return merged;
}

/** Runs the admin CLI with `env`; returns its exit code and output. */
export function admin(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(tsx, ['server/cli/admin.ts', ...args], { cwd: root, env: childEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking the event loop: while a sync spawn blocks, idle keep-alive sockets to a
 * service time out on its side and the next fetch on one fails.
 */
export function adminAsync(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(tsx, ['server/cli/admin.ts', ...args], { cwd: root, env: childEnv(env), encoding: 'utf8' }, (err, stdout, stderr) =>
      done({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A real service process (server/main.ts), started and waited for until it says it listens. */
export class ServiceProcess {
  private proc?: ChildProcess;
  output = '';
  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const proc = spawn(tsx, ['server/main.ts'], { cwd: root, env: { ...childEnv(this.env), PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    await new Promise<void>((ok, fail) => {
      const onData = (d: Buffer) => {
        this.output += d;
        if (this.output.includes(`listening on http://127.0.0.1:${this.port}`)) ok();
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', (d) => (this.output += d));
      proc.once('exit', (code) => fail(new Error(`service exited (${code}):\n${this.output}`)));
    });
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((done) => {
      p.once('exit', () => done());
      p.kill('SIGTERM');
      setTimeout(() => p.kill('SIGKILL'), 5000).unref();
    });
  }
}
