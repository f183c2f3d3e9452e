import { browser } from 'wxt/browser';
import { EnrollResponse } from '../../shared/schemas';
import { getMeta, META, setMeta, type CirculateDb } from '../db';
import { NOT_ENROLLED, ENROLLMENT_KEY, readEnrollment, TOKEN_KEY, type EnrolledUser, type Enrollment } from '../enrollment';
import { AuthError, NetworkError, requestJson, serverBase, type Connection } from '../sync';

export async function readToken(): Promise<string | null> {
  const got = await browser.storage.local.get(TOKEN_KEY);
  const t = got[TOKEN_KEY];
  return typeof t === 'string' && t ? t : null;
}

/** The service and token the sync engine uses, or null when not enrolled. */
export async function connection(fetchImpl?: typeof fetch): Promise<Connection | null> {
  const [token, enrollment] = await Promise.all([readToken(), readEnrollment()]);
  if (!token || !enrollment.server) return null;
  return { server: enrollment.server, token, fetch: fetchImpl };
}

async function saveEnrollment(p: Enrollment): Promise<void> {
  await browser.storage.local.set({ [ENROLLMENT_KEY]: p });
}

export class EnrollError extends Error {}

/** http(s) URL of the service, without a trailing slash; throws EnrollError otherwise. */
export function checkServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server.trim());
  } catch {
    throw new EnrollError(`not a URL: ${server}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EnrollError('the service URL must start with http:// or https://');
  return serverBase(url.origin + url.pathname);
}

/**
 * Exchanges a single-use enrollment code for a token, and stores both the token and who we are.
 * Data pulled for another user is pulled again from the start (the cursor is per user).
 */
export async function enroll(
  db: CirculateDb,
  input: { server: string; code: string; deviceName: string },
  fetchImpl?: typeof fetch,
): Promise<EnrolledUser> {
  const server = checkServer(input.server);
  const deviceName = input.deviceName || 'Circulate extension';
  let reply;
  try {
    reply = await requestJson({ server, fetch: fetchImpl }, '/api/enroll', {
      method: 'POST',
      body: { code: input.code, deviceName },
    });
  } catch (err) {
    if (err instanceof AuthError) throw new EnrollError('this enrollment code is unknown, already used or expired');
    if (err instanceof NetworkError) throw new EnrollError(`cannot reach the service at ${server}`);
    throw err;
  }
  if (reply.status !== 201 && reply.status !== 200) {
    const msg = (reply.body as { error?: { message?: string } } | null)?.error?.message;
    throw new EnrollError(msg ?? `the service refused the enrollment (${reply.status})`);
  }
  const parsed = EnrollResponse.safeParse(reply.body);
  if (!parsed.success) throw new EnrollError('the service answered the enrollment in an unknown form');
  const { token, user } = parsed.data;

  if ((await getMeta<string>(db, META.pulledFor)) !== user.id) {
    await db.transaction('rw', db.meta, async () => {
      await setMeta(db, META.cursor, 0);
      await setMeta(db, META.pulledFor, user.id);
    });
  }
  await browser.storage.local.set({
    [TOKEN_KEY]: token,
    [ENROLLMENT_KEY]: { server, deviceName, user, state: 'enrolled' } satisfies Enrollment,
  });
  return user;
}

/**
 * Forgets the token; the outbox stays and is pushed after the next enrollment. Given the database,
 * also deletes everything this device stored (records, outbox, captures, cursor), as when a shared
 * computer changes hands.
 */
export async function signOut(db?: CirculateDb): Promise<void> {
  const p = await readEnrollment();
  await browser.storage.local.remove(TOKEN_KEY);
  if (db) await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
  await saveEnrollment({ ...NOT_ENROLLED, server: p.server, deviceName: p.deviceName, state: 'signed-out' });
}

/** The service refused the token: forget it but remember who we were, so the UI asks to enroll again. */
export async function tokenRejected(): Promise<void> {
  const p = await readEnrollment();
  await browser.storage.local.remove(TOKEN_KEY);
  await saveEnrollment({ ...p, state: 'expired' });
}
