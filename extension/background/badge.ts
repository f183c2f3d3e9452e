import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { unacknowledgedCount, type CirculateDb } from '../db';

/**
 * Keeps the toolbar badge at the number of copies circulated to my unit and not acknowledged.
 * Returns the function that stops watching (call it when the unit changes).
 */
export function watchBadge(db: CirculateDb, unitId: string | null): () => void {
  if (!unitId) {
    void setBadge(0);
    return () => undefined;
  }
  const sub = liveQuery(() => unacknowledgedCount(db, unitId)).subscribe({
    next: (n) => void setBadge(n),
    error: () => undefined,
  });
  return () => sub.unsubscribe();
}

async function setBadge(n: number): Promise<void> {
  await browser.action.setBadgeText({ text: n > 0 ? String(n) : '' });
  if (n > 0) await browser.action.setBadgeBackgroundColor({ color: '#c0392b' });
}
