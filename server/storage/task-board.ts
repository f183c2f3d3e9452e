import type { Kysely } from 'kysely';
import { taskFlags, type TaskFlags, type TaskStatus } from '../tasks/derive';
import type { Database } from './types';

export interface TaskRow extends TaskFlags {
  id: string;
  documentId: string;
  documentTitle: string;
  text: string;
  leadUnitId: string;
  leadUnitName: string;
  coUnitNames: string[];
  due: string | null;
  dueDate: string | null;
  status: TaskStatus;
  lastNote: string;
  lastUpdateAt: string | null;
  lastUrgedAt: string | null;
}

/** Every task with its status (latest update in server order) and derived due flags, overdue first. */
export async function taskBoard(db: Kysely<Database>, today: string): Promise<TaskRow[]> {
  const [tasks, updates, reminders, docs, units] = await Promise.all([
    db.selectFrom('tasks').selectAll().orderBy('created_at').execute(),
    db.selectFrom('task_updates').select(['task_id', 'kind', 'note', 'server_at', 'server_seq']).orderBy('server_seq').execute(),
    db.selectFrom('reminders').select(['task_id', 'server_at']).where('task_id', 'is not', null).execute(),
    db.selectFrom('documents').select(['id', 'title']).execute(),
    db.selectFrom('units').select(['id', 'name']).execute(),
  ]);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const latest = new Map<string, (typeof updates)[number]>();
  for (const u of updates) latest.set(u.task_id, u); // ordered by server_seq: the last one wins
  const urged = new Map<string, string>();
  for (const r of reminders) if (r.task_id && (urged.get(r.task_id) ?? '') < r.server_at) urged.set(r.task_id, r.server_at);
  const rows = tasks.map((t): TaskRow => {
    const last = latest.get(t.id);
    const status = (last?.kind ?? 'open') as TaskStatus;
    return {
      id: t.id,
      documentId: t.document_id,
      documentTitle: docs.find((d) => d.id === t.document_id)?.title ?? t.document_id,
      text: t.text,
      leadUnitId: t.lead_unit_id,
      leadUnitName: unitName(t.lead_unit_id),
      coUnitNames: (JSON.parse(t.co_unit_ids) as string[]).map(unitName),
      due: t.due,
      dueDate: t.due_date,
      status,
      lastNote: last?.note ?? '',
      lastUpdateAt: last?.server_at ?? null,
      lastUrgedAt: urged.get(t.id) ?? null,
      ...taskFlags(t.due_date, status, today),
    };
  });
  const rank = (r: TaskRow) => (r.overdue ? 0 : r.nearDue ? 1 : r.closed ? 3 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}
