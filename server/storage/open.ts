import { createPostgresStorage } from './postgres';
import { createSqliteStorage } from './sqlite';
import type { Storage } from './types';

/** The storage the environment names: PostgreSQL when DATABASE_URL is postgres://…, else SQLite. */
export function openStorage(env: NodeJS.ProcessEnv = process.env): Storage {
  const url = env.DATABASE_URL ?? '';
  if (/^postgres(ql)?:\/\//.test(url)) return createPostgresStorage(url);
  return createSqliteStorage(env.CIRCULATE_DB || './data/circulate.db');
}

/** Opens the storage and brings its schema up to date. */
export async function openMigratedStorage(env: NodeJS.ProcessEnv = process.env): Promise<Storage> {
  const storage = openStorage(env);
  try {
    await storage.migrate();
  } catch (e) {
    await storage.close();
    throw e;
  }
  return storage;
}
