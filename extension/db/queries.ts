import Dexie from 'dexie';
import type { CirculateDb } from './database';
import type { CirculationRow, ReminderRow, TaskRow, TaskUpdateRow } from './rows';

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

/**
 * The newest `limit` copies circulated to a unit, newest circulation first, read from the index
 * [unitId+listedAt] (copies whose document has not arrived are not in it yet). Reads nothing
 * beyond the rows shown, so a live query of it wakes only for changes to those rows.
 */
export async function inboxPage(db: CirculateDb, unitId: string, limit: number): Promise<InboxPage> {
  const rows = await db.copies
    .where('[unitId+listedAt]')
    .between([unitId, Dexie.minKey], [unitId, Dexie.maxKey])
    .reverse()
    .limit(limit + 1)
    .toArray();
  const shown = rows.slice(0, limit);
  const ids = shown.map((c) => c.documentId);
  // One request each (a unit's reminders are few): a cursor over the page's ids would take one
  // round trip per id.
  const [reminders, rejected] = await Promise.all([
    ids.length ? db.reminders.where('unitId').equals(unitId).toArray() : Promise.resolve([]),
    db.outbox.where('state').equals('rejected').toArray(),
  ]);
  const shownIds = new Set(ids);
  const reminderBy = latestBy(reminders.filter((r) => r.documentId !== null && shownIds.has(r.documentId)), (r) => r.documentId);
  // An acknowledgement the service refused is not one: it shows the reason instead.
  const refused = new Map(rejected.filter((e) => e.type === 'ack.create').map((e) => [e.payload.id, e.reason ?? '']));
  const items = shown.map((c): InboxItem => {
    const counted = c.ackIds.filter((id) => !refused.has(id));
    const acked = counted.length > 0;
    const refusedId = acked ? undefined : c.ackIds.find((id) => refused.has(id));
    return {
      documentId: c.documentId,
      title: c.title ?? '',
      meetingDate: c.meetingDate ?? null,
      docNumber: c.docNumber ?? null,
      kind: c.kind,
      circulatedAt: c.circulatedAt,
      read: c.read === 1 || acked,
      acked,
      ackRefused: refusedId === undefined ? undefined : refused.get(refusedId),
      reminder: reminderBy.get(c.documentId),
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
