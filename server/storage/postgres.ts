import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { createKyselyStorage } from './kysely-storage';
import type { Database, Storage } from './types';

const INT8 = 20;

/** Shared engine for several service instances: a pg Pool on DATABASE_URL. */
export function createPostgresStorage(url: string, poolSize = 10): Storage {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Sequence numbers and counts are int8; they stay far below 2^53, so parse them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStorage(db, {
    engine: 'postgres',
    // Every writer locks the one counter row first and keeps the lock until it commits, so a change
    // numbered N+1 can only be written after the transaction holding N has committed: a pull never
    // sees N+1 without N (no change that commits late is skipped).
    lockForWrite: async (trx) => {
      await trx.selectFrom('counters').select('value').where('name', '=', 'seq').forUpdate().execute();
    },
  });
}
