import Dexie from 'dexie';
import type { CirculateDb } from './database';
import type { CirculationRow, CopyRow, OutboxRow, ReminderRow, TaskRow, TaskUpdateRow } from './rows';

/** One copy in the Inbox list: list fields only; the draft is read when the copy is opened. */
export interface InboxItem {
  documentId: string;
  title: string;
  meetingDate: string | null;
  docNumber: string | null;
  kind: CirculationRow['kind'];
  circulatedAt: string;
  read: boolean;
  /** An acknowledgement the service has not refused. */
  acked: boolean;
  /** Why the service refused this device's acknowledgement, when it did and no other one counts. */
  ackRefused?: string;
  /**
   * The newest acknowledgement of it still in this device's outbox: pending (not yet sent, 待发送)
   * or refused with the service's reason. Absent once the service has it.
   */
  ackMark?: { state: OutboxRow['state']; reason?: string };
  /** The latest reminder (催办) sent to the unit about this document. */
  reminder: ReminderRow | undefined;
}

export interface InboxPage {
  items: InboxItem[];
  /** More copies after these. */
  more: boolean;
}

function latestBy<K>(rows: ReminderRow[], key: (r: ReminderRow) => K | null): Map<K, ReminderRow> {
  const out = new Map<K, ReminderRow>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const seen = out.get(k);
    if (!seen || seen.at < r.at) out.set(k, r);
  }
  return out;
}

/** An Inbox page with the copy rows it was made from (one more than `limit` when there are more). */
export interface InboxRead {
  page: InboxPage;
  rows: CopyRow[];
}

/**
 * The newest `limit` copies circulated to a unit, newest circulation first, read from the index
 * [unitId+listedAt] (copies whose document has not arrived are not in it yet). One read: each copy
 * row carries what its item shows from the reminders and this device's outbox (pending: 待发送;
 * refused: the reason), kept there by the writers of those tables (copy-marks.ts).
 */
export function inboxPage(db: CirculateDb, unitId: string, limit: number): Promise<InboxPage> {
  return readInbox(db, unitId, limit).then((r) => r.page);
}

/** inboxPage with the rows it read, for a watcher that needs to know what the page covers (inbox-watch.ts). */
export function readInbox(db: CirculateDb, unitId: string, limit: number): Promise<InboxRead> {
  return db.copies
    .where('[unitId+listedAt]')
    .between([unitId, Dexie.minKey], [unitId, Dexie.maxKey])
    .reverse()
    .limit(limit + 1)
    .toArray()
    .then((rows) => ({ page: pageOf(rows, limit), rows }));
}

/** The Inbox page from the rows read (`rows` has one more than `limit` when there are more). */
function pageOf(rows: CopyRow[], limit: number): InboxPage {
  const items = rows.slice(0, limit).map((c): InboxItem => {
    // An acknowledgement the service refused is not one: it shows the reason instead.
    const refused = c.ackRefusals;
    const acked = refused ? c.ackIds.some((id) => !(id in refused)) : c.ackIds.length > 0;
    const refusedId = acked || !refused ? undefined : c.ackIds.find((id) => id in refused);
    return {
      documentId: c.documentId,
      title: c.title ?? '',
      meetingDate: c.meetingDate ?? null,
      docNumber: c.docNumber ?? null,
      kind: c.kind,
      circulatedAt: c.circulatedAt,
      read: c.read === 1 || acked,
      acked,
      ackRefused: refusedId === undefined ? undefined : refused![refusedId],
      ackMark: c.ackMark,
      reminder: c.reminder,
    };
  });
  return { items, more: rows.length > limit };
}

/** How many documents circulated to the unit it has not acknowledged yet (the badge), from an index. */
export async function unacknowledgedCount(db: CirculateDb, unitId: string): Promise<number> {
  return db.copies.where('[unitId+acked]').equals([unitId, 0]).count();
}

export interface TaskItem {
  task: TaskRow;
  role: 'lead' | 'co';
  updates: TaskUpdateRow[];
  /** The latest update: server order first, then this device's not yet pushed ones by time. */
  latest: TaskUpdateRow | undefined;
  docTitle: string | undefined;
  reminder: ReminderRow | undefined;
}

export function orderUpdates(updates: TaskUpdateRow[]): TaskUpdateRow[] {
  return [...updates].sort((a, b) => {
    if (a.seq !== undefined && b.seq !== undefined) return a.seq - b.seq;
    if (a.seq !== undefined) return -1;
    if (b.seq !== undefined) return 1;
    return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
  });
}

/** Tasks where the unit leads or helps, soonest due first. */
export async function tasksFor(db: CirculateDb, unitId: string): Promise<TaskItem[]> {
  const [lead, co] = await Promise.all([
    db.tasks.where('leadUnitId').equals(unitId).toArray(),
    db.tasks.where('coUnitIds').equals(unitId).toArray(),
  ]);
  const reminderBy = latestBy(await db.reminders.where('unitId').equals(unitId).toArray(), (r) => r.taskId);
  const all = new Map<string, { task: TaskRow; role: 'lead' | 'co' }>();
  co.forEach((t) => all.set(t.id, { task: t, role: 'co' }));
  lead.forEach((t) => all.set(t.id, { task: t, role: 'lead' }));
  const items: TaskItem[] = [];
  for (const { task, role } of all.values()) {
    const updates = orderUpdates(await db.taskUpdates.where('taskId').equals(task.id).toArray());
    const doc = await db.documents.get(task.documentId);
    items.push({ task, role, updates, latest: updates[updates.length - 1], docTitle: doc?.title, reminder: reminderBy.get(task.id) });
  }
  return items.sort((a, b) => (a.task.dueDate ?? '9999').localeCompare(b.task.dueDate ?? '9999'));
}

export async function latestCapture(db: CirculateDb) {
  return db.captures.orderBy('capturedAt').last();
}
