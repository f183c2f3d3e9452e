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
  /** Settles when the current (or, after a kill, the next) start listens. */
  private up?: Deferred;
  output = '';
  /** How many times the process was started (restarts included). */
  starts = 0;
  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Whether the process is running now. */
  get running(): boolean {
    const p = this.proc;
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  start(): Promise<void> {
    // node with tsx as a loader, not the tsx wrapper: one process, so a kill reaches the server itself.
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env: { ...childEnv(this.env), PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    this.starts++;
    const up = this.up && !this.up.settled ? this.up : (this.up = deferred());
    const banner = `listening on http://127.0.0.1:${this.port}`;
    const from = this.output.length;
    proc.stdout!.on('data', (d: Buffer) => {
      this.output += d;
      // Looked for only until found: the request log keeps growing, and scanning it on every chunk costs.
      if (!up.settled && this.output.indexOf(banner, from) >= 0) up.resolve();
    });
    proc.stderr!.on('data', (d) => (this.output += d));
    proc.once('exit', (code, signal) => up.reject(new Error(`service exited (${code ?? signal}):\n${this.output.slice(from)}`)));
    return up.promise;
  }

  /**
   * Resolves once the service listens: at once while it runs, else when the start after a kill
   * does. Clients wait on this after a failed request instead of sleeping.
   */
  whenUp(): Promise<void> {
    if (!this.up) return Promise.reject(new Error('the service was never started'));
    return this.up.promise;
  }

  /** kill -9: the process dies at once, with whatever it was doing half done. Resolves once it is gone. */
  async kill9(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    // From now on whenUp() waits for the next start; a start still pending is dropped on purpose.
    const old = this.up;
    this.up = deferred();
    old?.promise.catch(() => {});
    old?.reject(new Error('killed before it listened'));
    await new Promise<void>((done) => {
      p.once('exit', () => done());
      p.kill('SIGKILL');
    });
  }

  /** kill -9, then a fresh process on the same port and database, waited for until it listens. */
  async restart(): Promise<void> {
    await this.kill9();
    await this.start();
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

interface Deferred {
  promise: Promise<void>;
  settled: boolean;
  resolve: () => void;
  reject: (e: Error) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((ok, fail) => ((resolve = ok), (reject = fail)));
  const d: Deferred = {
    promise,
    settled: false,
    resolve: () => ((d.settled = true), resolve()),
    reject: (e) => {
      if (d.settled) return;
      d.settled = true;
      reject(e);
    },
  };
  return d;
}
