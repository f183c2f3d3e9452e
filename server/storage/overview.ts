import type { Kysely } from 'kysely';
import type { Database } from './types';

export interface UnitProgress {
  unitId: string;
  unitName: string;
  kind: string;
  circulatedAt: string;
  ackAt: string | null;
  readAt: string | null;
}

export interface DocumentProgress {
  id: string;
  title: string;
  version: number;
  ownerUnitId: string;
  ownerUnitName: string;
  meetingDate: string | null;
  updatedAt: string;
  units: UnitProgress[];
}

/** Per document (newest first): the units it was circulated to and when each acknowledged and read it. */
export async function documentsOverview(db: Kysely<Database>, limit = 200): Promise<DocumentProgress[]> {
  const docs = await db.selectFrom('documents').selectAll().orderBy('updated_at', 'desc').orderBy('id').limit(limit).execute();
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.id);
  const [circs, acks, reads, units] = await Promise.all([
    db.selectFrom('circulations').selectAll().where('document_id', 'in', ids).orderBy('created_at').orderBy('unit_id').execute(),
    db.selectFrom('acks').select(['document_id', 'unit_id', 'server_at']).where('document_id', 'in', ids).execute(),
    db.selectFrom('reads').select(['document_id', 'unit_id', 'server_at']).where('document_id', 'in', ids).execute(),
    db.selectFrom('units').select(['id', 'name']).execute(),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const key = (d: string, u: string) => `${d}\u0000${u}`;
  const ackAt = new Map(acks.map((a) => [key(a.document_id, a.unit_id), a.server_at]));
  const readAt = new Map(reads.map((r) => [key(r.document_id, r.unit_id), r.server_at]));
  return docs.map((d) => ({
    id: d.id,
    title: d.title,
    version: Number(d.version),
    ownerUnitId: d.owner_unit_id,
    ownerUnitName: unitName.get(d.owner_unit_id) ?? d.owner_unit_id,
    meetingDate: d.meeting_date,
    updatedAt: d.updated_at,
    units: circs
      .filter((c) => c.document_id === d.id)
      .map((c) => ({
        unitId: c.unit_id,
        unitName: unitName.get(c.unit_id) ?? c.unit_id,
        kind: c.kind,
        circulatedAt: c.created_at,
        ackAt: ackAt.get(key(d.id, c.unit_id)) ?? null,
        readAt: readAt.get(key(d.id, c.unit_id)) ?? null,
      })),
  }));
}
