import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a throwaway PostgreSQL server for this test run. */
    pgUrl: string;
  }
}

/** The newest Debian PostgreSQL server's binaries, unless PG_BIN says where they are. */
function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return join(root, versions[0] ?? '15', 'bin');
}
const PG_BIN = pgBin();

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL server in a temporary folder for the storage tests, unless PG_TEST_URL
 * names one already. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export default async function setup(project: TestProject) {
  if (process.env.PG_TEST_URL) {
    project.provide('pgUrl', process.env.PG_TEST_URL);
    return;
  }
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL server binaries not found in ${PG_BIN}: install the Debian package "postgresql" ` +
        '(npm test does it when run as root), or set PG_TEST_URL to a server you run.',
    );
  }
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'circulate-pg-'));
  chmodSync(dir, 0o700);
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (bin: string, args: string[]) => {
    const cmd = isRoot ? 'runuser' : join(PG_BIN, bin);
    const full = isRoot ? ['-u', 'postgres', '--', join(PG_BIN, bin), ...args] : args;
    const r = spawnSync(cmd, full, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${bin} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D', data, '-l', join(dir, 'log'), '-w', '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=200`, 'start',
  ]);
  project.provide('pgUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  process.env.PG_TEST_URL_STARTED = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      // A run leaves a few hundred databases (each test makes its own), over a gigabyte to delete:
      // done by a process of its own, so the run does not wait for it.
      spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
    }
  };
}
