import Dexie, { RangeSet, rangesOverlap, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CirculateDb } from './database';
import { readInbox, type InboxPage } from './queries';
import type { CopyRow } from './rows';

const EVERYTHING = new RangeSet(Dexie.minKey, Dexie.maxKey);
const touched = (t: IntervalTree | undefined) => t !== undefined && rangesOverlap(t, EVERYTHING);

/** The parts of the database an Inbox page shows: a write to any of them may change it. */
interface Covered {
  /** The page's stretch of [unitId+listedAt]: from the row after the last one shown, or the whole unit's. */
  listed: RangeSet;
  /** The primary keys of the rows read. */
  keys: RangeSet;
}

function coveredBy(unitId: string, limit: number, rows: CopyRow[]): Covered {
  const floor = rows.length > limit ? rows[limit].listedAt! : Dexie.minKey;
  return {
    listed: new RangeSet([unitId, floor], [unitId, Dexie.maxKey]),
    keys: new RangeSet().addKeys(rows.map((r) => [r.unitId, r.documentId])),
  };
}

/**
 * Whether written parts (Dexie's storagemutated event) may change the page: any reminder or outbox
 * write (both tables are small), or a copy written into the page's stretch of the index or one of
 * the rows read. Without `covered` (a read under way), any write to the three tables.
 */
function touches(parts: ObservabilitySet, name: string, covered: Covered | undefined): boolean {
  if ('all' in parts) return true; // Dexie's "everything may have changed" (a page shown again from the back-forward cache)
  const copies = `idb://${name}/copies/`;
  for (const part in parts) {
    if (part.startsWith(`idb://${name}/outbox/`) || part.startsWith(`idb://${name}/reminders/`)) {
      if (touched(parts[part])) return true;
    } else if (part.startsWith(copies)) {
      if (!covered) {
        if (touched(parts[part])) return true;
        continue;
      }
      const index = part.slice(copies.length);
      const mine = index === '[unitId+listedAt]' ? covered.listed : index === '' || index === ':dels' ? covered.keys : undefined;
      if (mine && rangesOverlap(parts[part], mine)) return true;
    }
  }
  return false;
}

/**
 * Keeps an Inbox page current: reads it at once, then again when a write in any context of the
 * extension (Dexie's storagemutated event, which the service worker's writes reach too) touches
 * what the page shows. Not Dexie's liveQuery: that starts its first read on a timer and runs each
 * read in its zone through its query cache, which clones the results; opening the Inbox spent about
 * as long on those as on the reads themselves (bench/extension-scale.ts). A write during a read
 * makes it read again once it has delivered its page. Returns the function that stops it.
 */
export function watchInboxPage(
  db: CirculateDb,
  unitId: string,
  limit: number,
  on: { page(page: InboxPage): void; error(err: unknown): void },
): () => void {
  let closed = false;
  let reading = false;
  let stale = false;
  let covered: Covered | undefined;
  const read = () => {
    reading = true;
    stale = false;
    covered = undefined;
    readInbox(db, unitId, limit).then(
      ({ page, rows }) => {
        reading = false;
        if (closed) return;
        covered = coveredBy(unitId, limit, rows);
        on.page(page);
        if (stale) read();
      },
      (err: unknown) => {
        reading = false;
        if (!closed) on.error(err);
      },
    );
  };
  const onWrite = (parts: ObservabilitySet) => {
    if (closed || !touches(parts, db.name, covered)) return;
    if (reading) stale = true;
    else read();
  };
  Dexie.on('storagemutated', onWrite);
  read();
  return () => {
    closed = true;
    Dexie.on.storagemutated.unsubscribe(onWrite);
  };
}
