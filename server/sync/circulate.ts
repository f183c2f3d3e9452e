import type { CirculationKind } from '../../shared/schemas';
import { findCirculation, insertCirculation, upgradeToAct } from '../storage/circulations';
import { currentVersionSeq } from '../storage/documents';
import type { WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';

export type CirculateResult = 'created' | 'upgraded' | 'exists';

/**
 * Circulates `doc` to one unit, the one rule every path shares: one circulation per (document,
 * unit); 办理 (act) outranks 阅知 (read), so asking for act where the unit has read upgrades it in
 * place (same id, a new circulation change), and anything else that exists is left as it is.
 * A new circulation delivers the document's current version to the unit once (its cursor may be
 * past it); later versions reach the unit as they are saved.
 */
export async function circulateTo(
  tx: WriteTx,
  who: Principal,
  doc: { id: string; owner_unit_id: string },
  c: { id: string; unitId: string; kind: CirculationKind },
  audit: { clientAt: string; data: unknown; action: string },
): Promise<CirculateResult> {
  const existing = await findCirculation(tx.db, doc.id, c.unitId);
  const entry = { actor: who.userId, device: who.deviceId, clientAt: audit.clientAt, entity: 'circulation', data: audit.data };
  if (existing) {
    if (existing.kind !== 'read' || c.kind !== 'act') return 'exists';
    await upgradeToAct(tx, existing, doc.owner_unit_id);
    await tx.audit({ ...entry, action: 'circulation.upgrade', entityId: existing.id });
    return 'upgraded';
  }
  const documentSeq = await currentVersionSeq(tx.db, doc.id);
  if (documentSeq === undefined) throw new Error(`document ${doc.id} has no stored version`);
  await insertCirculation(tx, { id: c.id, documentId: doc.id, unitId: c.unitId, kind: c.kind, createdBy: who.userId }, doc.owner_unit_id, documentSeq);
  await tx.audit({ ...entry, action: audit.action, entityId: c.id });
  return 'created';
}
