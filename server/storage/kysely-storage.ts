import { CompiledQuery, Migrator, type Insertable, type Kysely, type Transaction } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { insertRows, prepared } from './prepared';
import { migrationProvider } from './migrations';
import type { AppendTable, Database, Engine, NewAudit, NewChange, Storage, WriteTx } from './types';

export interface EngineHooks {
  engine: Engine;
  /** Takes the write lock as the transaction's first statement and returns the last change number. */
  lockForWrite(trx: Transaction<Database>): Promise<number>;
  /**
   * Called when the writer queue has emptied, on a later tick (after its callers have heard back),
   * if nothing has been queued since: housekeeping that should not hold up a write (SQLite's WAL
   * checkpoint). It runs between transactions, never inside one.
   */
  onIdle?(): void;
  /** Called once by close() after both Kysely instances are destroyed. */
  onClose?(): Promise<void>;
}

const toJson = (v: unknown) => JSON.stringify(v ?? null);
const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

interface Tail {
  seq: number;
  hash: string;
}

type AppendRow<T extends AppendTable> = Insertable<Database[T]>;
type Pending = { [T in AppendTable]: AppendRow<T>[] };

// Rows a multi-row insert carries at most: under SQLite's 32 766 and PostgreSQL's 65 535 parameters
// for the widest of these tables (11 columns), and few enough distinct statement shapes to cache.
const ROWS_PER_INSERT = 200;
/** Writes that may share one transaction (see createKyselyStorage). */
const MAX_GROUP = 50;

