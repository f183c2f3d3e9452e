import { hash } from 'node:crypto';

/** The fields of an audit entry that its hash covers, as stored. */
export interface AuditFields {
  seq: number;
  actor: string;
  device: string | null;
  client_at: string | null;
  server_at: string;
  action: string;
  entity: string;
  entity_id: string;
  data: string;
  prev_hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha-256 over the previous hash and this entry's fields, so changing any stored row breaks the chain. */
export function auditHash(e: AuditFields): string {
  const body = JSON.stringify([
    e.seq, e.actor, e.device, e.client_at, e.server_at, e.action, e.entity, e.entity_id, e.data,
  ]);
  // One-shot: the same digest as hashing the parts in turn, without a Hash object per entry.
  return hash('sha256', `${e.prev_hash}\n${body}`, 'hex');
}
