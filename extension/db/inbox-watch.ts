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
 * Whether written parts (Dexie's storagemutated event) may change the page: a copy written into the
 * page's stretch of the index or one of the rows read. Without `covered` (a read under way), any
 * write to copies. Reminders and the outbox show through the copies (copy-marks.ts): their writers
 * update the copies in the same transaction.
 */
function touches(parts: ObservabilitySet, name: string, covered: Covered | undefined): boolean {
  if ('all' in parts) return true; // Dexie's "everything may have changed" (a page shown again from the back-forward cache)
  const copies = `idb://${name}/copies/`;
  for (const part in parts) {
    if (part.startsWith(copies)) {
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

/** `startedAt`: when the read that made the page began (performance.now()), for the Inbox's stage marks. */
type Listener = { page(page: InboxPage, startedAt: number): void; error(err: unknown): void };

/** A running watch of one page: its latest page, delivered to a listener once one is attached. */
interface Watch {
  readonly db: CirculateDb;
  readonly unitId: string;
  readonly limit: number;
  /** Attaches the listener and hands it the latest page at once when one has arrived. */
  listen(on: Listener): void;
  /** Settles when the first read has delivered its page or failed. */
  readonly firstRead: Promise<void>;
  /** The latest page read, with when its read began, if one has arrived. */
  current(): { page: InboxPage; startedAt: number } | undefined;
  close(): void;
}

/**
 * Keeps an Inbox page current: reads it at once, then again when a write in any context of the
 * extension (Dexie's storagemutated event, which the service worker's writes reach too) touches
 * what the page shows. Not Dexie's liveQuery: that starts its first read on a timer and runs each
 * read in its zone through its query cache, which clones the results; opening the Inbox spent about
 * as long on those as on the reads themselves (bench/extension-scale.ts). A write during a read
 * makes it read again once it has delivered its page.
 */
function startWatch(db: CirculateDb, unitId: string, limit: number): Watch {
  let closed = false;
  let reading = false;
  let stale = false;
  // The rows of the latest page, and what they cover, worked out at the first write that asks
  // (not on the way to the page: that is part of the Inbox's opening, and most pages see no write).
  let readRows: CopyRow[] | undefined;
  let covered: Covered | undefined;
  let latest: { page: InboxPage; startedAt: number } | undefined;
  let failed: { err: unknown } | undefined;
  let on: Listener | undefined;
  let firstDone!: () => void;
  const firstRead = new Promise<void>((done) => (firstDone = done));
  const read = () => {
    reading = true;
    stale = false;
    readRows = undefined;
    covered = undefined;
    const startedAt = performance.now();
    readInbox(db, unitId, limit).then(
      ({ page, rows }) => {
        reading = false;
        if (closed) return;
        readRows = rows;
        latest = { page, startedAt };
        firstDone();
        on?.page(page, startedAt);
        if (stale) read();
      },
      (err: unknown) => {
        reading = false;
        firstDone();
        if (closed) return;
        if (on) on.error(err);
        else failed = { err };
      },
    );
  };
  const onWrite = (parts: ObservabilitySet) => {
    if (closed) return;
    if (readRows && !covered) covered = coveredBy(unitId, limit, readRows);
    if (!touches(parts, db.name, covered)) return;
    if (reading) stale = true;
    else read();
  };
  Dexie.on('storagemutated', onWrite);
  read();
  return {
    db,
    unitId,
    limit,
    firstRead,
    current: () => latest,
    listen(listener) {
      on = listener;
      if (failed) listener.error(failed.err);
      else if (latest) listener.page(latest.page, latest.startedAt);
    },
    close() {
      closed = true;
      Dexie.on.storagemutated.unsubscribe(onWrite);
    },
  };
}

/** How long a watch started ahead waits for its view before it stops (the click led elsewhere). */
const AHEAD_MS = 2000;
/** The watch started ahead of its view, if any (at most one: the panel shows one Inbox). */
let ahead: { watch: Watch; timer: ReturnType<typeof setTimeout> } | undefined;
const isFor = (w: Watch, db: CirculateDb, unitId: string, limit: number) => w.db === db && w.unitId === unitId && w.limit === limit;

/**
 * Starts reading an Inbox page ahead of its view: called where the user asks for the Inbox (its
 * tab's pointerdown or click), so the reads run while the panel switches tabs and the page is
 * often back by the time the view mounts, which then takes this watch over (watchInboxPage).
 * Untaken, it stops after AHEAD_MS. A second call for the same page keeps the first. Returns a
 * promise settled when its first read is over.
 */
export function watchInboxAhead(db: CirculateDb, unitId: string, limit: number): Promise<void> {
  if (ahead && isFor(ahead.watch, db, unitId, limit)) return ahead.watch.firstRead;
  dropAhead();
  const watch = startWatch(db, unitId, limit);
  ahead = { watch, timer: setTimeout(dropAhead, AHEAD_MS) };
  return watch.firstRead;
}

/**
 * The page a watch started ahead (watchInboxAhead) has already read for this view, with when its
 * read began: the view renders it in its first render, with no state before it.
 */
export function inboxPageAhead(db: CirculateDb, unitId: string, limit: number): { page: InboxPage; startedAt: number } | undefined {
  return ahead && isFor(ahead.watch, db, unitId, limit) ? ahead.watch.current() : undefined;
}

function dropAhead(): void {
  if (!ahead) return;
  clearTimeout(ahead.timer);
  ahead.watch.close();
  ahead = undefined;
}

/**
 * Keeps an Inbox page current (see startWatch), taking over a watch started ahead for the same
 * page (watchInboxAhead): then a page already read is delivered at once, inside this call.
 * Returns the function that stops it.
 */
export function watchInboxPage(db: CirculateDb, unitId: string, limit: number, on: Listener): () => void {
  let watch: Watch;
  if (ahead && isFor(ahead.watch, db, unitId, limit)) {
    watch = ahead.watch;
    clearTimeout(ahead.timer);
    ahead = undefined;
  } else {
    watch = startWatch(db, unitId, limit);
  }
  watch.listen(on);
  return () => watch.close();
}
