import type { Kysely } from 'kysely';
import type { CirculationKind } from '../../shared/schemas';
import { ownerFeed, unitFeed } from './feed';
import { circulationRecord } from './records';
import type { Database, WriteTx } from './types';

// Circulations: one per (document, unit), 阅知 (read) or 办理 (act).

type Db = Kysely<Database>;

export const findCirculation = (db: Db, documentId: string, unitId: string) =>
  db.selectFrom('circulations').selectAll().where('document_id', '=', documentId).where('unit_id', '=', unitId).executeTakeFirst();

export const circulationById = (db: Db, id: string) =>
  db.selectFrom('circulations').select(['document_id', 'unit_id']).where('id', '=', id).executeTakeFirst();

/** The units a document was circulated to. */
export async function circulatedUnits(db: Db, documentId: string): Promise<string[]> {
  return (await db.selectFrom('circulations').select('unit_id').where('document_id', '=', documentId).execute()).map((r) => r.unit_id);
}

/** The owner of a document when it was circulated to `unitId` (undefined when it was not). */
export async function circulatedDocumentOwner(db: Db, documentId: string, unitId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('circulations')
    .innerJoin('documents', 'documents.id', 'circulations.document_id')
    .select('documents.owner_unit_id')
    .where('circulations.document_id', '=', documentId)
    .where('circulations.unit_id', '=', unitId)
    .executeTakeFirst();
  return row?.owner_unit_id;
}

/**
 * A new circulation: the document's current version delivered to the unit's feed (its cursor may be
 * past it), then the circulation itself, for the unit and the owner's clerks.
 */
export async function insertCirculation(
  tx: WriteTx,
  c: { id: string; documentId: string; unitId: string; kind: CirculationKind; createdBy: string },
  owner: string,
  documentSeq: number,
): Promise<void> {
  const row = { id: c.id, document_id: c.documentId, unit_id: c.unitId, kind: c.kind, created_by: c.createdBy, created_at: tx.now };
  await tx.db.insertInto('circulations').values(row).execute();
  await tx.deliver(unitFeed(c.unitId), documentSeq);
  await tx.change({ entity: 'circulation', entityId: c.id, feeds: [unitFeed(c.unitId), ownerFeed(owner)], data: circulationRecord(row) });
}

/** 阅知 becomes 办理 in place: same id, a new circulation change. */
export async function upgradeToAct(tx: WriteTx, existing: NonNullable<Awaited<ReturnType<typeof findCirculation>>>, owner: string): Promise<void> {
  await tx.db.updateTable('circulations').set({ kind: 'act' }).where('id', '=', existing.id).execute();
  const row = { ...existing, kind: 'act' };
  await tx.change({ entity: 'circulation', entityId: row.id, feeds: [unitFeed(row.unit_id), ownerFeed(owner)], data: circulationRecord(row) });
}
