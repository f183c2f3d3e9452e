/**
 * The shape of a site profile: declarative data an admin can read and extend. URL patterns are
 * strings so they can come from settings: a glob matched against the whole URL (`*` any run of
 * characters, `?` one character, case-insensitive), or a regular expression written `/source/flags`.
 */
import { z } from 'zod';
import { compilePattern } from './patterns';

export const ProfileSelectors = z.object({
  /** The element that holds the document (CSS selector list; the first usable match wins). */
  content: z.string().min(1),
  /** Metadata blocks outside the content (索引号/发布机构/文号 tables), read before it. */
  meta: z.string().min(1).optional(),
  /** The page's headline element, used when the content does not print its own title. */
  title: z.string().min(1).optional(),
});

export const SiteProfile = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  /**
   * Where the profile is trusted over the generic scorer. Empty: the profile applies wherever its
   * content selector finds a usable element, and only when the scorer strayed outside it.
   */
  urlPatterns: z.array(z.string().min(1).refine((p) => compilePattern(p) !== null, { message: 'not a valid glob or /regex/' })),
  selectors: ProfileSelectors,
  /** When the selectors were last checked against a live page or the fixture. */
  lastChecked: z.iso.date(),
  /** The saved page the profile is tested on (test/pages/<case>, with source.html and expected.json). */
  fixture: z.string().regex(/^test\/pages\/[a-z0-9-]+$/),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
