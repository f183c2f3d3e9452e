import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { migrationProvider } from './migrations';
import type { Database, Engine, NewAudit, NewChange, Storage, WriteTx } from './types';

export interface EngineHooks {
  engine: Engine;
  /** Takes the write lock as the transaction's first statement and returns the last change number. */
  lockForWrite(trx: Transaction<Database>): Promise<number>;
  /** Called once by close() after both Kysely instances are destroyed. */
  onClose?(): Promise<void>;
}

const toJson = (v: unknown) => JSON.stringify(v ?? null);
const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

interface Tail {
  seq: number;
  hash: string;
}

/**
 * One write transaction. The change counter and the audit chain's tail are read once, when first
 * needed, then kept here for the rest of the transaction (it holds the write lock, so nobody else
 * moves them); the counter is written back once at the end.
 */
class Writer implements WriteTx {
  private seq: number;
  private auditTail: Tail | undefined;
  private depth = 0;

  constructor(
    readonly db: Transaction<Database>,
    readonly now: string,
    private readonly startSeq: number,
  ) {
    this.seq = startSeq;
  }

  private async feedRows(seq: number, feeds: readonly string[] | undefined) {
    const unique = [...new Set(feeds ?? [])];
    if (unique.length) await this.db.insertInto('feed').values(unique.map((feed) => ({ feed, seq, change_seq: seq }))).execute();
  }

  async change(c: NewChange): Promise<number> {
    const seq = ++this.seq;
    const data = toJson(c.data);
    await this.db
      .insertInto('changes')
      .values({ seq, entity: c.entity, entity_id: c.entityId, data, bytes: byteLength(data), version: null, server_at: this.now })
      .execute();
    await this.feedRows(seq, c.feeds);
    return seq;
  }

  async documentVersion(record: { id: string; version: number }, feeds: readonly string[]): Promise<number> {
    const seq = ++this.seq;
    const data = toJson(record);
    const bytes = byteLength(data);
    await this.db.insertInto('document_versions').values({ document_id: record.id, version: record.version, seq, data, bytes }).execute();
    await this.db
      .insertInto('changes')
      .values({ seq, entity: 'document', entity_id: record.id, data: 'null', bytes, version: record.version, server_at: this.now })
      .execute();
    await this.feedRows(seq, feeds);
    return seq;
  }

  async deliver(feed: string, changeSeq: number): Promise<number> {
    const seq = ++this.seq;
    await this.db.insertInto('feed').values({ feed, seq, change_seq: changeSeq }).execute();
    return seq;
  }

  async audit(a: NewAudit): Promise<void> {
    if (!this.auditTail) {
      const last = await this.db.selectFrom('audit').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      this.auditTail = last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    }
    const fields = {
      seq: this.auditTail.seq + 1,
      actor: a.actor,
      device: a.device ?? null,
      client_at: a.clientAt ?? null,
      server_at: this.now,
      action: a.action,
      entity: a.entity,
      entity_id: a.entityId,
      data: toJson(a.data),
      prev_hash: this.auditTail.hash,
    };
    const hash = auditHash(fields);
    await this.db.insertInto('audit').values({ ...fields, hash }).execute();
    this.auditTail = { seq: fields.seq, hash };
  }

  async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    const name = sql.raw(`sp${++this.depth}`);
    const kept = { seq: this.seq, auditTail: this.auditTail };
    await sql`savepoint ${name}`.execute(this.db);
    try {
      const result = await fn();
      await sql`release savepoint ${name}`.execute(this.db);
      return result;
    } catch (e) {
      await sql`rollback to savepoint ${name}`.execute(this.db);
      await sql`release savepoint ${name}`.execute(this.db);
      this.seq = kept.seq;
      this.auditTail = kept.auditTail;
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** Writes the counter back once, if this transaction numbered anything. */
  async finish(): Promise<void> {
    if (this.seq !== this.startSeq) await this.db.updateTable('counters').set({ value: this.seq }).where('name', '=', 'seq').execute();
  }
}

/**
 * The engine-independent part of the storage: migrations and write transactions, one at a time per
 * process. `db` serves reads on connections of its own; `writeDb` is used by writes and migrations.
 */
export function createKyselyStorage(db: Kysely<Database>, writeDb: Kysely<Database>, hooks: EngineHooks): Storage {
  // The in-process writer queue: each write starts when the one before it has finished, so writers
  // never pile up on the database's lock (and SQLite never answers "busy" to this process).
  let queue: Promise<unknown> = Promise.resolve();

  const run = <T>(fn: (tx: WriteTx) => Promise<T>) =>
    writeDb.transaction().execute(async (trx) => {
      const seq = await hooks.lockForWrite(trx);
      const writer = new Writer(trx, new Date().toISOString(), seq);
      const result = await fn(writer);
      await writer.finish();
      return result;
    });

  return {
    engine: hooks.engine,
    db,
    async migrate() {
      const migrator = new Migrator({ db: writeDb, provider: migrationProvider });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error || failed) {
        const why = error instanceof Error ? error.message : String(error ?? '');
        throw new Error(failed ? `migration ${failed.migrationName} failed: ${why}` : `migrations failed: ${why}`);
      }
    },
    write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
      const next = queue.then(() => run(fn));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      await db.destroy();
      if (writeDb !== db) await writeDb.destroy();
      await hooks.onClose?.();
    },
  };
}
