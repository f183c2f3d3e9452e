import type { Kysely } from 'kysely';
import type { DocumentRecord } from '../../shared/schemas';
import { circulatedUnits } from './circulations';
import { ownerFeed, unitFeed } from './feed';
import { documentRecord } from './records';
import type { Database, WriteTx } from './types';

// Documents: one row per document (its current version's header), every version's record once in
// document_versions.

type Db = Kysely<Database>;

export const getDocument = (db: Db, id: string) => db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();

export interface DocumentContent {
  id: string;
  contentHash: string;
  url: string;
  title: string;
  meetingDate: string | null;
  draft: DocumentRecord['draft'];
}

/** The record the next version of a document would be (version 1 for a new one), before it is stored. */
export function nextVersion(
  tx: WriteTx,
  old: { version: number; owner_unit_id: string; created_by: string; created_at: string } | undefined,
  p: DocumentContent,
  who: { userId: string; unitId: string },
) {
  const row = {
    id: p.id,
    content_hash: p.contentHash,
    version: old ? Number(old.version) + 1 : 1,
    url: p.url,
    title: p.title,
    meeting_date: p.meetingDate,
    owner_unit_id: old?.owner_unit_id ?? who.unitId,
    created_by: old?.created_by ?? who.userId,
    created_at: old?.created_at ?? tx.now,
    updated_at: tx.now,
  };
  return { row, record: documentRecord(row, p.draft) };
}

/**
 * Stores a document's new version: the row updated (or created), the record once in
 * document_versions, as a change for the owner's clerks and every unit it was circulated to.
 */
export async function saveVersion(tx: WriteTx, row: ReturnType<typeof nextVersion>['row'], record: DocumentRecord): Promise<number> {
  if (row.version === 1) await tx.db.insertInto('documents').values(row).execute();
  else await tx.db.updateTable('documents').set(row).where('id', '=', row.id).execute();
  const units = row.version === 1 ? [] : await circulatedUnits(tx.db, row.id);
  return tx.documentVersion(record, [ownerFeed(row.owner_unit_id), ...units.map(unitFeed)]);
}

/** The change number a document's current version was stored under. */
export async function currentVersionSeq(db: Db, documentId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('document_versions')
    .innerJoin('documents', (j) => j.onRef('documents.id', '=', 'document_versions.document_id').onRef('documents.version', '=', 'document_versions.version'))
    .select('document_versions.seq')
    .where('document_versions.document_id', '=', documentId)
    .executeTakeFirst();
  return row ? Number(row.seq) : undefined;
}
