import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
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

/** What the progress list may be narrowed to; every part is optional. */
export interface DocumentFilter {
  /** Words of the title (matched as typed, anywhere in it). */
  q?: string;
  /** The issuing (owning) unit. */
  issuer?: string;
  /** A unit it was circulated to. */
  unit?: string;
  /** pending: some unit has not acknowledged; acknowledged: every unit has; none: not circulated. */
  state?: 'pending' | 'acknowledged' | 'none';
  /** Updated at or after / before these instants (a period's bounds in the bureau's zone). */
  since?: string;
  until?: string;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of documents (newest first) with the units each was circulated to and when each
 * acknowledged and read it. Two queries whatever the page: the documents of the page, then their
 * circulations joined with acks, reads and unit names; each reads only its page's rows by index.
 */
export async function documentsPage(db: Kysely<Database>, { offset, limit }: Slice, f: DocumentFilter = {}): Promise<Page<DocumentProgress>> {
  let q = db
    .selectFrom('documents as d')
    .leftJoin('units as o', 'o.id', 'd.owner_unit_id')
    .select(['d.id', 'd.title', 'd.version', 'd.owner_unit_id', 'o.name as owner_name', 'd.meeting_date', 'd.updated_at']);
  // Each filter is a condition on the documents in display order (documents_updated, or
  // documents_owner_updated for an issuer); circulations are probed per document by index.
  if (f.q) q = q.where(sql<boolean>`d.title like ${`%${likeEscape(f.q)}%`} escape '\\'`);
  if (f.issuer) q = q.where('d.owner_unit_id', '=', f.issuer);
  if (f.since) q = q.where('d.updated_at', '>=', f.since);
  if (f.until) q = q.where('d.updated_at', '<', f.until);
  if (f.unit) {
    const unit = f.unit;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('circulations as fc').select('fc.id').whereRef('fc.document_id', '=', 'd.id').where('fc.unit_id', '=', unit)));
  }
  const unacked = (eb: ExpressionBuilder<Database & { d: Database['documents'] }, 'd'>) =>
    eb.exists(
      eb
        .selectFrom('circulations as sc')
        .leftJoin('acks as sa', (j) => j.onRef('sa.document_id', '=', 'sc.document_id').onRef('sa.unit_id', '=', 'sc.unit_id'))
        .select('sc.id')
        .whereRef('sc.document_id', '=', 'd.id')
        .where('sa.id', 'is', null),
    );
  const circulated = (eb: ExpressionBuilder<Database & { d: Database['documents'] }, 'd'>) =>
    eb.exists(eb.selectFrom('circulations as ac').select('ac.id').whereRef('ac.document_id', '=', 'd.id'));
  if (f.state === 'pending') q = q.where((eb) => unacked(eb));
  if (f.state === 'acknowledged') q = q.where((eb) => eb.and([circulated(eb), eb.not(unacked(eb))]));
  if (f.state === 'none') q = q.where((eb) => eb.not(circulated(eb)));
  const rows = await q
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
    // The person's own times (carried in the receipt); the service's receipt times stay in the audit.
    .select(['c.document_id', 'c.unit_id', 'u.name as unit_name', 'c.kind', 'c.created_at', 'a.at as ack_at', 'r.at as read_at'])
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
export async function documentsOverview(db: Kysely<Database>, limit = 200, f: DocumentFilter = {}): Promise<DocumentProgress[]> {
  return (await documentsPage(db, { offset: 0, limit }, f)).items;
}

/** Every unit of the directory by name, for the list's filter menus. */
export async function listUnitNames(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  const rows = await db.selectFrom('units').select(['id', 'name']).orderBy('name').orderBy('id').execute();
  return rows;
}
