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

/** A slice of a list in display order; `more` says whether anything follows it. */
export interface Page<T> {
  items: T[];
  more: boolean;
}

export interface Slice {
  offset: number;
  limit: number;
}

/**
 * One page of documents (newest first) with the units each was circulated to and when each
 * acknowledged and read it. Two queries whatever the page: the documents of the page, then their
 * circulations joined with acks, reads and unit names; each reads only its page's rows by index.
 */
export async function documentsPage(db: Kysely<Database>, { offset, limit }: Slice): Promise<Page<DocumentProgress>> {
  const rows = await db
    .selectFrom('documents as d')
    .leftJoin('units as o', 'o.id', 'd.owner_unit_id')
    .select(['d.id', 'd.title', 'd.version', 'd.owner_unit_id', 'o.name as owner_name', 'd.meeting_date', 'd.updated_at'])
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  const docs = rows.slice(0, limit);
  if (docs.length === 0) return { items: [], more: false };
  const units = await db
    .selectFrom('circulations as c')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .leftJoin('acks as a', (j) => j.onRef('a.document_id', '=', 'c.document_id').onRef('a.unit_id', '=', 'c.unit_id'))
    .leftJoin('reads as r', (j) => j.onRef('r.document_id', '=', 'c.document_id').onRef('r.unit_id', '=', 'c.unit_id'))
    .select(['c.document_id', 'c.unit_id', 'u.name as unit_name', 'c.kind', 'c.created_at', 'a.server_at as ack_at', 'r.server_at as read_at'])
    .where(
      'c.document_id',
      'in',
      docs.map((d) => d.id),
    )
    .orderBy('c.created_at')
    .orderBy('c.unit_id')
    .execute();
  const byDoc = new Map<string, UnitProgress[]>(docs.map((d) => [d.id, []]));
  for (const c of units) {
    byDoc.get(c.document_id)!.push({
      unitId: c.unit_id,
      unitName: c.unit_name ?? c.unit_id,
      kind: c.kind,
      circulatedAt: c.created_at,
      ackAt: c.ack_at ?? null,
      readAt: c.read_at ?? null,
    });
  }
  const items = docs.map((d) => ({
    id: d.id,
    title: d.title,
    version: Number(d.version),
    ownerUnitId: d.owner_unit_id,
    ownerUnitName: d.owner_name ?? d.owner_unit_id,
    meetingDate: d.meeting_date,
    updatedAt: d.updated_at,
    units: byDoc.get(d.id)!,
  }));
  return { items, more: rows.length > limit };
}

/** The newest `limit` documents with their units (the CSV export). */
export async function documentsOverview(db: Kysely<Database>, limit = 200): Promise<DocumentProgress[]> {
  return (await documentsPage(db, { offset: 0, limit })).items;
}
