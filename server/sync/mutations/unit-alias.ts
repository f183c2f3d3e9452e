import { aliasRefusal, addUnitAlias } from '../../storage/units';
import { applied, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * A clerk's choice of unit for a printed name, sent through the outbox like every other change.
 * A name the directory reads as another unit is refused to a clerk (only an admin may point it
 * elsewhere), so one office cannot redirect another's copies; the reason reaches the clerk's view.
 */
export async function applyUnitAlias(ctx: ApplyContext<'unit.alias'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  if (who.role !== 'clerk' && who.role !== 'admin') return rejected('only a clerk or an admin can add unit aliases');
  // A pending unit takes names only from the unit whose clerk proposed it.
  const pending = await tx.db.selectFrom('unit_proposals').select('proposer_unit_id').where('id', '=', p.unitId).where('status', '=', 'pending').executeTakeFirst();
  if (pending && pending.proposer_unit_id !== who.unitId && who.role !== 'admin') return rejected(`unknown unit "${p.unitId}"`);
  const r = await addUnitAlias(tx, p.unitId, p.alias, { actor: who.userId, device: who.deviceId, mayRedirect: who.role === 'admin' });
  if (!r.ok) return rejected(aliasRefusal(r, p.alias, p.unitId));
  return r.changed ? applied() : duplicate('the unit already has this name');
}
