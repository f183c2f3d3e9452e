import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas';
import type { Principal } from './users';
import type { Database, WriteTx } from './types';

/** Failed passwords in a row that lock an account, and for how long. Per account, never per address. */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;

/** The sign-in name as compared: width-folded, trimmed, lower case. */
export const foldLogin = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export interface AccountForSignIn {
  user: Principal;
  passwordHash: string | null;
  lockedUntil: string | null;
}

/** The account a sign-in name belongs to (supervisors and admins only). */
export async function accountByLogin(db: Kysely<Database>, name: string): Promise<AccountForSignIn | undefined> {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.id as userId', 'u.name', 'u.role', 'u.unit_id as unitId', 'a.password_hash', 'a.locked_until'])
    .where('a.login', '=', foldLogin(name))
    .where('u.role', 'in', ['supervisor', 'admin'])
    .executeTakeFirst();
  if (!row) return undefined;
  const user: Principal = { userId: row.userId, name: row.name, role: row.role as Role, unitId: row.unitId, deviceId: null };
  return { user, passwordHash: row.password_hash, lockedUntil: row.locked_until };
}

/** The user's stored password hash, if one is set. */
export async function passwordHashOf(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom('accounts').select('password_hash').where('user_id', '=', userId).executeTakeFirst();
  return row?.password_hash ?? null;
}

/** Whether the user has set a password (the dashboard asks those who have not). */
export const hasPassword = async (db: Kysely<Database>, userId: string) => (await passwordHashOf(db, userId)) !== null;

export type SetPasswordResult = { ok: true; login: string } | { ok: false; reason: 'name_taken' | 'unknown_user' };

/**
 * Sets (or replaces) a user's password hash; the sign-in name is the user's name. Clears any lockout.
 * Another account already signing in by the same name is refused (an admin renames one of them).
 */
export async function setPasswordHash(tx: WriteTx, userId: string, passwordHash: string, actor: string): Promise<SetPasswordResult> {
  const user = await tx.db.selectFrom('users').select(['id', 'name']).where('id', '=', userId).executeTakeFirst();
  if (!user) return { ok: false, reason: 'unknown_user' };
  const login = foldLogin(user.name);
  const other = await tx.db.selectFrom('accounts').select('user_id').where('login', '=', login).where('user_id', '<>', userId).executeTakeFirst();
  if (other) return { ok: false, reason: 'name_taken' };
  const values = { login, password_hash: passwordHash, password_set_at: tx.now, failed_attempts: 0, locked_until: null, updated_at: tx.now };
  await tx.db
    .insertInto('accounts')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  await tx.audit({ actor, action: 'account.password_set', entity: 'user', entityId: userId, data: { login } });
  return { ok: true, login };
}

/**
 * Counts a wrong password against the account; the LOCKOUT.attempts-th in a row locks it for
 * LOCKOUT.minutes. Returns when it is locked until, if it now is.
 */
export async function recordFailedSignIn(tx: WriteTx, userId: string): Promise<string | null> {
  const row = await tx.db.selectFrom('accounts').select(['failed_attempts', 'locked_until']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  if (row.locked_until && row.locked_until > tx.now) return row.locked_until;
  const failed = Number(row.failed_attempts) + 1;
  if (failed < LOCKOUT.attempts) {
    await tx.db.updateTable('accounts').set({ failed_attempts: failed, updated_at: tx.now }).where('user_id', '=', userId).execute();
    return null;
  }
  const until = new Date(Date.parse(tx.now) + LOCKOUT.minutes * 60_000).toISOString();
  await tx.db.updateTable('accounts').set({ failed_attempts: 0, locked_until: until, updated_at: tx.now }).where('user_id', '=', userId).execute();
  await tx.audit({ actor: userId, action: 'account.locked', entity: 'user', entityId: userId, data: { until, attempts: failed } });
  return until;
}

/** A right password: the count of failures starts again. */
export async function recordSignIn(tx: WriteTx, userId: string): Promise<void> {
  await tx.db.updateTable('accounts').set({ failed_attempts: 0, locked_until: null, updated_at: tx.now }).where('user_id', '=', userId).execute();
}

/**
 * Uses a password-reset code an admin made for an existing user: the old password stops working
 * (the user sets a new one once signed in) and the lockout ends. `invalid` for anything else.
 */
export async function redeemResetCode(tx: WriteTx, codeHash: string): Promise<{ ok: true; user: Principal } | { ok: false }> {
  const code = await tx.db.selectFrom('enrollment_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
  if (!code?.for_user_id || code.used_at !== null || code.expires_at <= tx.now) return { ok: false };
  const user = await tx.db.selectFrom('users').select(['id', 'name', 'role', 'unit_id']).where('id', '=', code.for_user_id).executeTakeFirst();
  if (!user || (user.role !== 'supervisor' && user.role !== 'admin')) return { ok: false };
  const used = await tx.db
    .updateTable('enrollment_codes')
    .set({ used_at: tx.now, used_by: user.id })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { ok: false };
  await tx.db
    .updateTable('accounts')
    .set({ password_hash: null, password_set_at: null, failed_attempts: 0, locked_until: null, updated_at: tx.now })
    .where('user_id', '=', user.id)
    .execute();
  await tx.audit({ actor: user.id, action: 'account.password_reset', entity: 'user', entityId: user.id, data: {} });
  return { ok: true, user: { userId: user.id, name: user.name, role: user.role as Role, unitId: user.unit_id, deviceId: null } };
}

/** A code an admin hands over to reset `userId`'s password (hash stored; single use). */
export async function createResetCode(tx: WriteTx, userId: string, codeHash: string, expiresAt: string, actor: string): Promise<boolean> {
  const user = await tx.db.selectFrom('users').select(['id', 'role', 'unit_id', 'name']).where('id', '=', userId).executeTakeFirst();
  if (!user || (user.role !== 'supervisor' && user.role !== 'admin')) return false;
  await tx.db
    .insertInto('enrollment_codes')
    .values({
      code_hash: codeHash, role: user.role, unit_id: user.unit_id, name: user.name, created_at: tx.now, expires_at: expiresAt,
      used_at: null, used_by: null, for_user_id: user.id,
    })
    .execute();
  await tx.audit({ actor, action: 'account.reset_code', entity: 'user', entityId: user.id, data: { expiresAt } });
  return true;
}
