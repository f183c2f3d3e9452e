import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas';
import { cleanName } from '../../shared/schemas/text';
import type { Database, WriteTx } from './types';
import { prepared } from './prepared';

/** Who is acting: always taken from a token or session, never from a request body. */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  unitId: string;
  deviceId: string | null;
}

export interface CodeGrant {
  role: Role;
  unitId: string;
  name: string | null;
}

export async function createEnrollmentCode(
  tx: WriteTx,
  code: { codeHash: string; role: Role; unitId: string; name?: string | null; expiresAt: string },
  actor: string,
): Promise<void> {
  await tx.db
    .insertInto('enrollment_codes')
    .values({
      code_hash: code.codeHash,
      role: code.role,
      unit_id: code.unitId,
      name: code.name ?? null,
      created_at: tx.now,
      expires_at: code.expiresAt,
      used_at: null,
      used_by: null,
    })
    .execute();
  await tx.audit({
    actor,
    action: 'enrollment_code.create',
    entity: 'enrollment_code',
    entityId: code.codeHash.slice(0, 12),
    data: { role: code.role, unitId: code.unitId, name: code.name ?? null, expiresAt: code.expiresAt },
  });
}

export type RedeemResult = { ok: true; user: Principal } | { ok: false; reason: 'invalid' | 'role' };

/**
 * Uses a single-use code: creates the user it was made for. Unknown, used and expired codes are
 * all `invalid` (the caller can't tell them apart from outside). A code whose role is not in
 * `roles` is refused without being used up.
 */
export async function redeemEnrollmentCode(tx: WriteTx, codeHash: string, roles?: readonly Role[]): Promise<RedeemResult> {
  const code = await tx.db.selectFrom('enrollment_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
  if (!code || code.used_at !== null || code.expires_at <= tx.now) return { ok: false, reason: 'invalid' };
  // A password-reset code (server/storage/accounts.ts) makes no new user and enrolls no device.
  if (code.for_user_id) return { ok: false, reason: 'invalid' };
  const role = code.role as Role;
  if (roles && !roles.includes(role)) return { ok: false, reason: 'role' };
  const userId = crypto.randomUUID();
  const name = code.name ?? `${role} · ${code.unit_id}`;
  const used = await tx.db
    .updateTable('enrollment_codes')
    .set({ used_at: tx.now, used_by: userId })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { ok: false, reason: 'invalid' };
  await tx.db.insertInto('users').values({ id: userId, name, role, unit_id: code.unit_id, created_at: tx.now }).execute();
  await tx.audit({ actor: userId, action: 'user.create', entity: 'user', entityId: userId, data: { name, role, unitId: code.unit_id } });
  return { ok: true, user: { userId, name, role, unitId: code.unit_id, deviceId: null } };
}

export async function addDevice(tx: WriteTx, user: Principal, given: { id: string; name: string; tokenHash: string }): Promise<void> {
  // A device name is shown in lists and on the dashboard: stored without control characters.
  const device = { ...given, name: cleanName(given.name) || 'device' };
  await tx.db
    .insertInto('devices')
    .values({ id: device.id, user_id: user.userId, name: device.name, token_hash: device.tokenHash, created_at: tx.now, revoked_at: null })
    .execute();
  await tx.audit({ actor: user.userId, device: device.id, action: 'device.enroll', entity: 'device', entityId: device.id, data: { name: device.name } });
}

/** The user behind a bearer token (by its hash), unless the device was revoked. */
export async function principalByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<Principal | undefined> {
  const [row] = (await principalByToken(db, tokenHash)).rows;
  return row ? { ...row, role: row.role as Role } : undefined;
}

// Every request of a device runs it: built once (see ./prepared).
const principalByToken = prepared(1, (db, tokenHash) =>
  db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select(['users.id as userId', 'users.name', 'users.role', 'users.unit_id as unitId', 'devices.id as deviceId'])
    .where('devices.token_hash', '=', tokenHash)
    .where('devices.revoked_at', 'is', null),
);

export interface UserRow {
  id: string;
  name: string;
  role: Role;
  unitId: string;
  createdAt: string;
  devices: number;
}

export async function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('devices', (j) => j.onRef('devices.user_id', '=', 'users.id').on('devices.revoked_at', 'is', null))
    .select((eb) => ['users.id', 'users.name', 'users.role', 'users.unit_id', 'users.created_at', eb.fn.count<number>('devices.id').as('devices')])
    .groupBy(['users.id', 'users.name', 'users.role', 'users.unit_id', 'users.created_at'])
    .orderBy('users.created_at')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role, unitId: r.unit_id, createdAt: r.created_at, devices: Number(r.devices) }));
}

/** Signs a user out everywhere: revokes every device token and ends every dashboard session. */
export async function revokeUser(tx: WriteTx, userId: string, actor: string): Promise<{ devices: number } | undefined> {
  const user = await tx.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) return undefined;
  const r = await tx.db.updateTable('devices').set({ revoked_at: tx.now, revoked_by: actor }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  await tx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  const devices = Number(r.numUpdatedRows);
  await tx.audit({ actor, action: 'user.revoke', entity: 'user', entityId: userId, data: { devices } });
  return { devices };
}

export interface DeviceRow {
  id: string;
  name: string;
  userId: string;
  userName: string;
  role: Role;
  unitId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Every device (of one user when `userId` is given), oldest first. */
export async function listDevices(db: Kysely<Database>, userId?: string): Promise<DeviceRow[]> {
  let q = db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select(['devices.id', 'devices.name', 'devices.user_id', 'users.name as user_name', 'users.role', 'users.unit_id', 'devices.created_at', 'devices.revoked_at']);
  if (userId !== undefined) q = q.where('devices.user_id', '=', userId);
  const rows = await q.orderBy('devices.created_at').orderBy('devices.id').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, userId: r.user_id, userName: r.user_name, role: r.role as Role, unitId: r.unit_id, createdAt: r.created_at, revokedAt: r.revoked_at,
  }));
}

/** Revokes one device's token (a lost laptop): its user's other devices keep working. */
export async function revokeDevice(tx: WriteTx, deviceId: string, actor: string): Promise<{ alreadyRevoked: boolean } | undefined> {
  const device = await tx.db.selectFrom('devices').select(['id', 'user_id', 'revoked_at']).where('id', '=', deviceId).executeTakeFirst();
  if (!device) return undefined;
  if (device.revoked_at !== null) return { alreadyRevoked: true };
  await tx.db.updateTable('devices').set({ revoked_at: tx.now, revoked_by: actor }).where('id', '=', deviceId).execute();
  await tx.audit({ actor, action: 'device.revoke', entity: 'device', entityId: deviceId, data: { userId: device.user_id } });
  return { alreadyRevoked: false };
}
