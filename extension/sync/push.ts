import { PushResponse } from '../../shared/schemas';
import { ackDocumentIds, refreshOutboxMarks, type CirculateDb, type OutboxRow } from '../db';
import { backoffDelay } from './backoff';
import { ProtocolError } from './errors';
import { errorMessage, requestJson, type Connection } from './http';

export interface PushOptions {
  /** Ignore per-entry backoff (the user pressed "Sync now"). */
  force?: boolean;
  batchSize?: number;
  now?: () => number;
  random?: () => number;
}

export interface PushSummary {
  applied: number;
  duplicate: number;
  rejected: number;
}

/**
 * Sends pending outbox entries in batches, oldest first. `applied` and `duplicate` entries leave the
 * outbox; `rejected` ones stay, marked refused with the server's reason, for the user to see (never
 * deleted silently), and are not sent again until the user asks. A batch the service refuses as a
 * whole (a 4xx such as 400, 413 too large, 422) is split in halves and each half sent again, down
 * to the single bad entry, which is marked refused with the service's message: its batch-mates go
 * through.
 */
export async function push(db: CirculateDb, conn: Connection, opts: PushOptions = {}): Promise<PushSummary> {
  const now = opts.now ?? Date.now;
  const batchSize = opts.batchSize ?? 100;
  const summary: PushSummary = { applied: 0, duplicate: 0, rejected: 0 };
  const tried = new Set<string>();
  for (;;) {
    const t = now();
    const batch = (await db.outbox.where('state').equals('pending').sortBy('id'))
      .filter((e) => !tried.has(e.id) && (opts.force || e.nextAttemptAt <= t))
      .slice(0, batchSize);
    if (batch.length === 0) return summary;
    batch.forEach((e) => tried.add(e.id));
    await sendBatch(db, conn, batch, summary, opts);
  }
}

async function sendBatch(
  db: CirculateDb,
  conn: Connection,
  batch: OutboxRow[],
  summary: PushSummary,
  opts: PushOptions,
): Promise<void> {
  const mutations = batch.map(({ id, type, at, payload }) => ({ id, type, at, payload }));
  // A network failure (no answer, a 5xx) is no entry's fault: it propagates with the entries left
  // due, and the engine backs off as a whole (engine.ts). Postponing each entry as well made the
  // first push after the service came back skip them until their own backoff ran out.
  const reply = await requestJson(conn, '/sync/push', { method: 'POST', body: { mutations } });
  if (reply.status >= 400) {
    if (batch.length > 1) {
      // log2(n) extra requests find one bad entry; a half that goes through is done.
      const mid = Math.ceil(batch.length / 2);
      await sendBatch(db, conn, batch.slice(0, mid), summary, opts);
      await sendBatch(db, conn, batch.slice(mid), summary, opts);
      return;
    }
    const reason = errorMessage(reply.body, `refused by the service (${reply.status})`);
    await db.transaction('rw', db.outbox, db.copies, async () => {
      await db.outbox.update(batch[0].id, { state: 'rejected', reason });
      await refreshOutboxMarks(db, ackDocumentIds(batch));
    });
    summary.rejected += 1;
    return;
  }
  const parsed = PushResponse.safeParse(reply.body);
  if (!parsed.success) throw new ProtocolError('the service answered the push in an unknown form');
  const byId = new Map(batch.map((e) => [e.id, e]));
  const answered: OutboxRow[] = [];
  await db.transaction('rw', db.outbox, db.copies, async () => {
    for (const r of parsed.data.results) {
      const e = byId.get(r.id);
      if (!e) continue;
      byId.delete(r.id);
      answered.push(e);
      if (r.status === 'rejected') {
        await db.outbox.update(r.id, { state: 'rejected', reason: r.reason ?? 'rejected by the service' });
        summary.rejected += 1;
      } else {
        await db.outbox.delete(r.id);
        summary[r.status] += 1;
      }
    }
    // An acknowledgement delivered loses its 待发送 mark, a refused one shows why (copy-marks.ts).
    await refreshOutboxMarks(db, ackDocumentIds(answered));
  });
  // Entries the server did not answer for stay pending and are retried later.
  if (byId.size > 0) await postpone(db, [...byId.values()], opts);
}

async function postpone(db: CirculateDb, entries: OutboxRow[], opts: PushOptions): Promise<void> {
  const t = (opts.now ?? Date.now)();
  await db.transaction('rw', db.outbox, async () => {
    for (const e of entries) {
      const tries = e.tries + 1;
      await db.outbox.update(e.id, { tries, nextAttemptAt: t + backoffDelay(tries, opts.random) });
    }
  });
}
