import type { Kysely } from 'kysely';
import type { TaskStatus } from '../tasks/derive';
import type { Database } from './types';

// A document's tasks with each one's whole history (every report and review, who and when) and the
// reminders its units had, for the document page.

export interface HistoryEntry {
  id: string;
  kind: Exclude<TaskStatus, 'open'>;
  note: string;
  unitName: string;
  /** The person, by the name stored with the update, else the user's current name. */
  by: string;
  at: string;
  serverAt: string;
}

export interface ReminderEntry {
  id: string;
  unitName: string;
  message: string;
  /** Null: sent by the schedule. */
  from: string | null;
  at: string;
}

export interface DocumentTask {
  id: string;
  text: string;
  leadUnitId: string;
  leadUnitName: string;
  due: string | null;
  dueDate: string | null;
  status: TaskStatus;
  history: HistoryEntry[];
  reminders: ReminderEntry[];
}

export interface DocumentHead {
  id: string;
  title: string;
  ownerUnitName: string;
  meetingDate: string | null;
  version: number;
}

export const documentHead = async (db: Kysely<Database>, id: string): Promise<DocumentHead | undefined> => {
  const r = await db
    .selectFrom('documents as d')
    .leftJoin('units as o', 'o.id', 'd.owner_unit_id')
    .select(['d.id', 'd.title', 'd.meeting_date', 'd.version', 'o.name as owner_name', 'd.owner_unit_id'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, title: r.title, ownerUnitName: r.owner_name ?? r.owner_unit_id, meetingDate: r.meeting_date, version: Number(r.version) };
};

/** The document's tasks in decision order, each with its history in server order. Three queries. */
export async function documentTasks(db: Kysely<Database>, documentId: string): Promise<DocumentTask[]> {
  const tasks = await db
    .selectFrom('tasks as t')
    .leftJoin('units as u', 'u.id', 't.lead_unit_id')
    .select(['t.id', 't.text', 't.lead_unit_id', 'u.name as lead_name', 't.due', 't.due_date'])
    .where('t.document_id', '=', documentId)
    .orderBy('t.decision_index')
    .orderBy('t.id')
    .execute();
  if (tasks.length === 0) return [];
  const ids = tasks.map((t) => t.id);
  const [updates, reminders] = await Promise.all([
    db
      .selectFrom('task_updates as k')
      .leftJoin('units as u', 'u.id', 'k.unit_id')
      .leftJoin('users as p', 'p.id', 'k.user_id')
      .select(['k.id', 'k.task_id', 'k.kind', 'k.note', 'k.unit_id', 'u.name as unit_name', 'k.user_name', 'p.name as user_now', 'k.user_id', 'k.at', 'k.server_at'])
      .where('k.task_id', 'in', ids)
      .orderBy('k.server_seq')
      .execute(),
    db
      .selectFrom('reminders as r')
      .leftJoin('units as u', 'u.id', 'r.unit_id')
      .leftJoin('users as p', 'p.id', 'r.from_user_id')
      .select(['r.id', 'r.task_id', 'r.unit_id', 'u.name as unit_name', 'r.message', 'r.from_user_id', 'r.from_name', 'p.name as from_now', 'r.server_at'])
      .where('r.task_id', 'in', ids)
      .orderBy('r.server_at')
      .orderBy('r.id')
      .execute(),
  ]);
  return tasks.map((t) => {
    const history = updates
      .filter((u) => u.task_id === t.id)
      .map((u): HistoryEntry => ({
        id: u.id,
        kind: u.kind as HistoryEntry['kind'],
        note: u.note,
        unitName: u.unit_name ?? u.unit_id,
        by: u.user_name ?? u.user_now ?? u.user_id,
        at: u.at,
        serverAt: u.server_at,
      }));
    return {
      id: t.id,
      text: t.text,
      leadUnitId: t.lead_unit_id,
      leadUnitName: t.lead_name ?? t.lead_unit_id,
      due: t.due,
      dueDate: t.due_date,
      status: (history.at(-1)?.kind ?? 'open') as TaskStatus,
      history,
      reminders: reminders
        .filter((r) => r.task_id === t.id)
        .map((r) => ({ id: r.id, unitName: r.unit_name ?? r.unit_id, message: r.message, from: r.from_user_id ? (r.from_name ?? r.from_now ?? r.from_user_id) : null, at: r.server_at })),
    };
  });
}

/** What a reminder about a task or a document should say by default: the document, the task and its due date. */
export async function reminderSubject(db: Kysely<Database>, ids: { taskId?: string; documentId?: string }) {
  if (ids.taskId) {
    const t = await db
      .selectFrom('tasks as t')
      .innerJoin('documents as d', 'd.id', 't.document_id')
      .select(['t.id', 't.text', 't.due', 't.due_date', 't.lead_unit_id', 'd.id as document_id', 'd.title'])
      .where('t.id', '=', ids.taskId)
      .executeTakeFirst();
    return t && { documentId: t.document_id, title: t.title, taskId: t.id, task: t.text, due: t.due_date ?? t.due, unitId: t.lead_unit_id };
  }
  if (ids.documentId) {
    const d = await db.selectFrom('documents').select(['id', 'title']).where('id', '=', ids.documentId).executeTakeFirst();
    return d && { documentId: d.id, title: d.title, taskId: null, task: null, due: null, unitId: null };
  }
  return undefined;
}
export type ReminderSubject = NonNullable<Awaited<ReturnType<typeof reminderSubject>>>;
