import { z } from 'zod';
import { Mutation } from '../../shared/schemas';
import { ackDocumentIds, refreshOutboxMarks, uuidv7, type CirculateDb, type OutboxRow } from '../db';
import { applyLocal, type Actor } from './local-apply';

type MutationIn = z.input<typeof Mutation>;
/** A mutation before it has an id and a time: `{ type, payload }`. */
export type MutationInput = MutationIn extends infer M ? (M extends MutationIn ? Omit<M, 'id' | 'at'> : never) : never;

/** Every table a local write may touch, so one transaction covers the record and its outbox entry. */
export const WRITE_TABLES = [
  'documents',
  'outbox',
  'circulations',
  'acks',
  'reads',
  'tasks',
  'taskUpdates',
  'reminders',
  'copies',
  'proposals',
] as const;

/**
 * Records mutations: each local record and its outbox entry are written in ONE transaction, so the
 * work is either shown and queued for the server, or not done at all. Invalid input throws (zod)
 * before anything is written. Returns the mutations as they will be pushed.
 */
export async function enqueue(
  db: CirculateDb,
  input: MutationInput | MutationInput[],
  actor: Actor,
  now: Date = new Date(),
): Promise<Mutation[]> {
  const inputs = Array.isArray(input) ? input : [input];
  const mutations = inputs.map((m) => Mutation.parse({ ...m, id: uuidv7(now.getTime()), at: now.toISOString() }));
  await db.transaction('rw', [...WRITE_TABLES], async () => {
    for (const m of mutations) {
      await applyLocal(db, m, actor);
      const entry: OutboxRow = {
        id: m.id,
        type: m.type,
        at: m.at,
        payload: m.payload,
        state: 'pending',
        tries: 0,
        nextAttemptAt: 0,
      };
      await db.outbox.add(entry);
    }
    // The 待发送 marks of the acknowledgements, on their copies (copy-marks.ts).
    await refreshOutboxMarks(db, ackDocumentIds(mutations));
  });
  return mutations;
}

/** Pending entries in the order they were made (UUIDv7 ids sort by time). */
export async function pendingEntries(db: CirculateDb): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('pending').sortBy('id');
}

/** A rejected entry can be queued again (e.g. after the directory was fixed on the server). */
export async function retryRejected(db: CirculateDb, id: string): Promise<void> {
  await db.transaction('rw', db.outbox, db.copies, async () => {
    const e = await db.outbox.get(id);
    if (!e) return;
    await db.outbox.update(id, { state: 'pending', reason: undefined, tries: 0, nextAttemptAt: 0 });
    await refreshOutboxMarks(db, ackDocumentIds([e]));
  });
}
