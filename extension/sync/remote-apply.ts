import type { Table } from 'dexie';
import type { Change } from '../../shared/schemas';
import {
  bulkGetSpanned,
  copyKey,
  headOf,
  noteReminders,
  pairSpan,
  refreshCopies,
  refreshHeads,
  rowsInSpan,
  SPAN_MIN,
  spanLimit,
  spanOf,
  unitKeys,
  type CirculateDb,
  type CirculationRow,
  type CopyKey,
  type DocHead,
  type DocumentRow,
} from '../db';

type Of<E extends Change['entity']> = Extract<Change, { entity: E }>;

/**
 * Writes one pulled page into the local tables (call inside the pull's transaction): per table one
 * read of what is there and one bulk write, then the Inbox copies the page touched. The server's
 * record replaces the local one, except a document the user has edited since and not yet pushed:
 * that keeps the local content and only learns the server's version. A document version already
 * stored is not written again. Returns the changes whose record is new on this device (for
 * notifications).
 */
export async function applyChanges(db: CirculateDb, changes: readonly Change[], locallyEdited: ReadonlySet<string>): Promise<Change[]> {
  // Within a page the last change of a record wins, as it would applied one by one.
  const last = new Map<string, Change>();
  for (const c of changes) {
    const k = `${c.entity}:${c.data.id}`;
    last.delete(k);
    last.set(k, c);
  }
  const by = <E extends Change['entity']>(e: E) => [...last.values()].filter((c): c is Of<E> => c.entity === e);
  const fresh: Change[] = [];

  const heads = await putDocuments(db, by('document'), locallyEdited, fresh);
  await refreshHeads(db, heads);

  const pairs: CopyKey[] = [];
  const circs = by('circulation');
  // After this, each pair's only circulation is the one pulled last.
  const only = await putCirculations(db, circs, fresh);
  circs.forEach((c) => pairs.push([c.data.unitId, c.data.documentId]));
  const acks = by('ack');
  const reads = by('read');
  await putNew(db.acks, acks, fresh);
  await putNew(db.reads, reads, fresh);
  [...acks, ...reads].forEach((c) => pairs.push([c.data.unitId, c.data.documentId]));
  await refreshCopies(db, pairs, heads, only);

  await putNew(db.tasks, by('task'), fresh);
  await putNew(db.taskUpdates, by('taskUpdate'), fresh, (c) => ({ ...c.data, seq: c.seq }));
  const reminders = by('reminder');
  await putNew(db.reminders, reminders, fresh);
  // Their items show the latest one: on the copies, in this transaction (copy-marks.ts).
  await noteReminders(db, reminders.map((c) => c.data));
  await putNew(db.units, by('unit'), fresh, (c) => ({ ...c.data, keys: unitKeys(c.data) }));
  await putNew(db.proposals, by('unitProposal'), fresh);
  return fresh;
}

/** Returns the headers of the documents written, for their copies. */
async function putDocuments(db: CirculateDb, changes: Of<'document'>[], edited: ReadonlySet<string>, fresh: Change[]): Promise<Map<string, DocHead>> {
  const heads = new Map<string, DocHead>();
  if (changes.length === 0) return heads;
  const existing = await bulkGetSpanned(db.documents, changes.map((c) => c.data.id));
  const rows: DocumentRow[] = [];
  changes.forEach((c, i) => {
    const d = c.data;
    const have = existing[i];
    if (have && edited.has(d.id)) {
      if (have.serverVersion !== d.version || have.ownerUnitId !== d.ownerUnitId) rows.push({ ...have, serverVersion: d.version, ownerUnitId: d.ownerUnitId });
      return;
    }
    // The same version again (an older service sent a copy with each circulation): nothing to write.
    if (have && have.serverVersion === d.version && have.contentHash === d.contentHash && have.ownerUnitId === d.ownerUnitId) return;
    const row: DocumentRow = {
      id: d.id,
      url: d.url,
      contentHash: d.contentHash,
      title: d.title,
      meetingDate: d.meetingDate,
      draft: d.draft,
      status: have?.status === 'needs-manual' ? 'needs-manual' : 'saved',
      savedAt: d.updatedAt,
      serverVersion: d.version,
      ownerUnitId: d.ownerUnitId,
    };
    rows.push(row);
    heads.set(row.id, headOf(row));
    if (!have) fresh.push(c);
  });
  if (rows.length) await db.documents.bulkPut(rows);
  return heads;
}

/**
 * One circulation per (document, unit): the service may change a circulation in place under its
 * original id (read upgraded to act), while this device holds its own row for the pair under
 * another id. The server's row replaces any local one for the same pair.
 */
async function putCirculations(db: CirculateDb, changes: Of<'circulation'>[], fresh: Change[]): Promise<Map<string, CirculationRow[]>> {
  const incoming = new Map<string, Of<'circulation'>>();
  for (const c of changes) {
    const k = copyKey(c.data.unitId, c.data.documentId);
    incoming.delete(k);
    incoming.set(k, c);
  }
  const latest = [...incoming.values()];
  if (latest.length === 0) return new Map();
  const stored = await storedCirculations(db, latest);
  const keep = new Set(latest.map((c) => c.data.id));
  const others = [
    ...stored.flat().filter((id) => !keep.has(id)),
    // An earlier row for the same pair in this very page.
    ...changes.filter((c) => !keep.has(c.data.id)).map((c) => c.data.id),
  ];
  if (others.length) await db.circulations.bulkDelete(others);
  await db.circulations.bulkPut(latest.map((c) => c.data));
  latest.forEach((c, i) => {
    if (stored[i].length === 0) fresh.push(c);
  });
  return new Map(latest.map((c) => [copyKey(c.data.unitId, c.data.documentId), [c.data]]));
}

/**
 * The ids of the circulations stored for each pair: by the span of the page's document ids when it
 * can be read whole (see rowsInSpan), else point reads of keys only, all at once (see refreshCopies).
 */
async function storedCirculations(db: CirculateDb, latest: Of<'circulation'>[]): Promise<string[][]> {
  const docIds = latest.map((c) => c.data.documentId);
  const rows =
    latest.length >= SPAN_MIN
      ? await rowsInSpan(db.circulations as Table<CirculationRow, unknown>, '[documentId+unitId]', ...pairSpan(...spanOf(docIds)), spanLimit(latest.length))
      : undefined;
  if (!rows) return Promise.all(latest.map((c) => db.circulations.where('[documentId+unitId]').equals([c.data.documentId, c.data.unitId]).primaryKeys()));
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const k = copyKey(r.unitId, r.documentId);
    by.set(k, [...(by.get(k) ?? []), r.id]);
  }
  return latest.map((c) => by.get(copyKey(c.data.unitId, c.data.documentId)) ?? []);
}

async function putNew<C extends Change, R extends { id: string }>(
  table: Table<R, string>,
  changes: C[],
  fresh: Change[],
  toRow: (c: C) => R = (c) => c.data as unknown as R,
): Promise<void> {
  if (changes.length === 0) return;
  const existing = await bulkGetSpanned(table, changes.map((c) => c.data.id));
  await table.bulkPut(changes.map(toRow));
  changes.forEach((c, i) => {
    if (existing[i] === undefined) fresh.push(c);
  });
}
