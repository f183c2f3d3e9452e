import type { Table } from 'dexie';
import type { CirculateDb } from './database';
import type { CirculationRow, CopyRow, DocumentRow, ReceiptRow } from './rows';
import { marksForNew, withMarks } from './copy-marks';
import { pairSpan, rowsInSpan, SPAN_MIN, spanLimit, spanOf } from './span';

/** The fields of a document the Inbox list shows. */
export interface DocHead {
  title: string;
  meetingDate: string | null;
  docNumber: string | null;
}

export function headOf(doc: Pick<DocumentRow, 'title' | 'meetingDate' | 'draft'>): DocHead {
  return { title: doc.title, meetingDate: doc.meetingDate ?? null, docNumber: doc.draft?.docNumber ?? null };
}

/** A (unit, document) pair: the key of a copy. */
export type CopyKey = readonly [unitId: string, documentId: string];

/**
 * The copy of one document for one unit, from its circulations (at least one), its receipts and
 * the document's header (absent while the document has not arrived).
 */
export function buildCopy(circs: CirculationRow[], acks: ReceiptRow[], reads: ReceiptRow[], head: DocHead | undefined): CopyRow {
  const first = circs[0];
  let circulatedAt = first.createdAt;
  let kind = first.kind;
  for (const c of circs) {
    if (c.createdAt < circulatedAt) circulatedAt = c.createdAt;
    if (c.kind === 'act') kind = 'act';
  }
  const row: CopyRow = {
    unitId: first.unitId,
    documentId: first.documentId,
    kind,
    circulatedAt,
    read: reads.length > 0 ? 1 : 0,
    acked: acks.length > 0 ? 1 : 0,
    ackIds: acks.map((a) => a.id),
  };
  if (head) Object.assign(row, head, { listedAt: circulatedAt });
  return row;
}

const pairKey = (unitId: string, documentId: string) => `${unitId}\u0000${documentId}`;

