import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes';

export interface Postgres {
  /** A fresh empty database on the server, by URL. */
  database(name: string): Promise<string>;
  stop(): void;
}

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return join(base, versions[0] ?? '15', 'bin');
}

/**
 * A throwaway PostgreSQL server in a temporary folder, started as test/setup/postgres.ts does (as
 * the `postgres` user when run as root), or a string saying why there is none.
 */
export async function startPostgres(): Promise<Postgres | string> {
  const bin = pgBin();
  if (!existsSync(join(bin, 'initdb'))) return `PostgreSQL server binaries not found in ${bin} (Debian package "postgresql")`;
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'circulate-bench-pg-'));
  chmodSync(dir, 0o700);
  if (isRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (name: string, args: string[]) => {
    const r = isRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, name), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, name), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, 'data');
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=200`, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return `PostgreSQL did not start: ${(e as Error).message.split('\n')[0]}`;
  }
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    async database(name) {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
