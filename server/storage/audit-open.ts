import { prepareAuditKey, withAuditCheckpoints } from './audit-checkpoint';
import { openMigratedStorage } from './open';
import type { Storage } from './types';

/**
 * The storage as the service and the admin commands that write use it: migrated, with the audit
 * key in hand (made on first start) and every write transaction checkpointing the audit head.
 */
export async function openAuditedStorage(env: NodeJS.ProcessEnv = process.env): Promise<Storage> {
  const storage = await openMigratedStorage(env);
  try {
    return withAuditCheckpoints(storage, await prepareAuditKey(storage, env));
  } catch (e) {
    await storage.close();
    throw e;
  }
}
