// zod/mini: the content script reads these, and it must stay small (full zod is ~50 KB there).
import * as z from 'zod/mini';

/**
 * Extra URL patterns per site profile, set by an admin in Settings for intranet and VPN hosts
 * (`oa-reading http://10.1.2.3/gw/*`), passed to the extractor so a known OA layout is read by
 * its profile on a host the profile could not know.
 */
export const ProfilePatterns = z.record(
  z.string().check(z.minLength(1), z.maxLength(100)),
  z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(50)),
);
export type ProfilePatterns = z.infer<typeof ProfilePatterns>;

/** The global the background sets in the extension's isolated world just before the capture script runs. */
export const PATTERNS_GLOBAL = '__circulateProfilePatterns';
