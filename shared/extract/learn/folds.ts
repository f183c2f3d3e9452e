import { hashString } from './features';

/**
 * The source a case came from (a site's host, a repository's owner/name), so held-out folds keep
 * every page of one source together: a model must not be scored on a sibling of what it learned.
 */
type Case = { id: string; meta?: { source?: string } | null; expected: Record<string, unknown> };
const sourceText = (c: Case) => String(c.meta?.source ?? c.expected._source ?? '');
const CORPUS_COPY = /shared\/corpus\/([\w-]+(?:\.[\w-]+)*?)(?:\.(?:txt|html?))?(?![\w.-])/;

/**
 * A case built from a shared-corpus document (its text in a built page): never trained on, so the
 * shared corpus stays a held-out score.
 */
export function fromSharedCorpus(c: Case): boolean {
  return CORPUS_COPY.test(sourceText(c));
}

export function sourceOf(c: Case): string {
  const s = sourceText(c);
  // Every page built from one corpus document is one source, whatever site it was dressed as.
  const copy = s.match(CORPUS_COPY);
  if (copy) return `corpus:${copy[1]}`;
  const url = s.match(/https?:\/\/(?:www\.)?([^/\s'"]+)/);
  if (url) return url[1].toLowerCase();
  const repo = s.match(/(?:GitHub\s+)?\b([A-Za-z0-9][\w.-]*\/[\w.-]+)(?:\/|\s)/);
  if (repo) return repo[1].toLowerCase();
  return c.id;
}

/** The fold (0 … folds-1) of a case, by its source. */
export function foldOf(c: Case, folds: number): number {
  return hashString(sourceOf(c)) % folds;
}
