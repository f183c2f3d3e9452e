import { insertReceipt, receiptTarget, type ReceiptTable } from '../../storage/receipts';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * An acknowledgement (签收) or a read receipt by the caller's unit: a fact, one per (document,
 * unit); the first wins and any later one is a duplicate that changes nothing.
 */
async function applyReceipt(ctx: ApplyContext<'ack.create'> | ApplyContext<'read.create'>, table: ReceiptTable): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const receipt = { id: p.id, documentId: p.documentId, unitId: who.unitId, userId: who.userId, at: ctx.mutation.at, userName: who.name };
  // The push reads its batch's targets together; on its own (or not read yet) one query answers the same.
  const batch = ctx.receipts?.unitId === who.unitId ? ctx.receipts : undefined;
  const { owner, exists } = batch?.has(table, receipt) ? batch.target(table, receipt) : await receiptTarget(tx.db, table, receipt);
  if (owner === undefined) return rejected('not circulated to your unit');
  if (exists) {
    return duplicate(table === 'acks' ? 'your unit has already acknowledged this document' : 'already marked as read');
  }
  await insertReceipt(tx, table, receipt, owner, batch);
  await tx.audit(auditOf(ctx, table === 'acks' ? 'ack' : 'read', p.id));
  return applied();
}

export const applyAckCreate = (ctx: ApplyContext<'ack.create'>) => applyReceipt(ctx, 'acks');
export const applyReadCreate = (ctx: ApplyContext<'read.create'>) => applyReceipt(ctx, 'reads');
