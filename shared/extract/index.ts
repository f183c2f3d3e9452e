/**
 * Minutes extraction: page or text → MinutesDraft. Pure TypeScript over standard DOM interfaces,
 * so it runs in a content script and under jsdom alike. Never throws.
 *
 * The stages, one folder each: locate/ (the content in a page) → linearize/ (DOM or text to lines)
 * → segment/ (what each line is) → fields/ (title, dates, people, decisions, recipients) →
 * result/ (the validated draft and the verdict: minutes or not). lexicon/ holds the words each
 * language uses for each part, from which the patterns are built; text/ small shared helpers;
 * profiles/ the site profiles (data).
 */
import type { MinutesDraft } from '../schemas/minutes';
import { linesFromText } from './linearize/lines';
import { buildDraft, notMinutes } from './result/build';
import { locate } from './locate/locate';
import type { ProfilePatterns } from './profiles/match';
import { linearize } from './linearize/linearize';
import { foldLinear, type Fold } from './text/fold';
import type { Linear } from './linearize/lines';

export type { MinutesDraft };
export { rangeOfSpan } from './linearize/highlight';
export type { LinearDom } from './linearize/linearize';
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
  /**
   * Folds the text before matching, character for character (Traditional → Simplified script:
   * opencc-js `Converter({ from: 'tw', to: 'cn' })`), so the Simplified patterns read Traditional
   * records too; values are given back as printed. Passed in, so the caller decides whether to load
   * a conversion table.
   */
  fold?: Fold;
}

export type { Fold };

/** Builds the draft over the folded lines when a folding is given, over the printed ones otherwise. */
function build(lin: Linear, options: ExtractOptions, opts: Parameters<typeof buildDraft>[1] = {}): MinutesDraft {
  const folded = options.fold ? foldLinear(lin, options.fold) : null;
  return folded ? buildDraft(folded.lin, { ...opts, printed: { text: folded.printed, unfold: folded.unfold } }) : buildDraft(lin, opts);
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

export function extractFromText(text: string, options: ExtractOptions = {}): MinutesDraft {
  try {
    return build(linesFromText(String(text ?? '')), options ?? {});
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function extractFromDocument(doc: Document, url?: string, options: ExtractOptions = {}): MinutesDraft {
  try {
    const found = locate(doc, url, { profilePatterns: options?.profilePatterns });
    if (!found.root) return notMinutes('the page holds no readable content', 'zh', '', found.warnings);
    return build(linearize(found.root, found.drop), options ?? {}, { warnings: found.warnings, titleHint: found.headline ?? null, wholePage: !!found.wholePage });
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
