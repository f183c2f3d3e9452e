import type { Role } from '../../shared/schemas';
import { cleanName } from '../../shared/schemas/text';
import type { Storage } from '../storage/types';
import { createEnrollmentCode } from '../storage/users';
import { hashEnrollmentCode, newEnrollmentCode } from './token';

export const DEFAULT_CODE_HOURS = 7 * 24;

/** Makes a single-use code for one person of `role` in `unitId`; only its hash is stored. */
export async function issueEnrollmentCode(
  storage: Storage,
  o: { role: Role; unitId: string; name?: string | null; hours?: number },
  actor: string,
): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrollmentCode();
  const expiresAt = new Date(Date.now() + (o.hours ?? DEFAULT_CODE_HOURS) * 3_600_000).toISOString();
  await storage.write((tx) =>
    createEnrollmentCode(tx, { codeHash: hashEnrollmentCode(code), role: o.role, unitId: o.unitId, name: o.name ? cleanName(o.name) || null : null, expiresAt }, actor),
  );
  return { code, expiresAt };
}
