import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { EMPTY_PROFILE, watchProfile, type Profile } from '../profile';

/**
 * The value of a Dexie query, kept current: liveQuery re-runs it when any context of the extension
 * (the service worker included) changes the tables it read.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue(() => v),
      error: (err) => console.error('live query failed', err),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/** This device's profile from storage.local, kept current. `null` until it has been read. */
export function useProfile(): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => watchProfile((p) => setProfile(p ?? EMPTY_PROFILE)), []);
  return profile;
}
