import { browser } from 'wxt/browser';
import type { CirculateDb } from '../db';
import type { PullSummary } from '../sync';
import { t } from '../ui/i18n';

/** Notifications for copies newly circulated to my unit and reminders sent to it. */
export async function notifyFresh(db: CirculateDb, unitId: string | null, summary: PullSummary): Promise<void> {
  if (!unitId) return;
  for (const c of summary.fresh) {
    if (c.entity === 'circulation' && c.data.unitId === unitId) {
      const doc = await db.documents.get(c.data.documentId);
      await show(`circ-${c.data.id}`, t('notifyNewCopy'), doc?.title ?? '');
    } else if (c.entity === 'reminder' && c.data.unitId === unitId) {
      await show(`rem-${c.data.id}`, t('notifyReminder'), c.data.message);
    }
  }
}

async function show(id: string, title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message: message || title,
    });
  } catch {
    // A notification is a courtesy; the inbox and badge carry the same news.
  }
}
