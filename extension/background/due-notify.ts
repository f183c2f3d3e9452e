import { browser } from 'wxt/browser';
import { bureauTimeZoneOf, dueState, getMeta, setMeta, tasksFor, type CirculateDb } from '../db';
import { t } from '../ui/i18n';

const NOTIFIED_KEY = 'notify.dueTasks';

/**
 * Notifies once per task and state (due soon, then overdue) for tasks my unit leads or helps with
 * that are not closed. What was notified is kept in `meta` so a restart does not repeat it.
 */
export async function notifyDueTasks(db: CirculateDb, unitId: string | null, today: Date = new Date()): Promise<string[]> {
  if (!unitId) return [];
  const notified = (await getMeta<Record<string, string>>(db, NOTIFIED_KEY)) ?? {};
  const shown: string[] = [];
  const tz = await bureauTimeZoneOf(db);
  for (const item of await tasksFor(db, unitId)) {
    const state = dueState(item.task.dueDate, item.latest?.kind === 'close', today, tz);
    if (!state || notified[item.task.id] === state) continue;
    notified[item.task.id] = state;
    shown.push(item.task.id);
    try {
      await browser.notifications.create(`task-${item.task.id}-${state}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: state === 'overdue' ? t('taskOverdue') : t('taskNearDue'),
        message: item.task.text.slice(0, 200),
      });
    } catch {
      // The Tasks view shows the same state.
    }
  }
  if (shown.length) await setMeta(db, NOTIFIED_KEY, notified);
  return shown;
}
