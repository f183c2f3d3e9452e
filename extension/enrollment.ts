import { liveQuery } from 'dexie';
import { z } from 'zod';
import { Role } from '../shared/schemas';
import type { CirculateDb } from './db';
import { dropLegacyEnrollment, takeLegacyEnrollment } from './store';

/**
 * This device's enrollment and token, kept in the extension's own IndexedDB (the `device` table,
 * Dexie version 6): content scripts run in the page's origin and cannot open it, unlike
 * storage.local. Pages read the enrollment; only the background reads the token.
 */
export const DEVICE_KEYS = { token: 'token', enrollment: 'enrollment' } as const;

export const EnrolledUser = z.object({ id: z.string(), role: Role, unitId: z.string() });
export type EnrolledUser = z.infer<typeof EnrolledUser>;

/**
 * Who this device is. `expired`: the service refused the token (401) — the outbox is kept and the
 * user is asked to enroll again.
 */
export const Enrollment = z.object({
  server: z.string().catch(''),
  deviceName: z.string().catch(''),
  user: EnrolledUser.nullable().catch(null),
  state: z.enum(['new', 'enrolled', 'signed-out', 'expired']).catch('new'),
});
export type Enrollment = z.infer<typeof Enrollment>;

export const NOT_ENROLLED: Enrollment = { server: '', deviceName: '', user: null, state: 'new' };

function asProfile(v: unknown): Enrollment {
  const parsed = Enrollment.safeParse({ ...NOT_ENROLLED, ...(typeof v === 'object' && v ? v : {}) });
  return parsed.success ? parsed.data : NOT_ENROLLED;
}

export async function readEnrollment(db: CirculateDb): Promise<Enrollment> {
  return asProfile((await db.device.get(DEVICE_KEYS.enrollment))?.value);
}

/** Calls `fn` with the enrollment now and whenever any context changes it; returns the unsubscribe function. */
export function watchEnrollment(db: CirculateDb, fn: (p: Enrollment) => void): () => void {
  const sub = liveQuery(() => readEnrollment(db)).subscribe({ next: fn, error: () => undefined });
  return () => sub.unsubscribe();
}

export async function saveEnrollment(db: CirculateDb, p: Enrollment): Promise<void> {
  await db.device.put({ key: DEVICE_KEYS.enrollment, value: p });
}

/** The device token, for the background only. */
export async function readToken(db: CirculateDb): Promise<string | null> {
  const v = (await db.device.get(DEVICE_KEYS.token))?.value;
  return typeof v === 'string' && v ? v : null;
}

/** Token and enrollment together, so neither is ever stored without the other. */
export async function storeEnrolledDevice(db: CirculateDb, token: string, p: Enrollment): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    await db.device.put({ key: DEVICE_KEYS.token, value: token });
    await db.device.put({ key: DEVICE_KEYS.enrollment, value: p });
  });
}

/** Forgets the token and records the new state (signed out, expired). */
export async function dropToken(db: CirculateDb, p: Enrollment): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    await db.device.delete(DEVICE_KEYS.token);
    await db.device.put({ key: DEVICE_KEYS.enrollment, value: p });
  });
}

/**
 * Earlier versions kept the token and enrollment in storage.local: move them here once (a device
 * already enrolled here keeps what it has), then delete them there. Returns true when it moved
 * something.
 */
export async function migrateLegacyEnrollment(db: CirculateDb): Promise<boolean> {
  const legacy = await takeLegacyEnrollment();
  if (!legacy) return false;
  let moved = false;
  if ((await db.device.get(DEVICE_KEYS.enrollment)) === undefined) {
    const p = asProfile(legacy.enrollment);
    const token = typeof legacy.token === 'string' && legacy.token ? legacy.token : null;
    if (token) await storeEnrolledDevice(db, token, p);
    else await saveEnrollment(db, p.state === 'enrolled' ? { ...p, state: 'expired' } : p);
    moved = true;
  }
  await dropLegacyEnrollment();
  return moved;
}
