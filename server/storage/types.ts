import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from './tables';

export type { Database } from './tables';
export type Engine = 'sqlite' | 'postgres';

/** The append-only tables a write transaction fills: rows nobody reads back before it commits. */
export type AppendTable = 'changes' | 'feed' | 'audit' | 'applied_mutations';

/** The entities a change can name (the pull feed's `entity`). */
export type ChangeEntity = 'document' | 'circulation' | 'ack' | 'read' | 'task' | 'taskUpdate' | 'reminder' | 'unit';

export interface NewChange {
  entity: ChangeEntity;
  entityId: string;
  /**
   * The feeds that receive it (server/storage/feed.ts: everyone, a unit, a unit's clerks). Every
   * change is in the global log as well, which supervisors and admins read.
   */
  feeds?: readonly string[];
  data: unknown;
}

export interface NewAudit {
  actor: string;
  device?: string | null;
  clientAt?: string | null;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
}

/** What a write transaction may do besides plain queries: number changes and chain audit entries. */
export interface WriteTx {
  readonly db: Transaction<Database>;
  /** Server time of this transaction (ISO-8601 UTC). */
  readonly now: string;
  /** Appends a change to the global log and to `feeds`; returns its sequence number. */
  change(change: NewChange): Promise<number>;
  /** Stores a document version once (its record as served) and appends it to `feeds`. */
  documentVersion(record: { id: string; version: number }, feeds: readonly string[]): Promise<number>;
  /**
   * Appends an existing change to one more feed under a new sequence number, so a reader whose
   * cursor has passed it still receives it (a document first circulated to a unit).
   */
  deliver(feed: string, changeSeq: number): Promise<number>;
  /** Appends an audit entry chained to the one before it. */
  audit(entry: NewAudit): Promise<void>;
  /**
   * Adds a row to an append-only table (the change log, feeds, audit entries, applied-mutation
   * records) at the end of the transaction, with others in one multi-row insert. Nothing in a
   * write reads those tables back; one that needs to calls `flush` first.
   */
  append<T extends AppendTable>(table: T, row: Insertable<Database[T]>): void;
  /** Writes the rows `append` has kept so far. */
  flush(): Promise<void>;
  /** The audit chain's last entry as this transaction leaves it so far (undefined when empty). */
  auditHead(): Promise<{ seq: number; hash: string } | undefined>;
  /** Whether this transaction has added audit entries. */
  readonly auditWritten: boolean;
  /**
   * Runs `fn` under a savepoint: if it throws, what it wrote (rows, change numbers, audit entries) is
   * undone and the error is thrown on, while the transaction goes on.
   */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * The one storage interface both engines implement. Reads go through `db` (Kysely: the same
 * queries run on SQLite and PostgreSQL) on connections of their own, so they never wait for a
 * writer. Every write goes through `write`: one at a time per process (a queue), in a transaction
 * that holds the write lock from its first statement, so change numbers and audit entries are
 * assigned in commit order.
 */
export interface Storage {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  migrate(): Promise<void>;
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: calls `onNotify` whenever a transaction that stored changes commits, through
   * any instance (LISTEN on the channel migration 0007 notifies). Resolves to a function that stops.
   */
  listenForChanges?(onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
