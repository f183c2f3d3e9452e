import type { CirculateDb } from './database';
import type { CirculationRow, DocumentRow, ReceiptRow, ReminderRow, TaskRow, TaskUpdateRow } from './rows';

export interface InboxItem {
  documentId: string;
  doc: DocumentRow;
  kind: CirculationRow['kind'];
  circulatedAt: string;
  read: boolean;
  ack: ReceiptRow | undefined;
  /** Why the service refused this device's acknowledgement, when it did and no other one counts. */
  ackRefused?: string;
  /** The latest reminder (催办) sent to the unit about this document. */
  reminder: ReminderRow | undefined;
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
 * Documents circulated to a unit, newest circulation first. A document circulated twice (two
 * devices raced) shows once; 'act' wins over 'read'. Circulations whose document has not arrived
 * yet are left out until it does.
 */
export async function inboxFor(db: CirculateDb, unitId: string): Promise<InboxItem[]> {
  const [circs, acks, reads, reminders] = await Promise.all([
    db.circulations.where('unitId').equals(unitId).toArray(),
    db.acks.where('unitId').equals(unitId).toArray(),
    db.reads.where('unitId').equals(unitId).toArray(),
    db.reminders.where('unitId').equals(unitId).toArray(),
  ]);
  const reminderBy = latestBy(reminders, (r) => r.documentId);
  // An acknowledgement the service refused is not one: it shows the reason instead.
  const refused = new Map(
    (await db.outbox.where('state').equals('rejected').toArray())
      .filter((e) => e.type === 'ack.create')
      .map((e) => [e.payload.id, e.reason ?? '']),
  );
  const ackBy = new Map<string, ReceiptRow>();
  const refusedBy = new Map<string, string>();
  for (const a of acks) {
    if (refused.has(a.id)) refusedBy.set(a.documentId, refused.get(a.id)!);
    else ackBy.set(a.documentId, a);
  }
  const byDoc = new Map<string, { kind: CirculationRow['kind']; at: string }>();
  for (const c of circs) {
    const seen = byDoc.get(c.documentId);
    if (!seen) byDoc.set(c.documentId, { kind: c.kind, at: c.createdAt });
    else {
      if (c.kind === 'act') seen.kind = 'act';
      if (c.createdAt < seen.at) seen.at = c.createdAt;
    }
  }
  const ids = [...byDoc.keys()];
  const docs = await db.documents.bulkGet(ids);
  const readSet = new Set(reads.map((r) => r.documentId));
  const items: InboxItem[] = [];
  ids.forEach((id, i) => {
    const doc = docs[i];
    if (!doc) return;
    const c = byDoc.get(id)!;
    items.push({ documentId: id, doc, kind: c.kind, circulatedAt: c.at, read: readSet.has(id) || ackBy.has(id), ack: ackBy.get(id), ackRefused: ackBy.has(id) ? undefined : refusedBy.get(id), reminder: reminderBy.get(id) });
  });
  return items.sort((a, b) => (a.circulatedAt < b.circulatedAt ? 1 : a.circulatedAt > b.circulatedAt ? -1 : 0));
}

/** How many documents circulated to the unit it has not acknowledged yet (the badge). */
export async function unacknowledgedCount(db: CirculateDb, unitId: string): Promise<number> {
  const [circs, acks] = await Promise.all([
    db.circulations.where('unitId').equals(unitId).toArray(),
    db.acks.where('unitId').equals(unitId).toArray(),
  ]);
  const acked = new Set(acks.map((a) => a.documentId));
  return new Set(circs.map((c) => c.documentId).filter((d) => !acked.has(d))).size;
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
