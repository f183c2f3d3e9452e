import { occasionKey, occasionText, scheduledOccasion } from '../../shared/rules';
import { latestUpdateKind, taskUnitIds, tasksWithDueDates } from '../storage/tasks';
import type { Storage } from '../storage/types';
import { SCHEDULER } from '../sync/guards';
import { applyReminderCreate } from '../sync/mutations/reminder-create';
import { DEFAULT_LIMITS } from '../sync/limits';
import { nameUuid } from './name-uuid';
import { bureauToday } from './time-zone';

export { nameUuid };

/**
 * Sends today's scheduled reminders (3 days before due, on the due day, every 3 days overdue, by
 * the bureau's calendar: shared/rules/due.ts) to each unit of each open task, through the same
 * applier as a supervisor's reminder; the text says it is scheduled and why. Reminder ids come
 * from (task, unit, occasion), so running this again, or on several instances, sends nothing twice.
 * Returns how many were sent.
 */
export async function sendScheduledReminders(storage: Storage, now = new Date(), tz?: string): Promise<number> {
  const today = bureauToday(now, tz);
  return storage.write(async (tx) => {
    let sent = 0;
    for (const t of await tasksWithDueDates(tx.db)) {
      const occasion = scheduledOccasion(t.due_date, (await latestUpdateKind(tx.db, t.id)) === 'close', today);
      if (!occasion) continue;
      const key = occasionKey(occasion);
      for (const unitId of await taskUnitIds(tx.db, t.id)) {
        const id = nameUuid(`scheduled-reminder|${t.id}|${unitId}|${key}`);
        const message = `${occasionText(occasion)}：${t.text}`;
        const mutation = {
          id,
          type: 'reminder.create' as const,
          at: tx.now,
          payload: { id, unitId, documentId: t.document_id, taskId: t.id, message },
        };
        const auditAs = { actor: SCHEDULER.userId, action: 'reminder.scheduled', entity: 'reminder', entityId: id, data: { taskId: t.id, unitId, occasion: key } };
        const outcome = await tx.savepoint(() => applyReminderCreate({ tx, who: SCHEDULER, mutation, limits: DEFAULT_LIMITS, auditAs }));
        if (outcome.status === 'applied') sent++;
      }
    }
    return sent;
  });
}
