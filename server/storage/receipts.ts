import type { Kysely } from 'kysely';
import { ownerFeed, unitFeed } from './feed';
import { receiptRecord } from './records';
import type { Database, WriteTx } from './types';

// Acknowledgements (acks) and read receipts (reads): facts, one per (document, unit).

export type ReceiptTable = 'acks' | 'reads';

/** Whether a receipt with this id, or any for (document, unit), is stored. */
export async function receiptExists(db: Kysely<Database>, table: ReceiptTable, r: { id: string; documentId: string; unitId: string }): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where((eb) => eb.or([eb('id', '=', r.id), eb.and([eb('document_id', '=', r.documentId), eb('unit_id', '=', r.unitId)])]))
    .executeTakeFirst();
  return !!row;
}

export async function insertReceipt(
  tx: WriteTx,
  table: ReceiptTable,
  r: { id: string; documentId: string; unitId: string; userId: string; at: string },
  owner: string,
): Promise<void> {
  const row = { id: r.id, document_id: r.documentId, unit_id: r.unitId, user_id: r.userId, at: r.at, server_at: tx.now };
  await tx.db.insertInto(table).values(row).execute();
  const entity = table === 'acks' ? 'ack' : 'read';
  await tx.change({ entity, entityId: r.id, feeds: [unitFeed(r.unitId), ownerFeed(owner)], data: receiptRecord(row) });
}
