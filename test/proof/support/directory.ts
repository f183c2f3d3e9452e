// The admin's side of a test: units and enrollment codes, made the way the admin CLI makes them
// (the same functions, in this process, so twenty codes don't cost twenty CLI start-ups).
import type { Role } from '../../../shared/schemas';
import { issueEnrollmentCode } from '../../../server/auth/enrollment';
import { openMigratedStorage } from '../../../server/storage/open';
import type { Storage } from '../../../server/storage/types';
import { upsertUnits } from '../../../server/storage/units';
import { listDevices, revokeDevice } from '../../../server/storage/users';

export interface UnitSpec {
  id: string;
  name: string;
  aliases?: string[];
}

export class Directory {
  private constructor(private readonly storage: Storage) {}

  /** Opens (and migrates) the database that `env` names, as the admin CLI does. */
  static async open(env: NodeJS.ProcessEnv): Promise<Directory> {
    return new Directory(await openMigratedStorage({ ...env }));
  }

  async units(units: UnitSpec[]): Promise<void> {
    await this.storage.write((tx) => upsertUnits(tx, units.map((u) => ({ aliases: [], ...u })), 'test-admin'));
  }

  async code(role: Role, unitId: string): Promise<string> {
    return (await issueEnrollmentCode(this.storage, { role, unitId, hours: 2 }, 'test-admin')).code;
  }

  /** Revokes every device of one user (as `admin devices revoke` does, one by one). */
  async revokeDevicesOf(userId: string): Promise<number> {
    const devices = await listDevices(this.storage.db, userId);
    for (const d of devices) await this.storage.write((tx) => revokeDevice(tx, d.id, 'test-admin'));
    return devices.length;
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}
