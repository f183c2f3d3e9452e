import type { Kysely } from 'kysely';
import { ownerFeed, unitFeed } from './feed';
import { insertRows, prepared, preparedList } from './prepared';
import { receiptRecord } from './records';
import type { Database, WriteTx } from './types';

// Acknowledgements (acks) and read receipts (reads): facts, one per (document, unit).

export type ReceiptTable = 'acks' | 'reads';

/** What a receipt applier checks: the document's owner when it was circulated to the unit, and whether it is taken. */
export interface ReceiptTarget {
  /** The owner of the document when it was circulated to the receipt's unit; undefined when it was not. */
  owner: string | undefined;
  /** Whether a receipt with this id, or any for (document, unit), is stored. */
  exists: boolean;
}

type ReceiptKey = { id: string; documentId: string; unitId: string };

/** Both answers in one query, for one receipt. */
export async function receiptTarget(db: Kysely<Database>, table: ReceiptTable, r: ReceiptKey): Promise<ReceiptTarget> {
  const [row] = (await targetQuery[table](db, r.documentId, r.unitId, r.id)).rows;
  return { owner: row?.owner_unit_id, exists: !!row && !!Number(row.taken) };
}

const target = (table: ReceiptTable) =>
  prepared(3, (db, documentId, unitId, id) =>
    db
      .selectFrom('circulations')
      .innerJoin('documents', 'documents.id', 'circulations.document_id')
      .select((eb) => [
        'documents.owner_unit_id',
        eb
          .exists(
            eb
              .selectFrom(table)
              .select('id')
              .where((w) => w.or([w('id', '=', id), w.and([w('document_id', '=', documentId), w('unit_id', '=', unitId)])])),
          )
          .as('taken'),
      ])
      .where('circulations.document_id', '=', documentId)
      .where('circulations.unit_id', '=', unitId),
  );
const targetQuery = { acks: target('acks'), reads: target('reads') };

// Ids a list query carries at most: far under both engines' parameter limits (a push has ≤ 500).
const PER_QUERY = 500;
const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / PER_QUERY) }, (_, i) => xs.slice(i * PER_QUERY, (i + 1) * PER_QUERY));

// The batch's reads, each prepared once per list length (see ./prepared).
const ownersQuery = preparedList(1, (db, [unitId], documents) =>
  db
    .selectFrom('circulations')
    .innerJoin('documents', 'documents.id', 'circulations.document_id')
    .select(['circulations.document_id', 'documents.owner_unit_id'])
    .where('circulations.unit_id', '=', unitId)
    .where('circulations.document_id', 'in', documents),
);
const takenIds = (table: ReceiptTable) => preparedList(0, (db, _, ids) => db.selectFrom(table).select('id').where('id', 'in', ids));
const takenDocuments = (table: ReceiptTable) =>
  preparedList(1, (db, [unitId], documents) => db.selectFrom(table).select('document_id').where('unit_id', '=', unitId).where('document_id', 'in', documents));
const takenIdsQuery = { acks: takenIds('acks'), reads: takenIds('reads') };
const takenDocumentsQuery = { acks: takenDocuments('acks'), reads: takenDocuments('reads') };

type ReceiptRow = { id: string; document_id: string; unit_id: string; user_id: string; at: string; server_at: string };

/**
 * The receipts of one push batch, all by one unit: their targets read with a few queries for the
 * whole run of receipts instead of one a receipt, and (when `defer`) their rows inserted together.
 * It answers exactly what `receiptTarget` would, as long as it is told of every receipt it lets in
 * (`insert`) and forgets what it read (`settle`) before anything else writes in the transaction.
 */
export class ReceiptBatch {
  /** Documents read so far: their owner when circulated to the unit, else undefined. */
  private owners = new Map<string, string | undefined>();
  private taken = { acks: { ids: new Set<string>(), documents: new Set<string>() }, reads: { ids: new Set<string>(), documents: new Set<string>() } };
  /** Receipt ids read so far, by table. */
  private known = { acks: new Set<string>(), reads: new Set<string>() };
  private rows: { acks: ReceiptRow[]; reads: ReceiptRow[] } = { acks: [], reads: [] };

