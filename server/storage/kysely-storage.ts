import { Migrator, type Kysely, type Transaction } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { migrationProvider } from './migrations';
import type { Database, Engine, NewAudit, NewChange, Storage, WriteTx } from './types';

export interface EngineHooks {
  engine: Engine;
  /** Takes the write lock as the transaction's first statement. */
  lockForWrite(trx: Transaction<Database>): Promise<void>;
  /** Called once by close() after the Kysely instance is destroyed. */
  onClose?(): Promise<void>;
}

const toJson = (v: unknown) => JSON.stringify(v ?? null);

class Writer implements WriteTx {
  constructor(
    readonly db: Transaction<Database>,
    readonly now: string,
  ) {}

  async change(c: NewChange): Promise<number> {
    const { value } = await this.db
      .updateTable('counters')
      .set((eb) => ({ value: eb('value', '+', 1) }))
      .where('name', '=', 'seq')
      .returning('value')
      .executeTakeFirstOrThrow();
    const seq = Number(value);
    await this.db
      .insertInto('changes')
      .values({
        seq,
        entity: c.entity,
        entity_id: c.entityId,
        document_id: c.documentId ?? null,
        unit_id: c.unitId ?? null,
        task_id: c.taskId ?? null,
        data: toJson(c.data),
        server_at: this.now,
      })
      .execute();
    return seq;
  }

  async audit(a: NewAudit): Promise<void> {
    const last = await this.db
      .selectFrom('audit')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const fields = {
      seq: last ? Number(last.seq) + 1 : 1,
      actor: a.actor,
      device: a.device ?? null,
      client_at: a.clientAt ?? null,
      server_at: this.now,
      action: a.action,
      entity: a.entity,
      entity_id: a.entityId,
      data: toJson(a.data),
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    await this.db.insertInto('audit').values({ ...fields, hash: auditHash(fields) }).execute();
  }
}

/** The engine-independent part of the storage: migrations and serialized write transactions. */
export function createKyselyStorage(db: Kysely<Database>, hooks: EngineHooks): Storage {
  return {
    engine: hooks.engine,
    db,
    async migrate() {
      const migrator = new Migrator({ db, provider: migrationProvider });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error || failed) {
        const why = error instanceof Error ? error.message : String(error ?? '');
        throw new Error(failed ? `migration ${failed.migrationName} failed: ${why}` : `migrations failed: ${why}`);
      }
    },
    write(fn) {
      return db.transaction().execute(async (trx) => {
        await hooks.lockForWrite(trx);
        return fn(new Writer(trx, new Date().toISOString()));
      });
    },
    async close() {
      await db.destroy();
      await hooks.onClose?.();
    },
  };
}
