import type { Kysely } from 'kysely';
import { preparedList } from './prepared';
import type { Database, WriteTx } from './types';

// Mutation ids already seen, with their outcome and a hash of their content: a retried push changes
// nothing twice, and an id reused for other content is told apart from a retry.

export interface SeenMutation {
  status: string;
  contentHash: string | null;
}

const seenQuery = preparedList(0, (db, _, ids) => db.selectFrom('applied_mutations').select(['id', 'status', 'content_hash']).where('id', 'in', ids));

/** The mutations of a batch seen before, by id (one query per batch, compiled once per length). */
export async function seenMutations(db: Kysely<Database>, ids: string[]): Promise<Map<string, SeenMutation>> {
  const out = new Map<string, SeenMutation>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const { rows } = await seenQuery(db, [], unique.slice(i, i + 500));
    for (const r of rows) out.set(r.id, { status: r.status, contentHash: r.content_hash });
  }
  return out;
}

export async function recordMutation(
  tx: WriteTx,
  m: { id: string; type: string; userId: string; deviceId: string | null; status: string; reason: string | null; contentHash: string },
  seenBefore: boolean,
): Promise<void> {
  const row = { type: m.type, user_id: m.userId, device_id: m.deviceId, status: m.status, reason: m.reason, server_at: tx.now, content_hash: m.contentHash };
  if (seenBefore) {
    // Its earlier record may still be kept for later in this transaction.
    await tx.flush();
    await tx.db.updateTable('applied_mutations').set(row).where('id', '=', m.id).execute();
  } else tx.append('applied_mutations', { id: m.id, ...row });
}
