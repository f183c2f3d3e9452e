import { readFileSync } from 'node:fs';
import { checkAudit, describeProblems } from '../../storage/audit-check';
import { CheckpointJson, latestCheckpoint, toJson, type Checkpoint } from '../../storage/audit-checkpoint';
import { readAuditKey } from '../../storage/audit-key';
import type { Storage } from '../../storage/types';
import { CliError } from '../errors';

export const auditHelp = `Usage:
  admin audit verify [--checkpoint FILE] [--verbose]
      check the audit trail: its hash chain, its signed checkpoints (with the audit key) and the
      document, circulation, acknowledgement, read, task, task update and reminder rows against it;
      names every altered, removed or added entry or row (exit code 1). --checkpoint also checks a
      checkpoint exported earlier and kept elsewhere, so deleting the newest entries and their
      checkpoints is found too.
  admin audit checkpoint          sign the trail's head now and print it
  admin audit checkpoint export   the same, printed as JSON to keep outside the database

The audit key is AUDIT_KEY, or the file AUDIT_KEY_FILE, or audit.key beside the SQLite file
(./data/audit.key for PostgreSQL); the service makes it on first start.`;

/** Reads an exported checkpoint; a missing or malformed file is a usage error. */
export function readCheckpointFile(file: string): Checkpoint {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON (expected the output of: admin audit checkpoint export)`, 2);
  }
  const parsed = CheckpointJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file} is not an exported audit checkpoint: ${issue.path.join('.') || 'file'}: ${issue.message}`, 2);
  }
  const { format: _format, ...checkpoint } = parsed.data;
  return checkpoint;
}

export async function auditVerify(storage: Storage, env: NodeJS.ProcessEnv, o: { checkpoint?: string; verbose?: boolean }): Promise<void> {
  const extra = o.checkpoint ? [readCheckpointFile(o.checkpoint)] : [];
  const key = readAuditKey(env);
  const r = await checkAudit(storage.db, { key, env, extra });
  if (!r.ok) throw new CliError(describeProblems(r));
  console.log(`audit chain intact: ${r.chain.entries} entries`);
  if (o.verbose) {
    const cp = r.chain.latestCheckpoint;
    console.log(cp ? `latest signed checkpoint: entry #${cp.seq}, made at ${cp.madeAt}, key ${cp.keyId} (${r.chain.checkpoints} checked)` : 'no signed checkpoint yet');
    console.log(`rows that agree with the trail: ${Object.entries(r.rows.rows).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  }
}

export async function auditCheckpoint(storage: Storage, asJson: boolean): Promise<void> {
  // `storage` is opened with the service's key (openAuditedStorage): every write, even this empty
  // one, ends by signing the head.
  await storage.write(async () => undefined);
  const c = await latestCheckpoint(storage.db);
  if (!c) throw new CliError('the audit trail is empty: nothing to checkpoint yet');
  if (asJson) console.log(JSON.stringify(toJson(c), null, 2));
  else console.log(`checkpoint: entry #${c.seq} (${c.hash}), made at ${c.madeAt}, key ${c.keyId}`);
}
