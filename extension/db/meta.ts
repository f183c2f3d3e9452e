import type { CirculateDb } from './database';

/** Keys of the `meta` table. */
export const META = {
  /** The server sequence number the next pull starts after. */
  cursor: 'pull.cursor',
  /** ISO time of the last sync that reached the server. */
  lastSyncAt: 'sync.lastAt',
  /** The last sync error in plain words, or absent. */
  lastError: 'sync.lastError',
  /** The user the pulled data belongs to: another user starts again from cursor 0. */
  pulledFor: 'pull.userId',
  /** The bureau's time zone as the service last named it (due dates are counted in it). */
  timeZone: 'bureau.timeZone',
} as const;

export async function getMeta<T>(db: CirculateDb, key: string): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

/** Inside a Dexie transaction this joins it (Dexie tracks the transaction per async context). */
export async function setMeta(db: CirculateDb, key: string, value: unknown): Promise<void> {
  if (value === undefined) await db.meta.delete(key);
  else await db.meta.put({ key, value });
}
