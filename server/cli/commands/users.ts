import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from '../../auth/password';
import { hashEnrollmentCode, newEnrollmentCode } from '../../auth/token';
import { createResetCode, setPasswordHash } from '../../storage/accounts';
import type { Storage } from '../../storage/types';
import { listUsers, revokeUser } from '../../storage/users';
import { CliError } from '../errors';

export const accountsHelp = `  admin users set-password USER_ID   set a supervisor's or admin's dashboard password, read from
                                     standard input (one line; at least ${PASSWORD_MIN} characters)
  admin users reset-password USER_ID [--expires-hours HOURS]
                                     make a single-use code that signs the user in once and asks for a
                                     new password (the old one stops working); printed on the last line`;

export const usersHelp = `Usage:
  admin users list             print every user with role, unit and number of active devices
  admin users revoke USER_ID   revoke all of a user's device tokens and dashboard sessions
${accountsHelp}`;

export async function usersList(storage: Storage): Promise<void> {
  console.log('id\tname\trole\tunit\tdevices\tcreated');
  for (const u of await listUsers(storage.db)) console.log(`${u.id}\t${u.name}\t${u.role}\t${u.unitId}\t${u.devices}\t${u.createdAt}`);
}

export async function usersRevoke(storage: Storage, userId: string): Promise<void> {
  const r = await storage.write((tx) => revokeUser(tx, userId, 'admin-cli'));
  if (!r) throw new CliError(`unknown user "${userId}" (see: admin users list)`);
  console.log(`revoked ${r.devices} device(s) and every session of ${userId}`);
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

export async function usersSetPassword(storage: Storage, userId: string): Promise<void> {
  const password = await readPassword();
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) throw new CliError(`the password must have ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`, 2);
  const user = await storage.db.selectFrom('users').select(['id', 'role']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new CliError(`unknown user "${userId}" (see: admin users list)`);
  if (user.role !== 'supervisor' && user.role !== 'admin') throw new CliError('only supervisors and admins sign in to the dashboard', 2);
  const hash = await hashPassword(password);
  const r = await storage.write((tx) => setPasswordHash(tx, userId, hash, 'admin-cli'));
  if (!r.ok) throw new CliError('another account signs in by this user\'s name: rename one of them first');
  console.log(`password set: ${userId} signs in as "${r.login}"`);
}

export async function usersResetPassword(storage: Storage, userId: string, expiresHours?: string): Promise<void> {
  const hours = expiresHours === undefined ? 24 : Number(expiresHours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) throw new CliError('--expires-hours must be a number of hours above 0 (at most 720)', 2);
  const code = newEnrollmentCode();
  const expiresAt = new Date(Date.now() + hours * 3_600_000).toISOString();
  const made = await storage.write((tx) => createResetCode(tx, userId, hashEnrollmentCode(code), expiresAt, 'admin-cli'));
  if (!made) throw new CliError(`no supervisor or admin "${userId}" (see: admin users list)`);
  console.log(`Single-use password reset code for ${userId}, expires ${expiresAt}: sign in with it at /login, then set a new password`);
  console.log(code);
}
