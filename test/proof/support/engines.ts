import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createPgDatabase } from '../../storage/helpers';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** Where a service process keeps its data for one test file: its environment, and how to clean up. */
export interface EngineEnv {
  engine: Engine;
  env: NodeJS.ProcessEnv;
  cleanup: () => void;
}

/**
 * A fresh database on `engine`: a SQLite file in a temp folder, or a new database on the throwaway
 * PostgreSQL server of test/setup/postgres.ts. The audit key file (if the service keeps one) lives in
 * the same temp folder, so the service and the admin CLI agree on it.
 */
export async function engineEnv(engine: Engine, name: string): Promise<EngineEnv> {
  const dir = mkdtempSync(join(tmpdir(), `circulate-${name}-`));
  const common = { AUDIT_KEY_FILE: join(dir, 'audit.key'), RATE_LIMIT_PER_MINUTE: '0' };
  const env: NodeJS.ProcessEnv =
    engine === 'sqlite'
      ? { ...common, DATABASE_URL: '', CIRCULATE_DB: join(dir, 'circulate.db') }
      : { ...common, DATABASE_URL: await createPgDatabase(inject('pgUrl'), name.replace(/\W/g, '_')), CIRCULATE_DB: '' };
  return { engine, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
