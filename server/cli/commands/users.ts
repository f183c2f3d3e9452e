import type { Storage } from '../../storage/types';
import { listUsers, revokeUser } from '../../storage/users';
import { CliError } from '../errors';

export const usersHelp = `Usage:
  admin users list             print every user with role, unit and number of active devices
  admin users revoke USER_ID   revoke all of a user's device tokens and dashboard sessions`;

export async function usersList(storage: Storage): Promise<void> {
  console.log('id\tname\trole\tunit\tdevices\tcreated');
  for (const u of await listUsers(storage.db)) console.log(`${u.id}\t${u.name}\t${u.role}\t${u.unitId}\t${u.devices}\t${u.createdAt}`);
}

export async function usersRevoke(storage: Storage, userId: string): Promise<void> {
  const r = await storage.write((tx) => revokeUser(tx, userId, 'admin-cli'));
  if (!r) throw new CliError(`unknown user "${userId}" (see: admin users list)`);
  console.log(`revoked ${r.devices} device(s) and every session of ${userId}`);
}
