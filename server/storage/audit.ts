import type { Kysely } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { Database } from './types';

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenSeq: number; reason: string };

const PAGE = 1000;

/** Walks the audit chain in order and names the first entry whose link or hash does not hold. */
export async function verifyAudit(db: Kysely<Database>): Promise<AuditVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows = await db.selectFrom('audit').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      const broken = (reason: string): AuditVerdict => ({ ok: false, entries, brokenSeq: row.seq, reason });
      if (row.seq !== expectedSeq) return { ok: false, entries, brokenSeq: expectedSeq, reason: 'entry missing' };
      if (row.prev_hash !== prevHash) return broken('does not link to the entry before it');
      if (auditHash(row) !== row.hash) return broken('its content does not match its hash');
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    if (rows.length < PAGE) return { ok: true, entries };
  }
}

export interface AuditEntry {
  seq: number;
  actor: string;
  device: string | null;
  clientAt: string | null;
  serverAt: string;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
}

/** The newest audit entries first. */
export async function recentAudit(db: Kysely<Database>, limit: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    seq: Number(r.seq), actor: r.actor, device: r.device, clientAt: r.client_at, serverAt: r.server_at,
    action: r.action, entity: r.entity, entityId: r.entity_id, data: JSON.parse(r.data),
  }));
}
