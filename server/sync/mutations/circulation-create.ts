import { circulationRecord, documentRecord } from '../../storage/records';
import { getDocument, isCirculatedTo, unitExists } from '../lookups';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/** Circulates a document to one unit, to read or to act on; one circulation per (document, unit). */
export async function applyCirculationCreate(ctx: ApplyContext<'circulation.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const doc = await getDocument(tx, p.documentId);
  if (!doc) return rejected('unknown document (save the document before circulating it)');
  const ownClerk = who.role === 'clerk' && doc.owner_unit_id === who.unitId;
  if (!ownClerk && who.role !== 'admin') return rejected('only a clerk of the issuing unit can circulate this document');
  if (!(await unitExists(tx, p.unitId))) return rejected(`unknown unit "${p.unitId}"`);
  if (await isCirculatedTo(tx, p.documentId, p.unitId)) return duplicate('already circulated to this unit');
  if (await tx.db.selectFrom('circulations').select('id').where('id', '=', p.id).executeTakeFirst()) {
    return duplicate('a circulation with this id exists');
  }
  const row = { id: p.id, document_id: p.documentId, unit_id: p.unitId, kind: p.kind, created_by: who.userId, created_at: tx.now };
  await tx.db.insertInto('circulations').values(row).execute();
  await tx.change({ entity: 'circulation', entityId: p.id, documentId: p.documentId, unitId: p.unitId, data: circulationRecord(row) });
  // The receiving unit may have pulled past the document's own change already: send it again for them.
  await tx.change({ entity: 'document', entityId: doc.id, documentId: doc.id, unitId: p.unitId, data: documentRecord(doc) });
  await tx.audit(auditOf(ctx, 'circulation', p.id));
  return applied();
}
