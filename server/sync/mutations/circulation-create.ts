import { getDocument, unitExists } from '../lookups';
import { circulateTo } from '../circulate';
import { applied, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * Circulates a document to one unit, to read or to act on; one circulation per (document, unit).
 * Act for a unit that has read upgrades it (applied); any other second circulation is a duplicate.
 */
export async function applyCirculationCreate(ctx: ApplyContext<'circulation.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const doc = await getDocument(tx, p.documentId);
  if (!doc) return rejected('unknown document (save the document before circulating it)');
  const ownClerk = who.role === 'clerk' && doc.owner_unit_id === who.unitId;
  if (!ownClerk && who.role !== 'admin') return rejected('only a clerk of the issuing unit can circulate this document');
  if (!(await unitExists(tx, p.unitId))) return rejected(`unknown unit "${p.unitId}"`);
  const taken = await tx.db.selectFrom('circulations').select(['document_id', 'unit_id']).where('id', '=', p.id).executeTakeFirst();
  if (taken && (taken.document_id !== p.documentId || taken.unit_id !== p.unitId)) return duplicate('a circulation with this id exists');
  const result = await circulateTo(tx, who, doc, p, { clientAt: ctx.mutation.at, data: p, action: ctx.mutation.type });
  return result === 'exists' ? duplicate('already circulated to this unit') : applied();
}
