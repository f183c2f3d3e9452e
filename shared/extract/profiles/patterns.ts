/**
 * URL patterns of site profiles: globs (`*`, `?`, matched against the whole URL, case-insensitive)
 * or regular expressions written `/source/flags`. Globs are matched without a regular expression, so
 * a pattern with many stars still costs at most pattern × URL steps.
 */

/** URLs longer than this are cut before matching: the work stays bounded whatever a page's address. */
const MAX_URL = 4096;

export type UrlTest = (url: string) => boolean;

/** Compiles one pattern; null when it is not usable (an invalid regular expression, an empty string). */
export function compilePattern(pattern: string): UrlTest | null {
  const p = String(pattern ?? '').trim();
  if (!p) return null;
  const close = p.lastIndexOf('/');
  if (p.startsWith('/') && close > 1 && /^[a-z]*$/.test(p.slice(close + 1))) {
    try {
      const rx = new RegExp(p.slice(1, close), p.slice(close + 1).replace(/[gy]/g, ''));
      return (url) => rx.test(url.slice(0, MAX_URL));
    } catch {
      return null;
    }
  }
  const glob = p.toLowerCase();
  return (url) => globMatch(glob, url.slice(0, MAX_URL).toLowerCase());
}

/** Wildcard match with one remembered star (the classic two-pointer method), no recursion. */
export function globMatch(glob: string, s: string): boolean {
  let g = 0;
  let i = 0;
  let star = -1;
  let mark = 0;
  while (i < s.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === s[i])) {
      g++;
      i++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = i;
    } else if (star >= 0) {
      g = star + 1;
      i = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** True when any of the patterns matches the URL (invalid patterns are skipped). */
export function urlMatches(patterns: readonly string[], url: string | undefined): boolean {
  if (!url) return false;
  for (const p of patterns) {
    const test = compilePattern(p);
    if (test && test(url)) return true;
  }
  return false;
}
