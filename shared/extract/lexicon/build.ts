/**
 * Builds pattern pieces from the lexicons' word lists, so a new idiom is a word added to a list,
 * not a regular expression rewritten. Words are literal text (escaped here); the longest word is
 * tried first, so "会议议定" wins over "议定" at the same place.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Escapes a literal word for use inside a regular expression. */
export function escapeWord(w: string): string {
  return w.replace(SPECIAL, '\\$&');
}

/**
 * A non-capturing alternation of the words: `(?:word1|word2|…)`. A space inside a word matches any
 * run of one or two spaces, as printed text spaces words unevenly.
 */
export function alt(words: readonly string[]): string {
  const uniq = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  return `(?:${uniq.map((w) => escapeWord(w).replace(/ /g, '\\s{1,2}')).join('|')})`;
}

/** A whole-string test for one of the words ("^(?:…)$"), case-insensitive for English lists. */
export function whole(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`^${alt(words)}$`, flags);
}
