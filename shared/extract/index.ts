/**
 * Minutes extraction: page or text → MinutesDraft. Pure TypeScript over standard DOM interfaces,
 * so it runs in a content script and under jsdom alike. Never throws.
 */
import type { MinutesDraft } from '../schemas/minutes';
import { linesFromText } from './lines';
import { buildDraft, notMinutes } from './result';
import { locate } from './locate';
import type { ProfilePatterns } from './profiles/match';
import { linearize } from './linearize';

export type { MinutesDraft };
export { rangeOfSpan } from './highlight';
export type { LinearDom } from './linearize';
export type { ProfilePatterns };
/** The site profiles (ids, labels, default URL patterns), for a settings page that extends them. */
export { PROFILES, type SiteProfile } from './profiles/index';

export interface ExtractOptions {
  /**
   * Extra URL patterns per site profile id, from an admin's settings, so an intranet or VPN host
   * (`http://10.1.2.3/oa/*`) is read with a known template: `{ 'oa-reading': ['http://10.1.2.3/*'] }`.
   * Globs (`*`, `?`, whole URL, case-insensitive) or `/regex/flags`.
   */
  profilePatterns?: ProfilePatterns;
}

/**
 * The located content of a page as lines with their DOM sources; the same text every span of
 * `extractFromDocument(doc)` points into (for highlighting with `rangeOfSpan`).
 */
export function linearizePage(doc: Document, url?: string, options: ExtractOptions = {}): ReturnType<typeof linearize> | null {
  try {
    const found = locate(doc, url, { profilePatterns: options?.profilePatterns });
    return found.root ? linearize(found.root, found.drop) : null;
  } catch {
    return null;
  }
}

export function extractFromText(text: string): MinutesDraft {
  try {
    return buildDraft(linesFromText(String(text ?? '')));
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function extractFromDocument(doc: Document, url?: string, options: ExtractOptions = {}): MinutesDraft {
  try {
    const found = locate(doc, url, { profilePatterns: options?.profilePatterns });
    if (!found.root) return notMinutes('the page holds no readable content', 'zh', '', found.warnings);
    return buildDraft(linearize(found.root, found.drop), { warnings: found.warnings, titleHint: found.headline ?? null, wholePage: !!found.wholePage });
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
