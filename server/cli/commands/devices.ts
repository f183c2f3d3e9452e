import type { Storage } from '../../storage/types';
import { listDevices, revokeDevice } from '../../storage/users';
import { CliError } from '../errors';

export const devicesHelp = `Usage:
  admin devices list [--user USER_ID]   print every enrolled device (or one user's) and whether it is revoked
  admin devices revoke DEVICE_ID        revoke one device's token; the user's other devices keep working`;

export async function devicesList(storage: Storage, userId?: string): Promise<void> {
  console.log('id\tname\tuser\trole\tunit\tenrolled\trevoked');
  for (const d of await listDevices(storage.db, userId)) {
    console.log(`${d.id}\t${d.name}\t${d.userId}\t${d.role}\t${d.unitId}\t${d.createdAt}\t${d.revokedAt ?? '-'}`);
  }
}

export async function devicesRevoke(storage: Storage, deviceId: string): Promise<void> {
  const r = await storage.write((tx) => revokeDevice(tx, deviceId, 'admin-cli'));
  if (!r) throw new CliError(`unknown device "${deviceId}" (see: admin devices list)`);
  console.log(r.alreadyRevoked ? `device ${deviceId} was already revoked` : `revoked device ${deviceId}`);
}
