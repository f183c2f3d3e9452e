import { browser } from 'wxt/browser';
import type { CirculateDb } from '../db';
import type { PullSummary } from '../sync';
import { t } from '../ui/i18n';

/** More new copies than this in one pull (a first sync, say) make one summary notification. */
const MAX_SINGLE = 3;

/**
 * Notifications for copies newly circulated to my unit (not yet acknowledged), reminders sent to
 * it (who urged, about which document) and a supervisor's review of its tasks (办结 / 退回 with the
 * reason), called once the pull is stored. Whether each copy is acknowledged comes from the Inbox
 * rows (`copies`): see `unacknowledged`. Returns the notification ids shown.
 */
export async function notifyFresh(db: CirculateDb, unitId: string | null, summary: PullSummary): Promise<string[]> {
  if (!unitId) return [];
  const shown: string[] = [];
  const fresh: { id: string; documentId: string }[] = [];
  for (const c of summary.fresh) {
    if (c.entity === 'circulation' && c.data.unitId === unitId) {
      fresh.push({ id: c.data.id, documentId: c.data.documentId });
    } else if (c.entity === 'reminder' && c.data.unitId === unitId) {
      // Who urged, about which document: the message itself names the task.
      const r = c.data;
      const doc = r.documentId ? await db.documents.get(r.documentId) : undefined;
      const title = t('reminderFrom', r.fromUserId ? (r.fromName ?? r.fromUnitId ?? '') : t('taskScheduled'));
      const message = doc ? `${t('reminderAbout', doc.title)} ${r.message}` : r.message;
      if (await show(`rem-${r.id}`, title, message)) shown.push(`rem-${r.id}`);
    } else if (c.entity === 'taskUpdate' && (c.data.kind === 'close' || c.data.kind === 'return') && c.data.unitId !== unitId) {
      // A supervisor's review of a task of my unit: the outcome and the reason.
      const task = await db.tasks.get(c.data.taskId);
      if (!task || (task.leadUnitId !== unitId && !task.coUnitIds.includes(unitId))) continue;
      const u = c.data;
      const title = u.kind === 'close' ? t('notifyTaskClosed') : t('notifyTaskReturned');
      const message = `${task.text.slice(0, 120)}${u.note ? ` — ${u.note}` : ''}${u.userName ? ` (${u.userName})` : ''}`;
      if (await show(`review-${u.id}`, title, message)) shown.push(`review-${u.id}`);
    }
  }
  const copies = await unacknowledged(db, unitId, fresh);
  if (copies.length > MAX_SINGLE) {
    const id = `circ-many-${Date.now()}`;
    if (await show(id, t('notifyNewCopy'), t('notifyNewCopies', String(copies.length)))) shown.push(id);
  } else {
    for (const c of copies) if (await show(c.id, t('notifyNewCopy'), c.title)) shown.push(c.id);
  }
  return shown;
}

/**
 * The new copies not acknowledged, with their titles when they are few enough to be announced one
 * by one. Many (a first sync) are counted against the keys of the unit's acknowledged copies, one
 * index read of keys, rather than by reading a row per circulation.
 */
async function unacknowledged(db: CirculateDb, unitId: string, fresh: { id: string; documentId: string }[]): Promise<{ id: string; title: string }[]> {
  let candidates = fresh;
  if (fresh.length > MAX_SINGLE) {
    const acked = new Set((await db.copies.where('[unitId+acked]').equals([unitId, 1]).primaryKeys()).map(([, d]) => d));
    candidates = fresh.filter((c) => !acked.has(c.documentId));
    if (candidates.length > MAX_SINGLE) return candidates.map((c) => ({ id: `circ-${c.id}`, title: '' }));
  }
  if (candidates.length === 0) return [];
  const rows = await db.copies.bulkGet(candidates.map((c) => [unitId, c.documentId] as [string, string]));
  return candidates.flatMap((c, i) => (rows[i]?.acked ? [] : [{ id: `circ-${c.id}`, title: rows[i]?.title ?? '' }]));
}

async function show(id: string, title: string, message: string): Promise<boolean> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message: message || title,
    });
    return true;
  } catch {
    // A notification is a courtesy; the inbox and badge carry the same news.
    return false;
  }
}
