import { browser } from 'wxt/browser';
import { z } from 'zod';
import { withDeadline } from './deadline';
import { ProfilePatterns } from './page/patterns-global';

/**
 * Every read and write of `browser.storage` goes through this module: typed items with a schema
 * and a fallback, the admin's managed policy, and the one-time move of the enrollment out of
 * storage.local. Only preferences live in storage.local (content scripts could read it); the device
 * token and enrollment live in the extension's IndexedDB (see profile.ts).
 */
export interface Item<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls `fn` with every new value; returns the function that stops watching. */
  watch(fn: (value: T) => void): () => void;
}

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false };
}

function localItem<T>(key: string, schema: Schema<T>, fallback: T): Item<T> {
  const read = (v: unknown): T => {
    const parsed = schema.safeParse(v);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    get: async () => read((await browser.storage.local.get(key))[key]),
    set: (value) => browser.storage.local.set({ [key]: value }),
    watch(fn) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) fn(read(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const Language = z.enum(['auto', 'zh_CN', 'en']);
export type Language = z.infer<typeof Language>;

export const prefs = {
  /** The UI language chosen in Settings; 'auto' follows the browser. */
  language: localItem<Language>('ui.language', Language, 'auto'),
  /** Portal site patterns the user listed in Settings (`https://host/*`). */
  portals: localItem<string[]>('portals', z.array(z.string()), []),
  /** Extra URL patterns per site profile (see page/patterns-global.ts). */
  profilePatterns: localItem<ProfilePatterns>('profilePatterns', ProfilePatterns as Schema<ProfilePatterns>, {}),
};

/**
 * What a bureau's admin may preset by policy (storage.managed; the schema is
 * extension/public/managed_schema.json): the service URL, hosts allowed over plain http, and the
 * portal origins to watch.
 */
export const ManagedPolicy = z.object({
  serviceUrl: z.string().max(2000).optional().catch(undefined),
  allowHttpHosts: z.array(z.string().max(300)).max(100).optional().catch(undefined),
  portalOrigins: z.array(z.string().max(2000)).max(100).optional().catch(undefined),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

/** Where the last policy read is kept, for when the browser's policy service does not answer. */
const POLICY_CACHE_KEY = 'policy.lastRead';
/**
 * How long a read of the managed policy may take. Chromium answers storage.managed only once its
 * policy service has started, which can take seconds, and on some machines it has not answered at
 * all; enrollment and the portal list wait on this read, so it is bounded.
 */
export const POLICY_READ_MS = 3_000;

const parsePolicy = (got: unknown): ManagedPolicy => {
  const parsed = ManagedPolicy.safeParse(got ?? {});
  return parsed.success ? parsed.data : {};
};

/**
 * The managed policy, or an empty one when there is none (Firefox throws without a policy). A read
 * that does not answer within POLICY_READ_MS gives the last policy read instead (an admin's service
 * URL stays the only one), or an empty one on a device that never read one.
 */
export async function readPolicy(timeoutMs = POLICY_READ_MS): Promise<ManagedPolicy> {
  const fresh = (async () => {
    try {
      const policy = parsePolicy(await browser.storage.managed.get(['serviceUrl', 'allowHttpHosts', 'portalOrigins']));
      await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy }).catch(() => undefined);
      return policy;
    } catch {
      return {};
    }
  })();
  const got = await withDeadline(fresh, timeoutMs, null);
  if (got) return got;
  const cached: Record<string, unknown> = await browser.storage.local.get(POLICY_CACHE_KEY).catch(() => ({}));
  return parsePolicy(cached[POLICY_CACHE_KEY]);
}

/** storage.local keys where earlier versions kept the token and the enrollment (under two names). */
export const LEGACY_KEYS = { token: 'auth.token', enrollment: 'enrollment', profile: 'profile' } as const;
const LEGACY = Object.values(LEGACY_KEYS);

/** Reads what earlier versions left in storage.local (it is deleted by dropLegacyEnrollment). */
export async function takeLegacyEnrollment(): Promise<{ token: unknown; enrollment: unknown } | null> {
  const got = await browser.storage.local.get(LEGACY);
  if (!LEGACY.some((k) => k in got)) return null;
  return { token: got[LEGACY_KEYS.token], enrollment: got[LEGACY_KEYS.enrollment] ?? got[LEGACY_KEYS.profile] };
}

export async function dropLegacyEnrollment(): Promise<void> {
  await browser.storage.local.remove(LEGACY);
}
