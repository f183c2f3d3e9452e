import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NOT_ENROLLED, watchEnrollment, type Enrollment } from '../enrollment';
import { LANGUAGE_KEY, setLanguage, type Language } from './i18n';

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

/** This device's enrollment from storage.local, kept current. `null` until it has been read. */
export function useEnrollment(): Enrollment | null {
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  useEffect(() => watchEnrollment((p) => setEnrollment(p ?? NOT_ENROLLED)), []);
  return enrollment;
}

function asLanguage(v: unknown): Language {
  return v === 'en' || v === 'zh_CN' ? v : 'auto';
}

/**
 * The UI language chosen in Settings (storage.local), applied to `t` before the views render.
 * Returns it so a component re-renders when it changes.
 */
export function useLanguage(): Language {
  const [lang, setLang] = useState<Language>('auto');
  useEffect(() => {
    const apply = (v: unknown) => {
      const l = asLanguage(v);
      setLanguage(l);
      setLang(l);
    };
    void browser.storage.local.get(LANGUAGE_KEY).then((got) => apply(got[LANGUAGE_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LANGUAGE_KEY in changes) apply(changes[LANGUAGE_KEY].newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return lang;
}
