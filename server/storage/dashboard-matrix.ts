import type { Kysely } from 'kysely';
import type { Page, Slice } from './overview';
import type { Database } from './types';

export interface MatrixCell {
  documentId: string;
  unitId: string;
  acknowledged: boolean;
  /** Opened (a read receipt), which says nothing about acknowledging. */
  read: boolean;
}

export interface MatrixPageData extends Page<{ id: string; title: string }> {
  /** The units any document of the page was circulated to, by id. */
  units: { id: string; name: string }[];
  cells: MatrixCell[];
}

/**
 * One page of the recipient × document matrix: the page's documents (newest first, as on the
 * progress page) and, joined in SQL, who each was circulated to and whether that unit acknowledged.
 * Only units of the directory appear as rows.
 */
export async function matrixPage(db: Kysely<Database>, { offset, limit }: Slice): Promise<MatrixPageData> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'title'])
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  const items = rows.slice(0, limit);
  if (items.length === 0) return { items: [], more: false, units: [], cells: [] };
  const found = await db
    .selectFrom('circulations as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .leftJoin('acks as a', (j) => j.onRef('a.document_id', '=', 'c.document_id').onRef('a.unit_id', '=', 'c.unit_id'))
    .leftJoin('reads as r', (j) => j.onRef('r.document_id', '=', 'c.document_id').onRef('r.unit_id', '=', 'c.unit_id'))
    .select(['c.document_id', 'c.unit_id', 'u.name', 'a.id as ack_id', 'r.id as read_id'])
    .where(
      'c.document_id',
      'in',
      items.map((d) => d.id),
    )
    .orderBy('c.unit_id')
    .execute();
  const units = new Map<string, string>();
  for (const f of found) units.set(f.unit_id, f.name);
  return {
    items,
    more: rows.length > limit,
    units: [...units].map(([id, name]) => ({ id, name })),
    cells: found.map((f) => ({ documentId: f.document_id, unitId: f.unit_id, acknowledged: f.ack_id !== null, read: f.read_id !== null })),
  };
}
