import { browser } from 'wxt/browser';
import type { Role } from '../shared/schemas';

/** storage.local keys. The token is read only by the background; pages see the enrollment. */
export const TOKEN_KEY = 'auth.token';
// The stored name predates the word "enrollment"; it stays so that enrolled devices keep their state.
export const ENROLLMENT_KEY = 'enrollment';

export interface EnrolledUser {
  id: string;
  role: Role;
  unitId: string;
}

/**
 * Who this device is. `expired`: the service refused the token (401) — the outbox is kept and the
 * user is asked to enroll again.
 */
export interface Enrollment {
  server: string;
  deviceName: string;
  user: EnrolledUser | null;
  state: 'new' | 'enrolled' | 'signed-out' | 'expired';
}

export const NOT_ENROLLED: Enrollment = { server: '', deviceName: '', user: null, state: 'new' };

export async function readEnrollment(): Promise<Enrollment> {
  const got = await browser.storage.local.get(ENROLLMENT_KEY);
  return { ...NOT_ENROLLED, ...((got[ENROLLMENT_KEY] as Partial<Enrollment> | undefined) ?? {}) };
}

/** Calls `fn` with the enrollment now and whenever it changes; returns the unsubscribe function. */
export function watchEnrollment(fn: (p: Enrollment) => void): () => void {
  let live = true;
  void readEnrollment().then((p) => live && fn(p));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && ENROLLMENT_KEY in changes) {
      fn({ ...NOT_ENROLLED, ...((changes[ENROLLMENT_KEY].newValue as Partial<Enrollment> | undefined) ?? {}) });
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
