import { isTimeZone } from '../../shared/rules';
import { Change, type Change as ChangeT } from '../../shared/schemas';
import { getMeta, META, setMeta, type CirculateDb } from '../db';
import { ProtocolError } from './errors';
import { errorMessage, requestJson, type Connection } from './http';
import { WRITE_TABLES } from './outbox';
import { applyChanges } from './remote-apply';

export interface PullSummary {
  changes: number;
  /**
   * Changes that created a record this device did not have (for notifications). Documents are left
   * out: their circulations carry the news, and a first sync need not hold every draft in memory.
   */
  fresh: ChangeT[];
  /** Changes this client could not read and left out. */
  unreadable: number;
}

/**
 * Pulls every change after the stored cursor, page by page until the server says there is no more.
 * Each page's changes and the new cursor are written in ONE transaction, one bulk write per table:
 * a crash between pages resumes exactly where the stored data ends.
 */
export async function pull(db: CirculateDb, conn: Connection, opts: { limit?: number } = {}): Promise<PullSummary> {
  // The service's largest page (it also bounds a page by bytes): each page is one transaction here,
  // so a first sync of thousands of copies commits half as often as at 500, and re-reads the Inbox less.
  const limit = opts.limit ?? 1000;
  const summary: PullSummary = { changes: 0, fresh: [], unreadable: 0 };
  const fetchPage = async (since: number) => {
    const reply = await requestJson(conn, `/sync/pull?since=${since}&limit=${limit}`);
    if (reply.status >= 400) throw new ProtocolError(errorMessage(reply.body, `pull refused (${reply.status})`));
    const page = reply.body as { changes?: unknown; cursor?: unknown; more?: unknown; timeZone?: unknown } | null;
    if (!page || !Array.isArray(page.changes) || typeof page.cursor !== 'number' || typeof page.more !== 'boolean') {
      throw new ProtocolError('the service answered the pull in an unknown form');
    }
    const timeZone = typeof page.timeZone === 'string' && isTimeZone(page.timeZone) ? page.timeZone : undefined;
    return { changes: page.changes as unknown[], cursor: page.cursor, more: page.more, timeZone };
  };
  let since = (await getMeta<number>(db, META.cursor)) ?? 0;
  let zone = await getMeta<string>(db, META.timeZone);
  let next = fetchPage(since);
  for (;;) {
    const page = await next;
    // A cursor that does not move cannot make progress: stop instead of asking forever.
    const going = page.more && page.cursor > since;
    // The next page travels while this one is written (its cursor is this page's, stored below).
    if (going) {
      next = fetchPage(page.cursor);
      next.catch(() => undefined); // awaited on the next turn; a failure then is thrown there
    }
    // A change of a kind this client does not know yet is skipped, not allowed to block the rest.
    const changes: ChangeT[] = [];
    for (const raw of page.changes) {
      const c = Change.safeParse(raw);
      if (c.success) changes.push(c.data);
      else summary.unreadable += 1;
    }
    const cursor = Math.max(page.cursor, since);
    // Nothing new (the one-minute sync, most of the time): no write at all, so the Inbox's and the
    // other views' reads never queue behind a read-write transaction over every table.
    const idle = page.changes.length === 0 && cursor === since && (!page.timeZone || page.timeZone === zone);
    // (A page that moved no cursor is the last one: `going` needs the cursor to move.)
    if (idle) return summary;
    await db.transaction('rw', [...WRITE_TABLES, 'units', 'meta'], async () => {
      const edited = new Set(
        (await db.outbox.where('state').equals('pending').toArray())
          .filter((e) => e.type === 'document.put')
          .map((e) => e.payload.id),
      );
      for (const c of await applyChanges(db, changes, edited)) if (c.entity !== 'document') summary.fresh.push(c);
      await setMeta(db, META.cursor, cursor);
      if (page.timeZone) await setMeta(db, META.timeZone, page.timeZone);
    });
    if (page.timeZone) zone = page.timeZone;
    summary.changes += changes.length;
    if (!going) return summary;
    since = cursor;
  }
}
