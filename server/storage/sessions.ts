import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas';
import type { Principal } from './users';
import type { Database, WriteTx } from './types';

export async function createSession(tx: WriteTx, idHash: string, userId: string, expiresAt: string): Promise<void> {
  await tx.db.deleteFrom('sessions').where('expires_at', '<=', tx.now).execute(); // tidy up as we go
  await tx.db.insertInto('sessions').values({ id_hash: idHash, user_id: userId, created_at: tx.now, expires_at: expiresAt }).execute();
  await tx.audit({ actor: userId, action: 'session.create', entity: 'session', entityId: idHash.slice(0, 12), data: { expiresAt } });
}

/** The signed-in user of a dashboard session, unless it expired. */
export async function principalBySession(db: Kysely<Database>, idHash: string, now: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id as userId', 'users.name', 'users.role', 'users.unit_id as unitId'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row ? { ...row, role: row.role as Role, deviceId: null } : undefined;
}

/** Ends a session (sign-out). A write like any other, so it takes its turn in the writer queue. */
export async function deleteSession(tx: WriteTx, idHash: string): Promise<void> {
  await tx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}
