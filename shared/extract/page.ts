/**
 * The page half of extraction: locate the content in a live page and linearize it, nothing more.
 * This is what the extension's content script runs (it must stay small: no field patterns, no
 * Traditional→Simplified folding); the result is plain data that crosses to the extension, where
 * `draftFromPage` (draft.ts) reads the fields from it.
 */
import type { Line } from './linearize/lines';
import { locate } from './locate/locate';
import { linearize } from './linearize/linearize';
import type { ProfilePatterns } from './profiles/match';

export interface ReadOptions {
  /**
   * Extra URL patterns per site profile id, from an admin's settings, so an intranet or VPN host
   * (`http://10.1.2.3/oa/*`) is read with a known template: `{ 'oa-reading': ['http://10.1.2.3/*'] }`.
   * Globs (`*`, `?`, whole URL, case-insensitive) or `/regex/flags`.
   */
  profilePatterns?: ProfilePatterns;
}

/** A page read into lines: plain data (no DOM nodes), so it survives structured cloning. */
export type PageLines =
  | {
      kind: 'lines';
      /** The joined text every line (and later every span) points into. */
      text: string;
      lines: Line[];
      /** What locating the content noticed (a weak reading, a frame left out …). */
      warnings: string[];
      /** The page's headline above the content, for a text that prints no minutes title. */
      titleHint: string | null;
      /** No content block was found and the whole page was read. */
      wholePage: boolean;
    }
  /** The page holds no readable content. */
  | { kind: 'empty'; warnings: string[] }
  /** Reading the page failed; the message says why. */
  | { kind: 'failed'; error: string };

/** Locate + linearize. Never throws. */
export function readPage(doc: Document, url?: string, options: ReadOptions = {}): PageLines {
  try {
    const found = locate(doc, url, { profilePatterns: options?.profilePatterns });
    if (!found.root) return { kind: 'empty', warnings: found.warnings };
    const lin = linearize(found.root, found.drop);
    return {
      kind: 'lines',
      text: lin.text,
      // Copies of the lines without the DOM sources linearize keeps beside them.
      lines: lin.lines.map((l) => ({ ...l })),
      warnings: found.warnings,
      titleHint: found.headline ?? null,
      wholePage: !!found.wholePage,
    };
  } catch (e) {
    return { kind: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
}