/** Rows grouped by (unit, document). */
function byPair<T extends { unitId: string; documentId: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = pairKey(r.unitId, r.documentId);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * Rebuilds the copies of the given pairs from the tables they derive from (call it inside the
 * transaction that wrote those tables, with `copies` in its scope). Many pairs (a pulled page) are
 * read by the span of their document ids, one count and at most one read per table (see
 * rowsInSpan); a span holding too many other rows, or a few pairs, falls back to point reads on an
 * index, all issued at once: IndexedDB answers them in one stream, where a cursor over many keys
 * would wait for one round trip per key. `heads` holds headers the caller already has and `circs`
 * the circulations it knows are the pair's only ones, so rows written in the same transaction are
 * not read back; otherwise a copy keeps the header it had, and only a new copy reads its document.
 */
export async function refreshCopies(
  db: CirculateDb,
  pairs: Iterable<CopyKey>,
  heads: ReadonlyMap<string, DocHead> = new Map(),
  circs: ReadonlyMap<string, CirculationRow[]> = new Map(),
): Promise<void> {
  const unique = new Map<string, CopyKey>();
  for (const [u, d] of pairs) unique.set(pairKey(u, d), [u, d]);
  if (unique.size === 0) return;
  const keys = [...unique.values()];
  const onPair = <T>(table: { where(i: string): { equals(k: unknown): { toArray(): Promise<T[]> } } }, [u, d]: CopyKey) =>
    table.where('[documentId+unitId]').equals([d, u]).toArray();
  // Each table's rows for the pairs: from the span when it can be read whole, else point reads.
  const spanned = keys.length >= SPAN_MIN;
  const [lo, hi] = spanOf(keys.map(([, d]) => d));
  const most = spanLimit(keys.length);
  const fromSpan = async <T extends { unitId: string; documentId: string }>(table: Table<T, string>): Promise<T[][]> => {
    const rows = spanned ? await rowsInSpan(table as Table<T, unknown>, '[documentId+unitId]', ...pairSpan(lo, hi), most) : undefined;
    if (!rows) return Promise.all(keys.map((k) => onPair<T>(table, k)));
    const by = byPair(rows);
    return keys.map(([u, d]) => by.get(pairKey(u, d)) ?? []);
  };
  const existingCopies = async (): Promise<(CopyRow | undefined)[]> => {
    const rows = spanned ? await rowsInSpan(db.copies as Table<CopyRow, unknown>, 'documentId', lo, hi, most) : undefined;
    if (!rows) return db.copies.bulkGet(keys.map(([u, d]) => [u, d] as [string, string]));
    const by = new Map(rows.map((c) => [pairKey(c.unitId, c.documentId), c]));
    return keys.map(([u, d]) => by.get(pairKey(u, d)));
  };
  const allCircsKnown = keys.every((k) => circs.has(pairKey(...k)));
  const [circsOf, acksOf, readsOf, existing] = await Promise.all([
    allCircsKnown ? keys.map((k) => circs.get(pairKey(...k))!) : fromSpan(db.circulations).then((found) => keys.map((k, i) => circs.get(pairKey(...k)) ?? found[i])),
    fromSpan(db.acks),
    fromSpan(db.reads),
    existingCopies(),
  ]);
  const known = new Map(heads);
  existing.forEach((c) => {
    if (c?.title !== undefined && !known.has(c.documentId)) {
      known.set(c.documentId, { title: c.title, meetingDate: c.meetingDate ?? null, docNumber: c.docNumber ?? null });
    }
  });
  const missing = [...new Set(keys.filter(([, d], i) => !known.has(d) && circsOf[i].length > 0).map(([, d]) => d))];
  if (missing.length) {
    (await db.documents.bulkGet(missing)).forEach((doc) => {
      if (doc) known.set(doc.id, headOf(doc));
    });
  }
  const puts: CopyRow[] = [];
  const made: CopyRow[] = [];
  const gone: [string, string][] = [];
  keys.forEach(([u, d], i) => {
    if (circsOf[i].length === 0) {
      if (existing[i]) gone.push([u, d]);
      return;
    }
    const row = buildCopy(circsOf[i], acksOf[i], readsOf[i], known.get(d));
    // A copy keeps the marks its reminders' and outbox's writers put on it; a new one reads them.
    const had = existing[i];
    if (had) puts.push(withMarks(row, had));
    else made.push(row);
  });
  puts.push(...(await marksForNew(db, made)));
  if (puts.length) await db.copies.bulkPut(puts);
  if (gone.length) await db.copies.bulkDelete(gone);
}

/** The key `refreshCopies` expects in its `circs` map. */
export const copyKey = (unitId: string, documentId: string) => pairKey(unitId, documentId);

/**
 * Puts the new header of documents on their copies (inside the transaction that wrote them): the
 * copies of many documents (a pulled page) are read by the span of their ids, of a few by point reads.
 */
export async function refreshHeads(db: CirculateDb, heads: ReadonlyMap<string, DocHead>): Promise<void> {
  if (heads.size === 0) return;
  const ids = [...heads.keys()];
  const spanned = ids.length >= SPAN_MIN ? await rowsInSpan(db.copies as Table<CopyRow, unknown>, 'documentId', ...spanOf(ids), spanLimit(ids.length)) : undefined;
  const rows = spanned
    ? spanned.filter((c) => heads.has(c.documentId))
    : (await Promise.all(ids.map((id) => db.copies.where('documentId').equals(id).toArray()))).flat();
  const changed: CopyRow[] = [];
  for (const c of rows) {
    const h = heads.get(c.documentId)!;
    if (c.title === h.title && c.meetingDate === h.meetingDate && c.docNumber === h.docNumber && c.listedAt !== undefined) continue;
    changed.push({ ...c, ...h, listedAt: c.circulatedAt });
  }
  if (changed.length) await db.copies.bulkPut(changed);
}
