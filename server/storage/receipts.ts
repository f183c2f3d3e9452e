import type { Kysely } from 'kysely';
import { ownerFeed, unitFeed } from './feed';
import { insertRows, prepared } from './prepared';
import { receiptRecord } from './records';
import type { Database, WriteTx } from './types';

// Acknowledgements (acks) and read receipts (reads): facts, one per (document, unit).

export type ReceiptTable = 'acks' | 'reads';

/**
 * In one query: the owner of the document when it was circulated to the receipt's unit (undefined
 * when it was not), and whether a receipt with this id, or any for (document, unit), is stored.
 */
export async function receiptTarget(
  db: Kysely<Database>,
  table: ReceiptTable,
  r: { id: string; documentId: string; unitId: string },
): Promise<{ owner: string | undefined; exists: boolean }> {
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

export async function insertReceipt(
  tx: WriteTx,
  table: ReceiptTable,
  r: { id: string; documentId: string; unitId: string; userId: string; at: string; userName?: string },
  owner: string,
): Promise<void> {
  const row = { id: r.id, document_id: r.documentId, unit_id: r.unitId, user_id: r.userId, at: r.at, server_at: tx.now };
  await insertRows(tx.db, table, [row]);
  const entity = table === 'acks' ? 'ack' : 'read';
  await tx.change({ entity, entityId: r.id, feeds: [unitFeed(r.unitId), ownerFeed(owner)], data: r.userName ? { ...receiptRecord(row), userName: r.userName } : receiptRecord(row) });
}
