import { latestUpdateKind, taskUnitIds, tasksWithDueDates } from '../storage/tasks';
import type { Storage } from '../storage/types';
import { SCHEDULER } from '../sync/guards';
import { applyReminderCreate } from '../sync/mutations/reminder-create';
import { DEFAULT_LIMITS } from '../sync/limits';
import { scheduledOccasion, todayUtc, type TaskStatus } from './derive';
import { nameUuid } from './name-uuid';

export { nameUuid };

const MESSAGES: Record<string, (text: string) => string> = {
  'due-in-3-days': (t) => `任务3天后到期 Due in 3 days: ${t}`,
  'due-today': (t) => `任务今日到期 Due today: ${t}`,
};
const overdueMessage = (days: string, t: string) => `任务已逾期${days}天 Overdue by ${days} days: ${t}`;

/**
 * Sends today's scheduled reminders (3 days before due, on the due day, every 3 days overdue) to
 * each unit of each open task, through the same applier as a supervisor's reminder. Reminder ids
 * come from (task, unit, occasion), so running this again, or on several instances, sends nothing
 * twice. Returns how many were sent.
 */
export async function sendScheduledReminders(storage: Storage, now = new Date()): Promise<number> {
  const today = todayUtc(now);
  return storage.write(async (tx) => {
    let sent = 0;
    for (const t of await tasksWithDueDates(tx.db)) {
      const occasion = scheduledOccasion(t.due_date, ((await latestUpdateKind(tx.db, t.id)) ?? 'open') as TaskStatus, today);
      if (!occasion) continue;
      for (const unitId of await taskUnitIds(tx.db, t.id)) {
        const id = nameUuid(`scheduled-reminder|${t.id}|${unitId}|${occasion}`);
        const message = occasion.startsWith('overdue-') ? overdueMessage(occasion.split('-')[1], t.text) : MESSAGES[occasion](t.text);
        const mutation = {
          id,
          type: 'reminder.create' as const,
          at: tx.now,
          payload: { id, unitId, documentId: t.document_id, taskId: t.id, message },
        };
        const auditAs = { actor: SCHEDULER.userId, action: 'reminder.scheduled', entity: 'reminder', entityId: id, data: { taskId: t.id, unitId, occasion } };
        const outcome = await tx.savepoint(() => applyReminderCreate({ tx, who: SCHEDULER, mutation, limits: DEFAULT_LIMITS, auditAs }));
        if (outcome.status === 'applied') sent++;
      }
    }
    return sent;
  });
}
