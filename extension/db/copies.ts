import type { CirculateDb } from './database';
import type { CirculationRow, CopyRow, DocumentRow, ReceiptRow } from './rows';

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

/**
 * Rebuilds the copies of the given pairs from the tables they derive from (call it inside the
 * transaction that wrote those tables, with `copies` in its scope). Every read is a point read on
 * an index, all issued at once: IndexedDB answers them in one stream, where a cursor over many keys
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
  const [circsOf, acksOf, readsOf, existing] = await Promise.all([
    Promise.all(keys.map((k) => circs.get(pairKey(...k)) ?? onPair<CirculationRow>(db.circulations, k))),
    Promise.all(keys.map((k) => onPair<ReceiptRow>(db.acks, k))),
    Promise.all(keys.map((k) => onPair<ReceiptRow>(db.reads, k))),
    db.copies.bulkGet(keys.map(([u, d]) => [u, d] as [string, string])),
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
  const gone: [string, string][] = [];
  keys.forEach(([u, d], i) => {
    if (circsOf[i].length === 0) {
      if (existing[i]) gone.push([u, d]);
      return;
    }
    puts.push(buildCopy(circsOf[i], acksOf[i], readsOf[i], known.get(d)));
  });
  if (puts.length) await db.copies.bulkPut(puts);
  if (gone.length) await db.copies.bulkDelete(gone);
}

/** The key `refreshCopies` expects in its `circs` map. */
export const copyKey = (unitId: string, documentId: string) => pairKey(unitId, documentId);

/** Puts the new header of documents on their copies (inside the transaction that wrote them). */
export async function refreshHeads(db: CirculateDb, heads: ReadonlyMap<string, DocHead>): Promise<void> {
  if (heads.size === 0) return;
  const rows = (await Promise.all([...heads.keys()].map((id) => db.copies.where('documentId').equals(id).toArray()))).flat();
  const changed: CopyRow[] = [];
  for (const c of rows) {
    const h = heads.get(c.documentId)!;
    if (c.title === h.title && c.meetingDate === h.meetingDate && c.docNumber === h.docNumber && c.listedAt !== undefined) continue;
    changed.push({ ...c, ...h, listedAt: c.circulatedAt });
  }
  if (changed.length) await db.copies.bulkPut(changed);
}
