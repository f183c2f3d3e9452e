import type { Kysely } from 'kysely';
import type { TaskUpdateKind } from '../../shared/schemas';
import { ownerFeed, unitFeed } from './feed';
import { taskRecord, taskUpdateRecord } from './records';
import type { Database, WriteTx } from './types';

// Tasks (from decisions), the units each involves, and their updates (appended, never overwritten).

type Db = Kysely<Database>;

/** A task with the owner of its document (whose clerks see everything about it). */
export const getTask = (db: Db, id: string) =>
  db
    .selectFrom('tasks')
    .innerJoin('documents', 'documents.id', 'tasks.document_id')
    .selectAll('tasks')
    .select('documents.owner_unit_id')
    .where('tasks.id', '=', id)
    .executeTakeFirst();

export const taskExists = async (db: Db, id: string) => !!(await db.selectFrom('tasks').select('id').where('id', '=', id).executeTakeFirst());

export const taskUpdateExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('task_updates').select('id').where('id', '=', id).executeTakeFirst());

/** The units a task involves: its lead unit first, then its co-units. */
export async function taskUnitIds(db: Db, taskId: string): Promise<string[]> {
  const rows = await db.selectFrom('task_units').select(['unit_id', 'lead']).where('task_id', '=', taskId).execute();
  return rows.sort((a, b) => Number(b.lead) - Number(a.lead)).map((r) => r.unit_id);
}

/** The kind of a task's latest update in server order, or null when it has none. */
export async function latestUpdateKind(db: Db, taskId: string): Promise<string | null> {
  const row = await db.selectFrom('task_updates').select('kind').where('task_id', '=', taskId).orderBy('server_seq', 'desc').limit(1).executeTakeFirst();
  return row?.kind ?? null;
}

/** Tasks that have a due date, for the reminder schedule. */
export const tasksWithDueDates = (db: Db) =>
  db.selectFrom('tasks').select(['id', 'document_id', 'text', 'due_date']).where('due_date', 'is not', null).orderBy('created_at').orderBy('id').execute();

export interface NewTask {
  id: string;
  documentId: string;
  decisionIndex: number;
  text: string;
  leadUnitId: string;
  coUnitIds: string[];
  due: string | null;
  dueDate: string | null;
  createdBy: string;
}

/** A task and its units, as a change for each of its units and the document owner's clerks. */
export async function insertTask(tx: WriteTx, t: NewTask, owner: string): Promise<void> {
  const row = {
    id: t.id,
    document_id: t.documentId,
    decision_index: t.decisionIndex,
    text: t.text,
    lead_unit_id: t.leadUnitId,
    co_unit_ids: JSON.stringify(t.coUnitIds),
    due: t.due,
    due_date: t.dueDate,
    created_by: t.createdBy,
    created_at: tx.now,
  };
  await tx.db.insertInto('tasks').values(row).execute();
  await tx.db
    .insertInto('task_units')
    .values([{ task_id: t.id, unit_id: t.leadUnitId, lead: 1 }, ...t.coUnitIds.map((u) => ({ task_id: t.id, unit_id: u, lead: 0 }))])
    .execute();
  const feeds = [...[t.leadUnitId, ...t.coUnitIds].map(unitFeed), ownerFeed(owner)];
  await tx.change({ entity: 'task', entityId: t.id, feeds, data: taskRecord(row) });
}

/** Appends an update to a task's history, numbered in server order. */
export async function insertTaskUpdate(
  tx: WriteTx,
  u: { id: string; taskId: string; kind: TaskUpdateKind; note: string; unitId: string; userId: string; userName: string | null; at: string },
  audience: { units: string[]; owner: string },
): Promise<number> {
  const base = { id: u.id, task_id: u.taskId, kind: u.kind, note: u.note, unit_id: u.unitId, user_id: u.userId, user_name: u.userName, at: u.at, server_at: tx.now };
  const feeds = [...audience.units.map(unitFeed), ownerFeed(audience.owner)];
  const seq = await tx.change({ entity: 'taskUpdate', entityId: u.id, feeds, data: taskUpdateRecord({ ...base, server_seq: 0 }) });
  await tx.db.insertInto('task_updates').values({ ...base, server_seq: seq }).execute();
  return seq;
}
