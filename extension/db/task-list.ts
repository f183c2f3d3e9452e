import type { Role } from '../../shared/schemas';
import type { CirculateDb } from './database';
import { orderUpdates, tasksFor, type TaskItem } from './queries';
import type { ReminderRow } from './rows';

/** `supervised`: a task of another unit, shown to a supervisor (or admin) who oversees it. */
export type TaskRole = TaskItem['role'] | 'supervised';
export interface ListedTask extends Omit<TaskItem, 'role'> {
  role: TaskRole;
}

const latest = (rows: ReminderRow[]) => rows.reduce<ReminderRow | undefined>((a, r) => (!a || a.at < r.at ? r : a), undefined);

/**
 * The tasks the Tasks view lists for this user: its unit's (lead or co-unit); for a supervisor or an
 * admin, who pull every change, also every other task under supervision, with the latest reminder
 * any unit had about it. Soonest due first, so overdue tasks lead.
 */
export async function tasksToShow(db: CirculateDb, user: { role: Role; unitId: string }): Promise<ListedTask[]> {
  const own: ListedTask[] = await tasksFor(db, user.unitId);
  if (user.role !== 'supervisor' && user.role !== 'admin') return own;
  const mine = new Set(own.map((i) => i.task.id));
  const others: ListedTask[] = [];
  for (const task of await db.tasks.toArray()) {
    if (mine.has(task.id)) continue;
    const [updates, doc, reminders] = await Promise.all([
      db.taskUpdates.where('taskId').equals(task.id).toArray().then(orderUpdates),
      db.documents.get(task.documentId),
      db.reminders.where('taskId').equals(task.id).toArray(),
    ]);
    others.push({ task, role: 'supervised', updates, latest: updates.at(-1), docTitle: doc?.title, reminder: latest(reminders) });
  }
  return [...own, ...others].sort((a, b) => (a.task.dueDate ?? '9999').localeCompare(b.task.dueDate ?? '9999'));
}
