/**
 * Minutes extraction: page or text → MinutesDraft. Pure TypeScript over standard DOM interfaces,
 * so it runs in a content script and under jsdom alike. Never throws.
 *
 * The stages, one folder each: locate/ (the content in a page) → linearize/ (DOM or text to lines)
 * → segment/ (what each line is) → fields/ (title, dates, people, decisions, recipients) →
 * result/ (the validated draft and the verdict: minutes or not). lexicon/ holds the words each
 * language uses for each part, from which the patterns are built; text/ small shared helpers;
 * profiles/ the site profiles (data).
 *
 * The same pipeline in two halves, for a caller that reads the page in one place and the fields in
 * another (the extension's content script and its side of the extension): page.ts (`readPage`:
 * locate + linearize, plain data out) and draft.ts (`draftFromPage`: segment, fields, result).
 * `extractFromDocument` is exactly the two in a row.
 */
import type { MinutesDraft } from '../schemas/minutes';
import { linesFromText } from './linearize/lines';
import { notMinutes } from './result/build';
import { locate } from './locate/locate';
import type { ProfilePatterns } from './profiles/match';
import { linearize } from './linearize/linearize';
import { readPage } from './page';
import { draftFromLines, draftFromPage, type DraftOptions } from './draft';
import type { Fold } from './text/fold';

export type { MinutesDraft };
export { rangeOfSpan } from './linearize/highlight';
export type { LinearDom } from './linearize/linearize';
export type { ProfilePatterns };
export { readPage, type PageLines, type ReadOptions } from './page';
export { draftFromPage, type DraftOptions } from './draft';
/** The site profiles (ids, labels, default URL patterns), for a settings page that extends them. */
export { PROFILES, type SiteProfile } from './profiles/index';

export interface ExtractOptions extends DraftOptions {
  /**
   * Extra URL patterns per site profile id, from an admin's settings, so an intranet or VPN host
   * (`http://10.1.2.3/oa/*`) is read with a known template: `{ 'oa-reading': ['http://10.1.2.3/*'] }`.
   * Globs (`*`, `?`, whole URL, case-insensitive) or `/regex/flags`.
   */
  profilePatterns?: ProfilePatterns;
}

export type { Fold };

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

export function extractFromText(text: string, options: ExtractOptions = {}): MinutesDraft {
  try {
    return draftFromLines(linesFromText(String(text ?? '')), options ?? {});
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function extractFromDocument(doc: Document, url?: string, options: ExtractOptions = {}): MinutesDraft {
  return draftFromPage(readPage(doc, url, options), options ?? {});
}
