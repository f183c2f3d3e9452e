import type { Kysely } from 'kysely';
import type { Change, Role } from '../../shared/schemas';
import { prepared } from './prepared';
import type { Database } from './types';

// Who receives what. Every change is in the global log (`changes`, by seq), which supervisors and
// admins read. Everyone else reads feeds, each by (feed, seq) from the feed table's primary key:
//   *        everyone: the directory of units
//   u:UNIT   what a unit receives: its circulations with their documents, its receipts, its tasks and
//            their updates, reminders to it
//   o:UNIT   everything about the documents the unit owns, for the unit's clerks

export const EVERYONE = '*';
export const unitFeed = (unitId: string) => `u:${unitId}`;
export const ownerFeed = (unitId: string) => `o:${unitId}`;

/** Whose changes a pull reads. */
export interface Viewer {
  role: Role;
  unitId: string;
}

export const readsGlobalLog = (v: Viewer) => v.role === 'supervisor' || v.role === 'admin';

/** The feeds a viewer reads (not used for those who read the global log). */
export const feedsOf = (v: Viewer) =>
  v.role === 'clerk' ? [EVERYONE, unitFeed(v.unitId), ownerFeed(v.unitId)] : [EVERYONE, unitFeed(v.unitId)];

/** A pull page's default byte budget, and the most any configuration may ask for. */
export const DEFAULT_PAGE_BYTES = 4 * 1024 * 1024;
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
/** What a change costs in the response besides its record: `{"seq":…,"entity":"…","data":}`. */
const ITEM_OVERHEAD = 64;

export interface PullPage {
  changes: Change[];
  cursor: number;
  more: boolean;
}

/** A page with each record still as its stored JSON text. */
export interface RawPage {
  rows: { seq: number; entity: string; data: string }[];
  cursor: number;
  more: boolean;
}

interface Candidate {
  seq: number;
  changeSeq: number;
  entity: string;
  bytes: number;
}

/** The global log after `since`, by its primary key (supervisors and admins). */
export const globalRange = (db: Kysely<Database>, since: number, limit: number) =>
  db.selectFrom('changes').select(['seq', 'entity', 'bytes']).where('seq', '>', since).orderBy('seq').limit(limit);

/** One feed after `since`, by the feed's primary key (feed, seq), with each change's kind and size. */
export const feedRange = (db: Kysely<Database>, feed: string, since: number, limit: number) =>
  db
    .selectFrom('feed')
    .innerJoin('changes', 'changes.seq', 'feed.change_seq')
    .select(['feed.seq', 'feed.change_seq', 'changes.entity', 'changes.bytes'])
    .where('feed.feed', '=', feed)
    .where('feed.seq', '>', since)
    .orderBy('feed.seq')
    .limit(limit);

/** The stored records of some changes (a document's from its version), by primary keys. */
export const recordsQuery = (db: Kysely<Database>, changeSeqs: number[]) =>
  db
    .selectFrom('changes')
    .leftJoin('document_versions', (j) =>
      j.onRef('document_versions.document_id', '=', 'changes.entity_id').onRef('document_versions.version', '=', 'changes.version'),
    )
    .select(['changes.seq', 'changes.data', 'document_versions.data as document'])
    .where('changes.seq', 'in', changeSeqs);

// The same queries built once (see ./prepared): a small pull is a few of them, and building each
// anew cost more than running it. The records query is prepared once per number of changes (up to 64).
const globalRangeQuery = prepared(2, (db, since, limit) => globalRange(db, since, limit));
const feedRangeQuery = prepared(3, (db, feed, since, limit) => feedRange(db, feed, since, limit));
const recordsQueries = new Map<number, ReturnType<typeof prepared<{ seq: number; data: string; document: string | null }>>>();
async function recordsPrepared(db: Kysely<Database>, changeSeqs: number[]) {
  // Big pages are few and their lengths vary: those are built as they come.
  if (changeSeqs.length > 64) return { rows: await recordsQuery(db, changeSeqs).execute() };
  let q = recordsQueries.get(changeSeqs.length);
  if (!q) {
    q = prepared(changeSeqs.length, (d, ...seqs) => recordsQuery(d, seqs));
    recordsQueries.set(changeSeqs.length, q);
  }
  return q(db, ...changeSeqs);
}

