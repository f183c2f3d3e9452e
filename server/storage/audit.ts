import type { Kysely } from 'kysely';
import { checkpointsAfter, checkSignature, type Checkpoint } from './audit-checkpoint';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { AuditKey } from './audit-key';
import type { Database } from './types';

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenSeq: number; reason: string };

/** One thing the check found wrong, named by the entry (or row) it is about. */
export interface AuditProblem {
  kind: 'chain' | 'checkpoint' | 'truncated' | 'row';
  /** The audit entry it is about (for a row: the entry that records it, when there is one). */
  seq?: number;
  message: string;
}

export interface ChainReport {
  entries: number;
  head: { seq: number; hash: string } | null;
  /** Checkpoints compared with the chain (stored ones plus any given). */
  checkpoints: number;
  latestCheckpoint: Checkpoint | null;
  problems: AuditProblem[];
  /** Intact entries before the first problem. */
  intactBefore: number;
}

export interface ChainOptions {
  /** With a key, each checkpoint's signature is checked too; without, only its sequence and hash. */
  key?: AuditKey;
  /** Checkpoints kept elsewhere (exported), checked like stored ones. */
  extra?: Checkpoint[];
  pageSize?: number;
}

const PAGE = 1000;

/**
 * Streams the audit chain in order, a page at a time, and names every entry whose link or hash does
 * not hold, every gap, and every signed checkpoint the chain does not reach or does not match.
 * A checkpoint beyond the last entry means the newest entries were deleted (truncation); one whose
 * hash differs means the chain was rewritten after it was signed.
 */
export async function walkChain(db: Kysely<Database>, o: ChainOptions = {}): Promise<ChainReport> {
  const page = o.pageSize ?? PAGE;
  const problems: AuditProblem[] = [];
  let intactBefore: number | undefined;
  let entries = 0;
  const problem = (p: AuditProblem) => {
    intactBefore ??= entries;
    problems.push(p);
  };

  // Checkpoints are merged into the walk in order: stored ones a page at a time, given ones sorted.
  const extra = [...(o.extra ?? [])].sort((a, b) => a.seq - b.seq);
  let stored: Checkpoint[] = [];
  let storedAfter = 0;
  let storedDone = false;
  let latest: Checkpoint | null = null;
  let checkpoints = 0;
  const nextCheckpoint = async (): Promise<Checkpoint | undefined> => {
    if (!stored.length && !storedDone) {
      stored = await checkpointsAfter(db, storedAfter, page);
      if (stored.length < page) storedDone = true;
      if (stored.length) storedAfter = stored[stored.length - 1].seq;
    }
    const s = stored[0];
    const e = extra[0];
    if (!s && !e) return undefined;
    const c = !e || (s && s.seq <= e.seq) ? stored.shift()! : extra.shift()!;
    checkpoints++;
    if (!latest || c.seq >= latest.seq) latest = c;
    if (o.key) {
      const sig = checkSignature(o.key, c);
      if (sig === 'other-key') problem({ kind: 'checkpoint', seq: c.seq, message: `the checkpoint at entry #${c.seq} was signed with another key (key ${c.keyId}; this key is ${o.key.id})` });
      if (sig === 'bad') problem({ kind: 'checkpoint', seq: c.seq, message: `the checkpoint at entry #${c.seq} has a signature that does not match it (altered or forged)` });
    }
    return c;
  };
  let cp = await nextCheckpoint();

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let head: ChainReport['head'] = null;
  for (;;) {
    const rows = await db.selectFrom('audit').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(page).execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      let linked = true;
      if (row.seq !== expectedSeq) {
        const gap = row.seq - 1 === expectedSeq ? `entry #${expectedSeq} is missing` : `entries #${expectedSeq}–#${row.seq - 1} are missing`;
        problem({ kind: 'chain', seq: expectedSeq, message: gap });
        linked = false;
      }
      if (linked && row.prev_hash !== prevHash) problem({ kind: 'chain', seq: row.seq, message: `entry #${row.seq} does not link to the entry before it` });
      if (auditHash(row) !== row.hash) problem({ kind: 'chain', seq: row.seq, message: `entry #${row.seq}: its content does not match its hash` });
      while (cp && cp.seq <= row.seq) {
        if (cp.seq < row.seq) {
          problem({ kind: 'checkpoint', seq: cp.seq, message: `the checkpoint made at ${cp.madeAt} covers entry #${cp.seq}, which is missing` });
        } else if (cp.hash !== row.hash) {
          problem({ kind: 'checkpoint', seq: cp.seq, message: `entry #${cp.seq} is not the entry signed at ${cp.madeAt}: the trail was rewritten up to it` });
        }
        cp = await nextCheckpoint();
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      head = { seq: row.seq, hash: row.hash };
      entries++;
    }
    if (rows.length < page) break;
  }
  // Whatever checkpoints are left cover entries past the end: the newest entries were removed.
  let beyond: Checkpoint | undefined;
  let beyondCount = 0;
  while (cp) {
    beyond = cp;
    beyondCount++;
    cp = await nextCheckpoint();
  }
  if (beyond) {
    const last = head?.seq ?? 0;
    problem({
      kind: 'truncated',
      seq: last + 1,
      message: `the trail ends at entry #${last}, but a checkpoint signed at ${beyond.madeAt} covers entry #${beyond.seq}: ` +
        `entries #${last + 1}–#${beyond.seq} were removed` + (beyondCount > 1 ? ` (${beyondCount} checkpoints are past the end)` : ''),
    });
  }
  return { entries, head, checkpoints, latestCheckpoint: latest, problems, intactBefore: intactBefore ?? entries };
}

/** The chain's verdict in short: intact, or the first entry where it breaks. */
export async function verifyAudit(db: Kysely<Database>, o: ChainOptions = {}): Promise<AuditVerdict> {
  const r = await walkChain(db, o);
  const first = r.problems[0];
  if (!first) return { ok: true, entries: r.entries };
  return { ok: false, entries: r.intactBefore, brokenSeq: first.seq ?? 0, reason: first.message.replace(/^entry #\d+: /, '') };
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
  /** The actor's and device's names where they are people and devices of the directory. */
  actorName?: string | null;
  actorUnit?: string | null;
  deviceName?: string | null;
}

/** The newest audit entries first. */
export async function recentAudit(db: Kysely<Database>, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit')
    .selectAll('audit')
    // People and devices by their names for the page (the trail itself keeps the ids).
    .leftJoin('users', 'users.id', 'audit.actor')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .leftJoin('devices', 'devices.id', 'audit.device')
    .select(['users.name as actor_name', 'units.name as actor_unit', 'devices.name as device_name'])
    .orderBy('audit.seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq), actor: r.actor, device: r.device, clientAt: r.client_at, serverAt: r.server_at,
    action: r.action, entity: r.entity, entityId: r.entity_id, data: JSON.parse(r.data),
    actorName: r.actor_name ?? null, actorUnit: r.actor_unit ?? null, deviceName: r.device_name ?? null,
  }));
}
