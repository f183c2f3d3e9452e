import type { CirculationKind } from '../../shared/schemas';
import { circulationRecord, documentRecord } from '../storage/records';
import type { Database, WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';
import type { Selectable } from 'kysely';

export type CirculateResult = 'created' | 'upgraded' | 'exists';

/**
 * Circulates `doc` to one unit, the one rule every path shares: one circulation per (document,
 * unit); 办理 (act) outranks 阅知 (read), so asking for act where the unit has read upgrades it in
 * place (same id, a new circulation change), and anything else that exists is left as it is.
 * A new circulation also sends the document again for the unit, whose cursor may be past it.
 */
export async function circulateTo(
  tx: WriteTx,
  who: Principal,
  doc: Selectable<Database['documents']>,
  c: { id: string; unitId: string; kind: CirculationKind },
  audit: { clientAt: string; data: unknown; action: string },
): Promise<CirculateResult> {
  const existing = await tx.db.selectFrom('circulations').selectAll().where('document_id', '=', doc.id).where('unit_id', '=', c.unitId).executeTakeFirst();
  const entry = { actor: who.userId, device: who.deviceId, clientAt: audit.clientAt, entity: 'circulation', data: audit.data };
  if (existing) {
    if (existing.kind !== 'read' || c.kind !== 'act') return 'exists';
    await tx.db.updateTable('circulations').set({ kind: 'act' }).where('id', '=', existing.id).execute();
    const row = { ...existing, kind: 'act' };
    await tx.change({ entity: 'circulation', entityId: row.id, documentId: doc.id, unitId: c.unitId, data: circulationRecord(row) });
    await tx.audit({ ...entry, action: 'circulation.upgrade', entityId: row.id });
    return 'upgraded';
  }
  const row = { id: c.id, document_id: doc.id, unit_id: c.unitId, kind: c.kind, created_by: who.userId, created_at: tx.now };
  await tx.db.insertInto('circulations').values(row).execute();
  await tx.change({ entity: 'circulation', entityId: c.id, documentId: doc.id, unitId: c.unitId, data: circulationRecord(row) });
  await tx.change({ entity: 'document', entityId: doc.id, documentId: doc.id, unitId: c.unitId, data: documentRecord(doc) });
  await tx.audit({ ...entry, action: audit.action, entityId: c.id });
  return 'created';
}
