import { Mutation, type PushResult } from '../../shared/schemas';
import { recordMutation, seenMutations } from '../storage/applied-mutations';
import type { Storage, WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';
import { applyMutation } from './apply';
import { pushLimits } from './limits';
import { mutationContentHash } from './mutation-hash';
import type { PushLimits } from './outcome';

/** Why a mutation does not fit the schema, in one line: the first few issues with their paths. */
function invalidReason(error: import('zod').ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return `invalid mutation: ${issues.join('; ')}`.slice(0, 500);
}

export interface PushOptions {
  limits?: PushLimits;
  /** Told about a mutation that failed inside the service (it is answered `rejected`, its batch goes on). */
  onError?: (mutationId: string, error: unknown) => void;
}

/** Thrown out of a batch tried without savepoints when a mutation failed inside the service. */
class NeedsSavepoints extends Error {}

/**
 * Applies a batch in one transaction, each mutation as if under its own savepoint, so one refused
 * or failing mutation leaves the others applied. Each entry is checked against the schema on its
 * own (a malformed one is `rejected` with the reason). A mutation id already applied is a duplicate
 * when its content is the same and refused when it is not; one rejected before is tried afresh,
 * since what it needed (a document, a circulation) may have arrived since.
 *
 * Appliers check before they write, so a refusal leaves nothing to undo: only a mutation that
 * fails inside the service needs its savepoint. The batch is tried first without any (two
 * statements a mutation fewer); if one fails, that transaction is rolled back whole and the batch
 * is applied again with a savepoint each, which gives every mutation its own result.
 */
export async function pushMutations(storage: Storage, who: Principal, entries: readonly ({ id: string } & Record<string, unknown>)[], opts: PushOptions = {}): Promise<PushResult[]> {
  const limits = opts.limits ?? pushLimits();
  try {
    return await storage.write((tx) => applyBatch(tx, who, entries, limits, opts, false));
  } catch (e) {
    if (!(e instanceof NeedsSavepoints)) throw e;
  }
  return storage.write((tx) => applyBatch(tx, who, entries, limits, opts, true));
}

async function applyBatch(
  tx: WriteTx,
  who: Principal,
  entries: readonly ({ id: string } & Record<string, unknown>)[],
  limits: PushLimits,
  opts: PushOptions,
  savepoints: boolean,
): Promise<PushResult[]> {
  const seen = await seenMutations(tx.db, entries.map((e) => e.id));
  const results: PushResult[] = [];
  for (const entry of entries) {
    const parsed = Mutation.safeParse(entry);
    if (!parsed.success) {
      results.push({ id: entry.id, status: 'rejected', reason: invalidReason(parsed.error) });
      continue;
    }
    const m = parsed.data;
    const contentHash = mutationContentHash(m);
    const before = seen.get(m.id);
    if (before && before.status !== 'rejected') {
      const same = before.contentHash === null || before.contentHash === contentHash;
      results.push(same ? { id: m.id, status: 'duplicate' } : { id: m.id, status: 'rejected', reason: 'this mutation id was already used for a different change' });
      continue;
    }
    const apply = async () => {
      const o = await applyMutation(tx, who, m, limits);
      const reason = 'reason' in o ? (o.reason ?? null) : null;
      await recordMutation(tx, { id: m.id, type: m.type, userId: who.userId, deviceId: who.deviceId, status: o.status, reason, contentHash }, !!before);
      return o;
    };
    try {
      const outcome = savepoints ? await tx.savepoint(apply) : await apply();
      seen.set(m.id, { status: outcome.status, contentHash });
      results.push({ id: m.id, ...outcome });
    } catch (e) {
      if (!savepoints) throw new NeedsSavepoints();
      opts.onError?.(m.id, e);
      results.push({ id: m.id, status: 'rejected', reason: 'the service failed to apply this change; nothing of it was stored' });
    }
  }
  return results;
}
