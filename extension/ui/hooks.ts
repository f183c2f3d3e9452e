import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { CirculateDb } from '../db';
import { NOT_ENROLLED, readEnrollment, watchEnrollment, type Enrollment } from '../enrollment';
import { prefs } from '../store';
import { uiLocale } from './format';
import { setLanguage, type Language } from './i18n';

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

/** This device's profile (its enrollment, in the database), kept current. `null` until it has been read. */
export function useEnrollment(db: CirculateDb): Enrollment | null {
  const [profile, setProfile] = useState<Enrollment | null>(null);
  useEffect(() => {
    const reread = () => void readEnrollment(db).then(setProfile);
    rereads.add(reread);
    const stop = watchEnrollment(db, (p) => setProfile(p ?? NOT_ENROLLED));
    return () => {
      rereads.delete(reread);
      stop();
    };
  }, [db]);
  return profile;
}

const rereads = new Set<() => void>();

/**
 * Reads the enrollment again in this page. The background answers an enrollment or a sign-out only
 * once it is stored, so the page shows it at once instead of relying on the change reaching it
 * from the service worker (a broadcast a busy browser may deliver late).
 */
export function rereadEnrollment(): void {
  for (const reread of rereads) reread();
}

function asLanguage(v: unknown): Language {
  return v === 'en' || v === 'zh_CN' ? v : 'auto';
}

/**
 * The UI language chosen in Settings (store.ts prefs.language), applied to `t` before the views render.
 * Returns it so a component re-renders when it changes.
 */
export function useLanguage(): Language {
  const [lang, setLang] = useState<Language>('auto');
  useEffect(() => {
    const apply = (v: unknown) => {
      const l = asLanguage(v);
      setLanguage(l);
      // The page's language is the UI's, for screen readers and for fonts (CJK glyph forms).
      document.documentElement.lang = uiLocale();
      setLang(l);
    };
    void prefs.language.get().then(apply);
    return prefs.language.watch(apply);
  }, []);
  return lang;
}
