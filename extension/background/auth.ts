import { EnrollResponse } from '../../shared/schemas';
import { getMeta, META, setMeta, type CirculateDb } from '../db';
import { dropToken, readEnrollment, readToken, storeEnrolledDevice, saveEnrollment, NOT_ENROLLED, type EnrolledUser } from '../enrollment';
import { readPolicy } from '../store';
import { AuthError, checkServer, NetworkError, requestJson, ServerUrlError, type Connection } from '../sync';
import type { ErrorCode } from '../sync/errors';

/** The service and token the sync engine uses, or null when not enrolled. */
export async function connection(db: CirculateDb, fetchImpl?: typeof fetch): Promise<Connection | null> {
  const [token, enrollment] = await Promise.all([readToken(db), readEnrollment(db)]);
  if (!token || !enrollment.server) return null;
  return { server: enrollment.server, token, fetch: fetchImpl };
}

/** An enrollment that cannot go ahead; `code` names the reason for the UI (see ui/error-text.ts). */
export class EnrollError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

const ENROLL_TIMEOUT_MS = 20_000;

/**
 * Exchanges a single-use enrollment code for a token, and stores both the token and who we are.
 * A service URL preset by policy wins over the one typed. Data pulled for another user is pulled
 * again from the start (the cursor is per user).
 */
export async function enroll(
  db: CirculateDb,
  input: { server: string; code: string; deviceName: string },
  fetchImpl?: typeof fetch,
): Promise<EnrolledUser> {
  const policy = await readPolicy();
  let server: string;
  try {
    server = checkServer(policy.serviceUrl || input.server, policy);
  } catch (err) {
    throw err instanceof ServerUrlError ? new EnrollError(err.code) : err;
  }
  const deviceName = input.deviceName || 'Circulate extension';
  let reply;
  try {
    reply = await requestJson({ server, fetch: fetchImpl }, '/api/enroll', {
      method: 'POST',
      body: { code: input.code, deviceName },
      // Someone is looking at the button: a hung request is said to be one well before a minute.
      timeoutMs: ENROLL_TIMEOUT_MS,
    });
  } catch (err) {
    if (err instanceof AuthError) throw new EnrollError('code-refused');
    if (err instanceof NetworkError) throw new EnrollError('unreachable');
    throw new EnrollError('bad-answer');
  }
  if (reply.status !== 201 && reply.status !== 200) throw new EnrollError('enroll-refused');
  const parsed = EnrollResponse.safeParse(reply.body);
  if (!parsed.success) throw new EnrollError('bad-answer');
  const { token, user } = parsed.data;

  if ((await getMeta<string>(db, META.pulledFor)) !== user.id) {
    await db.transaction('rw', db.meta, async () => {
      await setMeta(db, META.cursor, 0);
      await setMeta(db, META.pulledFor, user.id);
    });
  }
  await storeEnrolledDevice(db, token, { server, deviceName, user, state: 'enrolled' });
  return user;
}

/**
 * Forgets the token; the outbox stays and is pushed after the next enrollment. With `forgetData`,
 * also deletes everything this device stored (records, outbox, captures, cursor), as when a shared
 * computer changes hands.
 */
export async function signOut(db: CirculateDb, forgetData = false): Promise<void> {
  const p = await readEnrollment(db);
  const next = { ...NOT_ENROLLED, server: p.server, deviceName: p.deviceName, state: 'signed-out' as const };
  if (forgetData) {
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    await saveEnrollment(db, next);
  } else {
    await dropToken(db, next);
  }
}

/** The service refused the token: forget it but remember who we were, so the UI asks to enroll again. */
export async function tokenRejected(db: CirculateDb): Promise<void> {
  await dropToken(db, { ...(await readEnrollment(db)), state: 'expired' });
}
