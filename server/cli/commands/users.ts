import type { Storage } from '../../storage/types';
import { listUsers } from '../../storage/users';

export const usersHelp = `Usage:
  admin users list   print every user with role, unit and number of active devices`;

export async function usersList(storage: Storage): Promise<void> {
  console.log('id\tname\trole\tunit\tdevices\tcreated');
  for (const u of await listUsers(storage.db)) console.log(`${u.id}\t${u.name}\t${u.role}\t${u.unitId}\t${u.devices}\t${u.createdAt}`);
}
