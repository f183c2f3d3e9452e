import { browser } from 'wxt/browser';
import type { Role } from '../shared/schemas';

/** storage.local keys. The token is read only by the background; pages see the profile. */
export const TOKEN_KEY = 'auth.token';
export const PROFILE_KEY = 'profile';

export interface EnrolledUser {
  id: string;
  role: Role;
  unitId: string;
}

/**
 * Who this device is. `expired`: the service refused the token (401) — the outbox is kept and the
 * user is asked to enroll again.
 */
export interface Profile {
  server: string;
  deviceName: string;
  user: EnrolledUser | null;
  state: 'new' | 'enrolled' | 'signed-out' | 'expired';
}

export const EMPTY_PROFILE: Profile = { server: '', deviceName: '', user: null, state: 'new' };

export async function readProfile(): Promise<Profile> {
  const got = await browser.storage.local.get(PROFILE_KEY);
  return { ...EMPTY_PROFILE, ...((got[PROFILE_KEY] as Partial<Profile> | undefined) ?? {}) };
}

/** Calls `fn` with the profile now and whenever it changes; returns the unsubscribe function. */
export function watchProfile(fn: (p: Profile) => void): () => void {
  let live = true;
  void readProfile().then((p) => live && fn(p));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PROFILE_KEY in changes) {
      fn({ ...EMPTY_PROFILE, ...((changes[PROFILE_KEY].newValue as Partial<Profile> | undefined) ?? {}) });
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
