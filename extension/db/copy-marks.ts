import type { Transaction } from 'dexie';
import type { CirculateDb } from './database';
import type { CopyRow, OutboxRow, ReminderRow } from './rows';

/**
 * What an Inbox item shows besides its copy's own fields, kept on the copy row (schema version 9)
 * so opening the Inbox is one indexed read: the latest reminder (催办) to the unit about the
 * document, and this device's outbox entries acknowledging it (the 待发送 or refused mark, and the
 * acknowledgements the service refused). Written in the same transaction as the reminder or the
 * outbox entry they come from, by every writer of those tables (local-apply, remote-apply, push,
 * outbox, outbox-state), and dropped with the outbox entry once the service has it.
 */
export type CopyMarks = Pick<CopyRow, 'reminder' | 'ackMark' | 'ackRefusals'>;

/** The marks the outbox gives a document's copies: its newest acknowledgement entry, and the refused ones. */
export function outboxMarksOf(outbox: readonly OutboxRow[], documentId: string): Pick<CopyRow, 'ackMark' | 'ackRefusals'> {
  let newest: OutboxRow | undefined;
  let refusals: Record<string, string> | undefined;
  for (const e of outbox) {
    if (e.type !== 'ack.create' || e.payload.documentId !== documentId) continue;
    if (e.state === 'rejected') (refusals ??= {})[e.payload.id] = e.reason ?? '';
    if (!newest || newest.id < e.id) newest = e;
  }
  const out: Pick<CopyRow, 'ackMark' | 'ackRefusals'> = {};
  if (newest) out.ackMark = newest.reason === undefined ? { state: newest.state } : { state: newest.state, reason: newest.reason };
  if (refusals) out.ackRefusals = refusals;
  return out;
}

/** The latest of the unit's reminders about the document (the first of equal times), if any. */
export function latestReminder(reminders: readonly ReminderRow[], unitId: string, documentId: string): ReminderRow | undefined {
  let latest: ReminderRow | undefined;
  for (const r of reminders) {
    if (r.unitId !== unitId || r.documentId !== documentId) continue;
    if (!latest || latest.at < r.at) latest = r;
  }
  return latest;
}

/** A copy row with these marks in place of its own (absent ones removed). */
export function withMarks(row: CopyRow, marks: CopyMarks): CopyRow {
  const { reminder: _r, ackMark: _m, ackRefusals: _f, ...rest } = row;
  const out: CopyRow = rest;
  if (marks.reminder) out.reminder = marks.reminder;
  if (marks.ackMark) out.ackMark = marks.ackMark;
  if (marks.ackRefusals) out.ackRefusals = marks.ackRefusals;
  return out;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts the outbox's marks on the copies of these documents (call inside the transaction that wrote
 * the outbox, with `outbox` and `copies` in its scope). The outbox holds only what is not yet
 * delivered, so it is read whole.
 */
export async function refreshOutboxMarks(db: CirculateDb, documentIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  const [outbox, copies] = await Promise.all([db.outbox.toArray(), db.copies.where('documentId').anyOf(ids).toArray()]);
  const changed: CopyRow[] = [];
  for (const c of copies) {
    const marks = outboxMarksOf(outbox, c.documentId);
    if (sameJson(marks.ackMark, c.ackMark) && sameJson(marks.ackRefusals, c.ackRefusals)) continue;
    changed.push(withMarks(c, { reminder: c.reminder, ...marks }));
  }
  if (changed.length) await db.copies.bulkPut(changed);
}

/** The document ids of the acknowledgements among outbox entries (the ones whose marks copies keep). */
export function ackDocumentIds(entries: readonly Pick<OutboxRow, 'type' | 'payload'>[]): string[] {
  return entries.filter((e) => e.type === 'ack.create' && typeof e.payload.documentId === 'string').map((e) => e.payload.documentId as string);
}

/**
 * Puts reminders just written on the copies they are about, where newer than the one a copy shows
 * (call inside the transaction that wrote them, with `copies` in its scope). A reminder about a
 * copy not stored yet is found when the copy is made (refreshCopies).
 */
export async function noteReminders(db: CirculateDb, reminders: readonly ReminderRow[]): Promise<void> {
  const latest = new Map<string, ReminderRow>();
  for (const r of reminders) {
    if (r.documentId === null) continue;
    const k = `${r.unitId}\u0000${r.documentId}`;
    const seen = latest.get(k);
    if (!seen || seen.at < r.at) latest.set(k, r);
  }
  if (latest.size === 0) return;
  const wanted = [...latest.values()];
  const copies = await db.copies.bulkGet(wanted.map((r) => [r.unitId, r.documentId!] as [string, string]));
  const changed: CopyRow[] = [];
  copies.forEach((c, i) => {
    const r = wanted[i];
    if (!c || (c.reminder && (c.reminder.at >= r.at || c.reminder.id === r.id))) return;
    changed.push({ ...c, reminder: r });
  });
  if (changed.length) await db.copies.bulkPut(changed);
}

/**
 * The marks of copies about to be made (none stored yet): read from the reminders of their units
 * and the outbox, two requests for the lot (inside refreshCopies' transaction).
 */
export async function marksForNew(db: CirculateDb, rows: readonly CopyRow[]): Promise<CopyRow[]> {
  if (rows.length === 0) return [];
  const units = [...new Set(rows.map((r) => r.unitId))];
  const [reminders, outbox] = await Promise.all([db.reminders.where('unitId').anyOf(units).toArray(), db.outbox.toArray()]);
  return rows.map((r) => withMarks(r, { reminder: latestReminder(reminders, r.unitId, r.documentId), ...outboxMarksOf(outbox, r.documentId) }));
}

/** Schema version 9's upgrade: fills the marks of the stored copies from the reminders and the outbox. */
export async function upgradeCopyMarks(tx: Transaction): Promise<void> {
  const reminders = await tx.table<ReminderRow, string>('reminders').toArray();
  const outbox = await tx.table<OutboxRow, string>('outbox').toArray();
  const ids = new Set<string>(ackDocumentIds(outbox));
  for (const r of reminders) if (r.documentId !== null) ids.add(r.documentId);
  if (ids.size === 0) return;
  await tx
    .table<CopyRow, [string, string]>('copies')
    .where('documentId')
    .anyOf([...ids])
    .modify((c) => {
      const marks: CopyMarks = { reminder: latestReminder(reminders, c.unitId, c.documentId), ...outboxMarksOf(outbox, c.documentId) };
      if (marks.reminder) c.reminder = marks.reminder;
      if (marks.ackMark) c.ackMark = marks.ackMark;
      if (marks.ackRefusals) c.ackRefusals = marks.ackRefusals;
    });
}
