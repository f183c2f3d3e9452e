import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas';
import type { Principal } from './users';
import type { Database, WriteTx } from './types';

export async function createSession(tx: WriteTx, idHash: string, userId: string, expiresAt: string, userAgent?: string | null): Promise<void> {
  await tx.db.deleteFrom('sessions').where('expires_at', '<=', tx.now).execute(); // tidy up as we go
  await tx.db
    .insertInto('sessions')
    .values({ id_hash: idHash, user_id: userId, created_at: tx.now, expires_at: expiresAt, last_seen_at: tx.now, user_agent: userAgent?.slice(0, 300) ?? null })
    .execute();
  await tx.audit({ actor: userId, action: 'session.create', entity: 'session', entityId: idHash.slice(0, 12), data: { expiresAt } });
}

export interface SessionPrincipal extends Principal {
  lastSeenAt: string | null;
}

/** The signed-in user of a dashboard session, unless it expired. */
export async function principalBySession(db: Kysely<Database>, idHash: string, now: string): Promise<SessionPrincipal | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id as userId', 'users.name', 'users.role', 'users.unit_id as unitId', 'sessions.last_seen_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const { last_seen_at, ...who } = row;
  return { ...who, role: row.role as Role, deviceId: null, lastSeenAt: last_seen_at };
}

/** Notes that a session is in use (the caller does so at most every few minutes). */
export async function touchSession(tx: WriteTx, idHash: string): Promise<void> {
  await tx.db.updateTable('sessions').set({ last_seen_at: tx.now }).where('id_hash', '=', idHash).execute();
}

/** Ends a session (sign-out). A write like any other, so it takes its turn in the writer queue. */
export async function deleteSession(tx: WriteTx, idHash: string): Promise<void> {
  await tx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export interface SessionRow {
  /** The stored hash of the session id: names it in a revoke form without revealing the cookie. */
  idHash: string;
  userId: string;
  userName: string;
  unitName: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  userAgent: string | null;
}

/** Sessions still valid, of one user or (no `userId`) of everyone, newest first. */
export async function listSessions(db: Kysely<Database>, now: string, userId?: string): Promise<SessionRow[]> {
  let q = db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select(['s.id_hash', 's.user_id', 'u.name', 'u.unit_id', 'n.name as unit_name', 's.created_at', 's.last_seen_at', 's.expires_at', 's.user_agent'])
    .where('s.expires_at', '>', now);
  if (userId !== undefined) q = q.where('s.user_id', '=', userId);
  const rows = await q.orderBy('s.created_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    idHash: r.id_hash, userId: r.user_id, userName: r.name, unitName: r.unit_name ?? r.unit_id, createdAt: r.created_at,
    lastSeenAt: r.last_seen_at, expiresAt: r.expires_at, userAgent: r.user_agent,
  }));
}

/** Ends one session: a user's own, or anyone's when `ownerId` is null (an admin). */
export async function revokeSession(tx: WriteTx, idHash: string, actor: string, ownerId: string | null): Promise<boolean> {
  let q = tx.db.deleteFrom('sessions').where('id_hash', '=', idHash);
  if (ownerId !== null) q = q.where('user_id', '=', ownerId);
  const r = await q.executeTakeFirst();
  if (Number(r.numDeletedRows) !== 1) return false;
  await tx.audit({ actor, action: 'session.revoke', entity: 'session', entityId: idHash.slice(0, 12), data: {} });
  return true;
}
