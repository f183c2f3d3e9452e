import { receiptRecord } from '../../storage/records';
import { isCirculatedTo } from '../lookups';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * An acknowledgement (签收) or a read receipt by the caller's unit: a fact, one per (document,
 * unit); the first wins and any later one is a duplicate that changes nothing.
 */
async function applyReceipt(ctx: ApplyContext<'ack.create'> | ApplyContext<'read.create'>, table: 'acks' | 'reads', entity: 'ack' | 'read'): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  if (!(await isCirculatedTo(tx, p.documentId, who.unitId))) return rejected('not circulated to your unit');
  const existing = await tx.db
    .selectFrom(table)
    .select('id')
    .where((eb) => eb.or([eb('id', '=', p.id), eb.and([eb('document_id', '=', p.documentId), eb('unit_id', '=', who.unitId)])]))
    .executeTakeFirst();
  if (existing) return duplicate(entity === 'ack' ? 'your unit has already acknowledged this document' : 'already marked as read');
  const row = { id: p.id, document_id: p.documentId, unit_id: who.unitId, user_id: who.userId, at: ctx.mutation.at, server_at: tx.now };
  await tx.db.insertInto(table).values(row).execute();
  await tx.change({ entity, entityId: p.id, documentId: p.documentId, unitId: who.unitId, data: receiptRecord(row) });
  await tx.audit(auditOf(ctx, entity, p.id));
  return applied();
}

export const applyAckCreate = (ctx: ApplyContext<'ack.create'>) => applyReceipt(ctx, 'acks', 'ack');
export const applyReadCreate = (ctx: ApplyContext<'read.create'>) => applyReceipt(ctx, 'reads', 'read');
