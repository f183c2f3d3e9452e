import type { Mutation } from '../../shared/schemas';
import type { ReceiptBatch } from '../storage/receipts';
import type { NewAudit, WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';

export type Outcome = { status: 'applied' } | { status: 'duplicate'; reason?: string } | { status: 'rejected'; reason: string };

export const applied = (): Outcome => ({ status: 'applied' });
export const duplicate = (reason?: string): Outcome => (reason ? { status: 'duplicate', reason } : { status: 'duplicate' });
export const rejected = (reason: string): Outcome => ({ status: 'rejected', reason });

/** The mutation of one type, with its payload typed. */
export type MutationOf<T extends Mutation['type']> = Extract<Mutation, { type: T }>;

/** Limits the service sets on what a push may store. */
export interface PushLimits {
  /** Largest document record, in bytes of JSON. */
  maxDocumentBytes: number;
}

/**
 * What an applier gets: the write transaction, who is acting (from the token) and the mutation.
 * Appliers check everything (through ./guards) before they write, so a rejection leaves nothing
 * behind; the writing is done by the storage repositories.
 */
export interface ApplyContext<T extends Mutation['type']> {
  tx: WriteTx;
  who: Principal;
  mutation: MutationOf<T>;
  limits: PushLimits;
  /** The audit entry to write instead of the mutation's own (the reminder schedule names its occasion). */
  auditAs?: NewAudit;
  /** The push's receipts, their targets read for the whole batch (see ReceiptBatch). */
  receipts?: ReceiptBatch;
}

/** The audit fields every accepted mutation shares. */
export const auditOf = (ctx: { who: Principal; mutation: Mutation; auditAs?: NewAudit }, entity: string, entityId: string): NewAudit =>
  ctx.auditAs ?? {
    actor: ctx.who.userId,
    device: ctx.who.deviceId,
    clientAt: ctx.mutation.at,
    action: ctx.mutation.type,
    entity,
    entityId,
    data: ctx.mutation.payload,
  };
