import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { freePort } from '../../test/support/net';

export const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

// One free-port helper for tests and benchmarks.
export { freePort };

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** Runs a TypeScript entry point with tsx on a free port and waits until it prints that it listens. */
export async function startProcess(script: string, env: NodeJS.ProcessEnv): Promise<Running> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROF=DIR writes a CPU profile of each started process into DIR when it stops (node
  // refuses --cpu-prof in NODE_OPTIONS, so node is run with tsx as its loader instead).
  const prof = process.env.BENCH_CPU_PROF;
  const [cmd, args] = prof ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${resolve(prof)}`, '--cpu-prof-interval', process.env.BENCH_CPU_PROF_INTERVAL ?? '1000', '--import', 'tsx', script]] : [tsx, [script]];
  const proc: ChildProcess = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, RATE_LIMIT_PER_MINUTE: '0', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ok, fail) => {
    proc.stdout!.on('data', (d) => {
      output += d;
      if (output.includes(`listening on ${url}`)) ok();
    });
    proc.stderr!.on('data', (d) => (output += d));
    proc.once('exit', (code) => fail(new Error(`${script} exited (${code}):\n${output}`)));
  });
  // Keep draining its output so a chatty process never blocks on a full pipe.
  proc.stdout!.removeAllListeners('data').resume();
  proc.stderr!.removeAllListeners('data').resume();
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return done();
        proc.once('exit', () => done());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      }),
  };
}

// One audit key for every service of a run (instances sharing a database must share it), given in
// the environment so no key file is left in the checkout (on PostgreSQL it would go to ./data).
const auditKey = randomBytes(32).toString('hex');

/** The real service (server/main.ts) on SQLite `file`, or on PostgreSQL when `databaseUrl` is set. */
export const startService = (db: { file?: string; databaseUrl?: string }) =>
  startProcess('server/main.ts', { CIRCULATE_DB: db.file ?? '', DATABASE_URL: db.databaseUrl ?? '', AUDIT_KEY: auditKey, AUDIT_KEY_FILE: '' });
