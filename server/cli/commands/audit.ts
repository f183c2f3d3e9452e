import { verifyAudit } from '../../storage/audit';
import type { Storage } from '../../storage/types';
import { CliError } from '../errors';

export const auditHelp = `Usage:
  admin audit verify   check the audit trail's hash chain; names the first entry that was altered or removed`;

export async function auditVerify(storage: Storage): Promise<void> {
  const v = await verifyAudit(storage.db);
  if (!v.ok) throw new CliError(`audit chain broken at entry #${v.brokenSeq}: ${v.reason} (${v.entries} entries before it are intact)`);
  console.log(`audit chain intact: ${v.entries} entries`);
}