const auditTailQuery = prepared(0, (db) => db.selectFrom('audit').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
const setCounter = prepared(1, (db, value) => db.updateTable('counters').set({ value }).where('name', '=', 'seq'));
const APPEND_ORDER: AppendTable[] = ['changes', 'feed', 'audit', 'applied_mutations'];

/**
 * One write transaction. The change counter and the audit chain's tail are read once, when first
 * needed, then kept here for the rest of the transaction (it holds the write lock, so nobody else
 * moves them); the counter is written back once at the end. Rows of the append-only tables (the
 * change log, feeds, audit entries, applied-mutation records) are kept here too and written with a
 * few multi-row inserts when the transaction ends (or when someone needs them in the database
 * before: `flush`), instead of one statement each.
 */
class Writer implements WriteTx {
  private seq: number;
  private auditTail: Tail | undefined;
  private wroteAudit = false;
  private depth = 0;
  private pending: Pending = { changes: [], feed: [], audit: [], applied_mutations: [] };

  constructor(
    readonly db: Transaction<Database>,
    readonly now: string,
    private readonly startSeq: number,
  ) {
    this.seq = startSeq;
  }

  append<T extends AppendTable>(table: T, row: AppendRow<T>): void {
    (this.pending[table] as AppendRow<T>[]).push(row);
  }

  async flush(): Promise<void> {
    for (const table of APPEND_ORDER) {
      const rows = this.pending[table] as AppendRow<typeof table>[];
      if (rows.length === 0) continue;
      this.pending[table] = [];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await insertRows(this.db, table, rows.slice(i, i + ROWS_PER_INSERT) as Record<string, unknown>[]);
      }
    }
  }

  private feedRows(seq: number, feeds: readonly string[] | undefined) {
    for (const feed of new Set(feeds ?? [])) this.append('feed', { feed, seq, change_seq: seq });
  }

  async change(c: NewChange): Promise<number> {
    const seq = ++this.seq;
    const data = toJson(c.data);
    this.append('changes', { seq, entity: c.entity, entity_id: c.entityId, data, bytes: byteLength(data), version: null, server_at: this.now });
    this.feedRows(seq, c.feeds);
    return seq;
  }

  async documentVersion(record: { id: string; version: number }, feeds: readonly string[]): Promise<number> {
    const seq = ++this.seq;
    const data = toJson(record);
    const bytes = byteLength(data);
    await this.db.insertInto('document_versions').values({ document_id: record.id, version: record.version, seq, data, bytes }).execute();
    this.append('changes', { seq, entity: 'document', entity_id: record.id, data: 'null', bytes, version: record.version, server_at: this.now });
    this.feedRows(seq, feeds);
    return seq;
  }

  async deliver(feed: string, changeSeq: number): Promise<number> {
    const seq = ++this.seq;
    this.append('feed', { feed, seq, change_seq: changeSeq });
    return seq;
  }

  private async tail(): Promise<Tail> {
    if (!this.auditTail) {
      const [last] = (await auditTailQuery(this.db)).rows;
      this.auditTail = last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    }
    return this.auditTail;
  }

  async audit(a: NewAudit): Promise<void> {
    const tail = await this.tail();
    const fields = {
      seq: tail.seq + 1,
      actor: a.actor,
      device: a.device ?? null,
      client_at: a.clientAt ?? null,
      server_at: this.now,
      action: a.action,
      entity: a.entity,
      entity_id: a.entityId,
      data: toJson(a.data),
      prev_hash: tail.hash,
    };
    const hash = auditHash(fields);
    this.append('audit', { ...fields, hash });
    this.auditTail = { seq: fields.seq, hash };
    this.wroteAudit = true;
  }

  async auditHead(): Promise<Tail | undefined> {
    const tail = await this.tail();
    return tail.seq === 0 ? undefined : tail;
  }

  get auditWritten(): boolean {
    return this.wroteAudit;
  }

  async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`;
    const kept = {
      seq: this.seq,
      auditTail: this.auditTail,
      wroteAudit: this.wroteAudit,
      // Flushing swaps in a new array and never changes the old one, so (array, length) keeps
      // exactly the rows kept for later when this savepoint began.
      arrays: APPEND_ORDER.map((t) => this.pending[t]),
      lengths: APPEND_ORDER.map((t) => this.pending[t].length),
    };
    // Already compiled: a savepoint is two statements a mutation, not worth a query builder each.
    await this.db.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
    try {
      const result = await fn();
      await this.db.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
      return result;
    } catch (e) {
      await this.db.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
      await this.db.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
      this.seq = kept.seq;
      this.auditTail = kept.auditTail;
      this.wroteAudit = kept.wroteAudit;
      // Back to the rows kept for later when the savepoint began: those the undone part added go,
      // and those a flush inside it wrote (which the rollback has just undone) are kept again.
      APPEND_ORDER.forEach((t, i) => {
        const rows = kept.arrays[i] as AppendRow<typeof t>[];
        if (this.pending[t] === rows) rows.length = kept.lengths[i];
        else (this.pending as Record<AppendTable, unknown[]>)[t] = rows.slice(0, kept.lengths[i]);
      });
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** Writes what is kept for later, and the counter once, if this transaction numbered anything. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.seq !== this.startSeq) await setCounter(this.db, this.seq);
  }
}

/**
 * The engine-independent part of the storage: migrations and write transactions, one at a time per
 * process. `db` serves reads on connections of its own; `writeDb` is used by writes and migrations.
 */
export function createKyselyStorage(db: Kysely<Database>, writeDb: Kysely<Database>, hooks: EngineHooks): Storage {
  // The in-process writer queue: one transaction at a time, so writers never pile up on the
  // database's lock (and SQLite never answers "busy" to this process). Writes that arrived while
  // one ran share the next transaction, each under its own savepoint (group commit): under many
  // clients the lock, the counter, the flush and the commit are paid once for the group instead of
  // once a write, which is what made pushes queue for seconds. A write that fails is undone alone
  // and its caller gets its error; every caller hears back only after the commit.
  type Job = { fn: (tx: WriteTx) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  let waiting: Job[] = [];
  let draining: Promise<void> | undefined;
  let closing = false;

  const transaction = <T>(body: (writer: Writer) => Promise<T>) =>
    writeDb.transaction().execute(async (trx) => {
      const seq = await hooks.lockForWrite(trx);
      const writer = new Writer(trx, new Date().toISOString(), seq);
      const result = await body(writer);
      await writer.finish();
      return result;
    });

  async function runGroup(group: Job[]): Promise<void> {
    if (group.length === 1) {
      const [job] = group;
      await transaction((w) => job.fn(w)).then(job.resolve, job.reject);
      return;
    }
    type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };
    let settled: Settled[];
    try {
      settled = await transaction(async (w) => {
        const out: Settled[] = [];
        for (const job of group) {
          out.push(await w.savepoint(() => job.fn(w)).then((value): Settled => ({ ok: true, value }), (error): Settled => ({ ok: false, error })));
        }
        return out;
      });
    } catch (e) {
      for (const job of group) job.reject(e);
      return;
    }
    group.forEach((job, i) => {
      const s = settled[i];
      if (s.ok) job.resolve(s.value);
      else job.reject(s.error);
    });
  }

  async function drain(): Promise<void> {
    while (waiting.length) {
      const group = waiting.slice(0, MAX_GROUP);
      waiting = waiting.slice(group.length);
      await runGroup(group);
    }
    draining = undefined;
    if (hooks.onIdle && !closing) {
      setImmediate(() => {
        if (!draining && waiting.length === 0 && !closing) hooks.onIdle!();
      });
    }
  }

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
      return new Promise<T>((resolve, reject) => {
        waiting.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        // Started on a later tick, so writes asked for together go together.
        draining ??= new Promise<void>((go) => setImmediate(go)).then(drain);
      });
    },
    async close() {
      closing = true;
      while (draining) await draining;
      await db.destroy();
      if (writeDb !== db) await writeDb.destroy();
      await hooks.onClose?.();
    },
  };
}
