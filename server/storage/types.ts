import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables';

export type { Database } from './tables';
export type Engine = 'sqlite' | 'postgres';

/** The entities a change can name (the pull feed's `entity`). */
export type ChangeEntity = 'document' | 'circulation' | 'ack' | 'read' | 'task' | 'taskUpdate' | 'reminder' | 'unit';

export interface NewChange {
  entity: ChangeEntity;
  entityId: string;
  /** Columns that decide who may see the change (see server/storage/changes.ts). */
  documentId?: string | null;
  unitId?: string | null;
  taskId?: string | null;
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
  /** Appends a change to the pull feed and returns its sequence number. */
  change(change: NewChange): Promise<number>;
  /** Appends an audit entry chained to the one before it. */
  audit(entry: NewAudit): Promise<void>;
}

/**
 * The one storage interface both engines implement. Reads go through `db` (Kysely: the same
 * queries run on SQLite and PostgreSQL); every write goes through `write`, which runs `fn` in a
 * transaction that holds the write lock from its first statement, so change numbers and audit
 * entries are assigned in commit order.
 */
export interface Storage {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  migrate(): Promise<void>;
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
