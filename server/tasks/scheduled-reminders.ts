import { createHash } from 'node:crypto';
import { reminderRecord } from '../storage/records';
import type { Storage } from '../storage/types';
import { scheduledOccasion, todayUtc, type TaskStatus } from './derive';

/** A UUID (version 8, name-based) from a name, so the same occasion always gets the same reminder id. */
export function nameUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const MESSAGES: Record<string, (text: string) => string> = {
  'due-in-3-days': (t) => `任务3天后到期 Due in 3 days: ${t}`,
  'due-today': (t) => `任务今日到期 Due today: ${t}`,
};
const overdueMessage = (days: string, t: string) => `任务已逾期${days}天 Overdue by ${days} days: ${t}`;

/**
 * Sends today's scheduled reminders (3 days before due, on the due day, every 3 days overdue) to
 * each unit of each open task. Reminder ids come from (task, unit, occasion), so running this again,
 * or on several instances, sends nothing twice. Returns how many were sent.
 */
export async function sendScheduledReminders(storage: Storage, now = new Date()): Promise<number> {
  const today = todayUtc(now);
  return storage.write(async (tx) => {
    const tasks = await tx.db.selectFrom('tasks').select(['id', 'document_id', 'text', 'due_date']).where('due_date', 'is not', null).execute();
    let sent = 0;
    for (const t of tasks) {
      const last = await tx.db.selectFrom('task_updates').select('kind').where('task_id', '=', t.id).orderBy('server_seq', 'desc').limit(1).executeTakeFirst();
      const occasion = scheduledOccasion(t.due_date, (last?.kind ?? 'open') as TaskStatus, today);
      if (!occasion) continue;
      const units = await tx.db.selectFrom('task_units').select('unit_id').where('task_id', '=', t.id).execute();
      for (const { unit_id } of units) {
        const id = nameUuid(`scheduled-reminder|${t.id}|${unit_id}|${occasion}`);
        if (await tx.db.selectFrom('reminders').select('id').where('id', '=', id).executeTakeFirst()) continue;
        const message = occasion.startsWith('overdue-') ? overdueMessage(occasion.split('-')[1], t.text) : MESSAGES[occasion](t.text);
        const row = { id, unit_id, document_id: t.document_id, task_id: t.id, message, from_user_id: null, at: tx.now, server_at: tx.now };
        await tx.db.insertInto('reminders').values(row).execute();
        await tx.change({ entity: 'reminder', entityId: id, documentId: t.document_id, unitId: unit_id, data: reminderRecord(row) });
        await tx.audit({ actor: 'scheduler', action: 'reminder.scheduled', entity: 'reminder', entityId: id, data: { taskId: t.id, unitId: unit_id, occasion } });
        sent++;
      }
    }
    return sent;
  });
}
