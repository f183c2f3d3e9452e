import { hashString } from './features';

/**
 * The source a case came from (a site's host, a repository's owner/name), so held-out folds keep
 * every page of one source together: a model must not be scored on a sibling of what it learned.
 */
export function sourceOf(c: { id: string; meta?: { source?: string } | null; expected: Record<string, unknown> }): string {
  const s = String(c.meta?.source ?? c.expected._source ?? '');
  const url = s.match(/https?:\/\/(?:www\.)?([^/\s'"]+)/);
  if (url) return url[1].toLowerCase();
  const repo = s.match(/(?:GitHub\s+)?\b([A-Za-z0-9][\w.-]*\/[\w.-]+)\//);
  if (repo) return repo[1].toLowerCase();
  return c.id;
}

/** The fold (0 … folds-1) of a case, by its source. */
export function foldOf(c: Parameters<typeof sourceOf>[0], folds: number): number {
  return hashString(sourceOf(c)) % folds;
}
