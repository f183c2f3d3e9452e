import { Role } from '../../../shared/schemas';
import { DEFAULT_CODE_HOURS, issueEnrollmentCode } from '../../auth/enrollment';
import type { Storage } from '../../storage/types';
import { findUnit } from '../../storage/units';
import { CliError } from '../errors';

export const enrollHelp = `Usage:
  admin enroll --unit UNIT_ID_OR_NAME --role ROLE [--name NAME] [--expires-hours HOURS]

Makes a single-use enrollment code for one person (ROLE: ${Role.options.join(', ')}).
The code is printed alone on the last line. It expires after 7 days (168 hours) unless --expires-hours says otherwise.`;

export async function enroll(storage: Storage, o: { unit: string; role: string; name?: string; expiresHours?: string }): Promise<void> {
  const role = Role.safeParse(o.role);
  if (!role.success) throw new CliError(`unknown role "${o.role}" (use one of: ${Role.options.join(', ')})`, 2);
  const hours = o.expiresHours === undefined ? DEFAULT_CODE_HOURS : Number(o.expiresHours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 366) throw new CliError('--expires-hours must be a number of hours above 0', 2);
  const unit = await findUnit(storage.db, o.unit);
  if (!unit) throw new CliError(`unknown unit "${o.unit}" (see: admin units list)`);
  const { code, expiresAt } = await issueEnrollmentCode(storage, { role: role.data, unitId: unit.id, name: o.name, hours }, 'admin-cli');
  console.log(`Single-use enrollment code: role ${role.data}, unit ${unit.name} (${unit.id})${o.name ? `, for ${o.name}` : ''}, expires ${expiresAt}`);
  console.log(code);
}