  /**
   * @param defer keep inserted rows to write together (`settle`); without it each is written at
   *   once, as under a savepoint each mutation must be.
   */
  constructor(
    private readonly tx: WriteTx,
    readonly unitId: string,
    private readonly defer: boolean,
  ) {}

  /** Reads the targets of `receipts` (the run of receipts about to be applied) in a few queries. */
  async load(receipts: readonly { table: ReceiptTable; id: string; documentId: string }[]): Promise<void> {
    const db = this.tx.db;
    const documents = [...new Set(receipts.map((r) => r.documentId))].filter((d) => !this.owners.has(d));
    for (const part of chunks(documents)) {
      for (const d of part) this.owners.set(d, undefined);
      for (const r of (await ownersQuery(db, [this.unitId], part)).rows) this.owners.set(r.document_id, r.owner_unit_id);
    }
    for (const table of ['acks', 'reads'] as const) {
      const mine = receipts.filter((r) => r.table === table && !this.known[table].has(r.id));
      if (mine.length === 0) continue;
      const ids = [...new Set(mine.map((r) => r.id))];
      const docs = [...new Set(mine.map((r) => r.documentId))];
      const taken = this.taken[table];
      for (const part of chunks(ids)) {
        for (const r of (await takenIdsQuery[table](db, [], part)).rows) taken.ids.add(r.id);
      }
      for (const part of chunks(docs)) {
        for (const r of (await takenDocumentsQuery[table](db, [this.unitId], part)).rows) taken.documents.add(r.document_id);
      }
      for (const id of ids) this.known[table].add(id);
    }
  }

  /** Whether `load` has read this receipt's target. */
  has(table: ReceiptTable, r: { id: string; documentId: string }): boolean {
    return this.known[table].has(r.id) && this.owners.has(r.documentId);
  }

  target(table: ReceiptTable, r: { id: string; documentId: string }): ReceiptTarget {
    const taken = this.taken[table];
    return { owner: this.owners.get(r.documentId), exists: taken.ids.has(r.id) || taken.documents.has(r.documentId) };
  }

  /** A receipt let in: it is taken from now on, and its row is written (or kept to write at `settle`). */
  async insert(table: ReceiptTable, row: ReceiptRow): Promise<void> {
    this.taken[table].ids.add(row.id);
    this.taken[table].documents.add(row.document_id);
    this.known[table].add(row.id);
    if (this.defer) this.rows[table].push(row);
    else await insertRows(this.tx.db, table, [row]);
  }

  /** Writes the rows kept so far and forgets what was read (another write may change it). */
  async settle(): Promise<void> {
    this.forget();
    for (const table of ['acks', 'reads'] as const) {
      const rows = this.rows[table];
      this.rows[table] = [];
      for (const part of chunks(rows)) await insertRows(this.tx.db, table, part);
    }
  }

  /** Forgets what was read, so the next receipts read their targets again. */
  forget(): void {
    this.owners.clear();
    for (const table of ['acks', 'reads'] as const) {
      this.taken[table].ids.clear();
      this.taken[table].documents.clear();
      this.known[table].clear();
    }
  }
}

/**
 * Stores a receipt the applier let in: its row (through `batch` when the push has one), and its
 * change for the unit's and the owner's feeds.
 */
export async function insertReceipt(
  tx: WriteTx,
  table: ReceiptTable,
  r: { id: string; documentId: string; unitId: string; userId: string; at: string; userName?: string },
  owner: string,
  batch?: ReceiptBatch,
): Promise<void> {
  const row = { id: r.id, document_id: r.documentId, unit_id: r.unitId, user_id: r.userId, at: r.at, server_at: tx.now };
  if (batch) await batch.insert(table, row);
  else await insertRows(tx.db, table, [row]);
  const entity = table === 'acks' ? 'ack' : 'read';
  await tx.change({ entity, entityId: r.id, feeds: [unitFeed(r.unitId), ownerFeed(owner)], data: r.userName ? { ...receiptRecord(row), userName: r.userName } : receiptRecord(row) });
}
