import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createSqliteStorage } from '../../server/storage/sqlite';
import type { Storage } from '../../server/storage/types';
import type { Postgres } from './postgres';

/** A fresh database for one benchmark: its storage, how a service process reaches it, and cleanup. */
export interface BenchDb {
  engine: 'sqlite' | 'postgres';
  storage: Storage;
  /** The SQLite file (for direct SQL seeding and raw reads), when on SQLite. */
  file?: string;
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export async function freshDb(engine: 'sqlite' | 'postgres', pg: Postgres | string, name: string): Promise<BenchDb> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `circulate-bench-${name}-`));
    const file = join(dir, 'circulate.db');
    const storage = createSqliteStorage(file);
    return { engine, storage, file, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (typeof pg === 'string') throw new Error(pg);
  const databaseUrl = await pg.database(`${name.replace(/\W/g, '_')}_${Date.now().toString(36)}`);
  return { engine, storage: createPostgresStorage(databaseUrl, 4), databaseUrl, dispose: async () => {} };
}
