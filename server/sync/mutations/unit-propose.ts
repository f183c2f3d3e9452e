import { insertProposal } from '../../storage/unit-proposals';
import { listUnits } from '../../storage/units';
import { unitMatcher } from '../../units/match';
import { applied, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * A clerk proposes a unit the directory lacks. It is pending until an admin decides; copies
 * circulated to it meanwhile wait. A name the directory already holds is refused with the unit to
 * choose instead, so a proposal never makes a second unit for one name.
 */
export async function applyUnitPropose(ctx: ApplyContext<'unit.propose'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  if (who.role !== 'clerk' && who.role !== 'admin') return rejected('only a clerk or an admin can propose units');
  const existing = await tx.db.selectFrom('unit_proposals').select(['id', 'name', 'proposed_by']).where('id', '=', p.id).executeTakeFirst();
  if (existing) return existing.proposed_by === who.userId && existing.name === p.name ? duplicate('already proposed') : rejected('a proposal with this id exists');
  if (await tx.db.selectFrom('units').select('id').where('id', '=', p.id).executeTakeFirst()) return rejected('a unit with this id exists');
  const units = await listUnits(tx.db);
  const same = unitMatcher(units).resolve(p.name);
  if (same.state === 'matched' && same.match) return rejected(`"${p.name}" is already unit "${same.match.name}" (${same.match.id}): choose it instead`);
  if (p.parentId && !units.some((u) => u.id === p.parentId)) return rejected(`unknown parent unit "${p.parentId}"`);
  await insertProposal(tx, p, who);
  await tx.audit({ actor: who.userId, device: who.deviceId, clientAt: ctx.mutation.at, action: 'unit.propose', entity: 'unitProposal', entityId: p.id, data: p });
  return applied();
}
