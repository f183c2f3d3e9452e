import { Mutation, type PushResult } from '../../shared/schemas';
import { recordMutation, seenMutations } from '../storage/applied-mutations';
import { ReceiptBatch, type ReceiptTable } from '../storage/receipts';
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

/** An entry of a batch as checked before the write: its mutation and content hash, or why it is refused. */
type Checked = { id: string; mutation: Mutation; contentHash: string } | { id: string; invalid: string };

const receiptTable = (m: Mutation): ReceiptTable | undefined => (m.type === 'ack.create' ? 'acks' : m.type === 'read.create' ? 'reads' : undefined);

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
  // Checked and hashed once, before the write: the writer queue is not held for work without SQL,
  // and a batch tried again with savepoints is not checked twice.
  const checked = entries.map((entry): Checked => {
    const parsed = Mutation.safeParse(entry);
    if (!parsed.success) return { id: entry.id, invalid: invalidReason(parsed.error) };
    return { id: parsed.data.id, mutation: parsed.data, contentHash: mutationContentHash(parsed.data) };
  });
  try {
    return await storage.write((tx) => applyBatch(tx, who, checked, limits, opts, false));
  } catch (e) {
    if (!(e instanceof NeedsSavepoints)) throw e;
  }
  return storage.write((tx) => applyBatch(tx, who, checked, limits, opts, true));
}

/** The receipts from `from` on up to the next other mutation: the run whose targets are read together. */
function receiptRun(checked: readonly Checked[], from: number) {
  const run: { table: ReceiptTable; id: string; documentId: string }[] = [];
  for (let i = from; i < checked.length; i++) {
    const c = checked[i];
    if (!('mutation' in c)) continue;
    const table = receiptTable(c.mutation);
    if (!table) break;
    const p = c.mutation.payload as { id: string; documentId: string };
    run.push({ table, id: p.id, documentId: p.documentId });
  }
  return run;
}

async function applyBatch(
  tx: WriteTx,
  who: Principal,
  checked: readonly Checked[],
  limits: PushLimits,
  opts: PushOptions,
  savepoints: boolean,
): Promise<PushResult[]> {
  const seen = await seenMutations(tx.db, checked.map((e) => e.id));
  // Receipts read their targets a run at a time and, without savepoints, write their rows together
  // when the run ends; any other mutation may change what was read, so the run settles before it.
  const receipts = new ReceiptBatch(tx, who.unitId, !savepoints);
  const results: PushResult[] = [];
  for (let i = 0; i < checked.length; i++) {
    const c = checked[i];
    if (!('mutation' in c)) {
      results.push({ id: c.id, status: 'rejected', reason: c.invalid });
      continue;
    }
    const { mutation: m, contentHash } = c;
    const before = seen.get(m.id);
    if (before && before.status !== 'rejected') {
      const same = before.contentHash === null || before.contentHash === contentHash;
      results.push(same ? { id: m.id, status: 'duplicate' } : { id: m.id, status: 'rejected', reason: 'this mutation id was already used for a different change' });
      continue;
    }
    const table = receiptTable(m);
    if (!table) await settle(receipts, savepoints);
    else if (!receipts.has(table, m.payload as { id: string; documentId: string })) await receipts.load(receiptRun(checked, i));
    const apply = async () => {
      const o = await applyMutation(tx, who, m, limits, undefined, receipts);
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
      // What was read for the receipts may count what the savepoint has just undone.
      receipts.forget();
      opts.onError?.(m.id, e);
      results.push({ id: m.id, status: 'rejected', reason: 'the service failed to apply this change; nothing of it was stored' });
    }
  }
  await settle(receipts, savepoints);
  return results;
}

/** Writes the receipts kept so far; without savepoints a failure there means trying again with them. */
async function settle(receipts: ReceiptBatch, savepoints: boolean): Promise<void> {
  try {
    await receipts.settle();
  } catch (e) {
    if (savepoints) throw e;
    throw new NeedsSavepoints();
  }
}
