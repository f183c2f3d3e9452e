import type { Kysely } from 'kysely';
import { walkChain, type AuditProblem, type ChainReport } from './audit';
import type { Checkpoint } from './audit-checkpoint';
import { auditKeyPath, type AuditKey } from './audit-key';
import { reconcileAudit, type ReconcileReport } from './audit-reconcile';
import type { Database } from './types';

export interface FullAuditReport {
  chain: ChainReport;
  rows: ReconcileReport;
  /** Chain, checkpoint, truncation and row problems, in that order. */
  problems: AuditProblem[];
  ok: boolean;
}

/**
 * Everything `admin audit verify` checks: the chain, its signed checkpoints (stored and exported)
 * with the key, and the tables against the trail. Streams both; nothing is loaded whole.
 */
export async function checkAudit(
  db: Kysely<Database>,
  o: { key?: AuditKey; env?: NodeJS.ProcessEnv; extra?: Checkpoint[]; pageSize?: number },
): Promise<FullAuditReport> {
  const chain = await walkChain(db, { key: o.key, extra: o.extra, pageSize: o.pageSize });
  const problems = [...chain.problems];
  if (!o.key && chain.checkpoints > 0) {
    const where = o.env ? auditKeyPath(o.env) : undefined;
    problems.push({
      kind: 'checkpoint',
      message: `there is no audit key${where ? ` at ${where}` : ''} to check the signatures of ${chain.checkpoints} checkpoint(s) (restore the key file, or set AUDIT_KEY_FILE)`,
    });
  }
  const rows = await reconcileAudit(db, { pageSize: o.pageSize });
  problems.push(...rows.problems);
  const more = rows.total - rows.problems.length;
  if (more > 0) problems.push({ kind: 'row', message: `…and ${more} more row problem(s)` });
  return { chain, rows, problems, ok: problems.length === 0 };
}

/** The report as lines for a terminal: a headline, then each problem. */
export function describeProblems(r: FullAuditReport): string {
  const first = r.problems[0];
  let headline: string;
  if (first.kind === 'chain') headline = `audit chain broken at entry #${first.seq}: ${first.message.replace(/^entry #\d+: /, '')} (${r.chain.intactBefore} entries before it are intact)`;
  else if (first.kind === 'truncated') headline = `audit trail truncated: ${first.message}`;
  else if (first.kind === 'checkpoint') headline = `audit checkpoints do not hold: ${first.message}`;
  else headline = `the tables disagree with the audit trail in ${r.rows.total} place(s)`;
  return r.problems.length === 1 && first.kind !== 'row' ? headline : [headline, ...r.problems.map((p) => `  - ${p.message}`)].join('\n');
}
