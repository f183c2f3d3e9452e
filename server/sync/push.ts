import type { Mutation, PushResult } from '../../shared/schemas';
import type { Storage } from '../storage/types';
import type { Principal } from '../storage/users';
import { applyMutation } from './apply';

/**
 * Applies a batch, each mutation in its own transaction. A mutation id already applied (or found to
 * be a duplicate) is a duplicate again; one rejected before is tried afresh, since what it needed
 * (a document, a circulation) may have arrived since.
 */
export async function pushMutations(storage: Storage, who: Principal, mutations: Mutation[]): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const m of mutations) {
    const result = await storage.write(async (tx): Promise<PushResult> => {
      const seen = await tx.db.selectFrom('applied_mutations').select('status').where('id', '=', m.id).executeTakeFirst();
      if (seen && seen.status !== 'rejected') return { id: m.id, status: 'duplicate' };
      const outcome = await applyMutation(tx, who, m);
      const reason = 'reason' in outcome ? (outcome.reason ?? null) : null;
      const row = { type: m.type, user_id: who.userId, device_id: who.deviceId, status: outcome.status, reason, server_at: tx.now };
      if (seen) await tx.db.updateTable('applied_mutations').set(row).where('id', '=', m.id).execute();
      else await tx.db.insertInto('applied_mutations').values({ id: m.id, ...row }).execute();
      return { id: m.id, ...outcome };
    });
    results.push(result);
  }
  return results;
}