/** The next `limit + 1` entries after `since` that the viewer may see, by index ranges only. */
async function candidates(db: Kysely<Database>, viewer: Viewer, since: number, limit: number): Promise<Candidate[]> {
  if (readsGlobalLog(viewer)) {
    const { rows } = await globalRangeQuery(db, since, limit + 1);
    return rows.map((r) => ({ seq: Number(r.seq), changeSeq: Number(r.seq), entity: r.entity, bytes: Number(r.bytes) }));
  }
  // Each feed is one primary-key range; merged by seq (a change may be in two of them: kept once).
  const perFeed = await Promise.all(feedsOf(viewer).map(async (feed) => (await feedRangeQuery(db, feed, since, limit + 1)).rows));
  const bySeq = new Map<number, Candidate>();
  for (const rows of perFeed) {
    for (const r of rows) bySeq.set(Number(r.seq), { seq: Number(r.seq), changeSeq: Number(r.change_seq), entity: r.entity, bytes: Number(r.bytes) });
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(0, limit + 1);
}

/** The stored JSON of the given changes, by change number. */
async function recordsOf(db: Kysely<Database>, changeSeqs: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (changeSeqs.length === 0) return out;
  for (const r of (await recordsPrepared(db, [...new Set(changeSeqs)])).rows) out.set(Number(r.seq), r.document ?? r.data);
  return out;
}

/**
 * The changes after `since` that `viewer` may see, in sequence order: at most `limit` of them and
 * at most `maxBytes` of records, except that a single larger record comes alone on its page.
 * `cursor` is the last seq served (or `since`); `more` says whether anything is left after it.
 */
export async function readPage(db: Kysely<Database>, viewer: Viewer, since: number, limit: number, maxBytes = DEFAULT_PAGE_BYTES): Promise<RawPage> {
  const found = await candidates(db, viewer, since, limit);
  const page: Candidate[] = [];
  let bytes = 0;
  for (const c of found.slice(0, limit)) {
    const cost = c.bytes + ITEM_OVERHEAD;
    if (page.length > 0 && bytes + cost > maxBytes) break;
    page.push(c);
    bytes += cost;
  }
  const records = await recordsOf(db, page.map((c) => c.changeSeq));
  const rows = page.map((c) => ({ seq: c.seq, entity: c.entity, data: records.get(c.changeSeq) ?? 'null' }));
  return { rows, cursor: page.length ? page[page.length - 1].seq : since, more: found.length > page.length };
}

/** A page as parsed records (for callers inside the service and tests). */
export async function pullChanges(db: Kysely<Database>, viewer: Viewer, since: number, limit: number, maxBytes?: number): Promise<PullPage> {
  const page = await readPage(db, viewer, since, limit, maxBytes);
  const changes = page.rows.map((r) => ({ seq: r.seq, entity: r.entity, data: JSON.parse(r.data) }) as Change);
  return { changes, cursor: page.cursor, more: page.more };
}

/** The pull response body, with each stored record spliced in as it is (no parse, no re-encoding). */
export function pageJson(page: RawPage): string {
  const items = page.rows.map((r) => `{"seq":${r.seq},"entity":${JSON.stringify(r.entity)},"data":${r.data}}`);
  return `{"changes":[${items.join(',')}],"cursor":${page.cursor},"more":${page.more}}`;
}

/** The highest change number given out (0 when none). */
export async function lastSeq(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', 'seq').executeTakeFirst();
  return row ? Number(row.value) : 0;
}
