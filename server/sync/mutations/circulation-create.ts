import { circulationById } from '../../storage/circulations';
import { getDocument } from '../../storage/documents';
import { missingUnits } from '../../storage/units';
import { circulateTo } from '../circulate';
import { canCirculate, unknownUnit } from '../guards';
import { applied, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * Circulates a document to one unit, to read or to act on; one circulation per (document, unit).
 * Act for a unit that has read upgrades it (applied); any other second circulation is a duplicate.
 */
export async function applyCirculationCreate(ctx: ApplyContext<'circulation.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const doc = await getDocument(tx.db, p.documentId);
  if (!doc) return rejected('unknown document (save the document before circulating it)');
  const refused = canCirculate(who, doc) ?? unknownUnit(await missingUnits(tx.db, [p.unitId]));
  if (refused) return rejected(refused);
  const taken = await circulationById(tx.db, p.id);
  if (taken && (taken.document_id !== p.documentId || taken.unit_id !== p.unitId)) return duplicate('a circulation with this id exists');
  const result = await circulateTo(tx, who, doc, p, { clientAt: ctx.mutation.at, data: p, action: ctx.mutation.type });
  return result === 'exists' ? duplicate('already circulated to this unit') : applied();
}
