/** Where ../shared/corpus is, for the scripts that score on it (it is never read by tests). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The corpus named on the command line, else the one beside the repository or beside the main checkout of this worktree. */
export function corpusDir(named?: string): string | null {
  if (named) return resolve(named);
  const repo = resolve(import.meta.dirname, '..');
  const beside = [resolve(repo, '..', 'shared', 'corpus')];
  try {
    // In a linked worktree the shared folder sits beside the main checkout.
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repo, encoding: 'utf8' }).trim();
    beside.push(resolve(dirname(common), '..', 'shared', 'corpus'));
  } catch {
    // not a git checkout: only the folder beside it counts
  }
  return beside.find((d) => existsSync(d)) ?? null;
}

/** Text without markup, spaces or punctuation: what two copies of one document share. */
export const bareText = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Pieces of each shared-corpus document's text, when the corpus is beside the repository: a case of
 * test/pages holding one is a copy of a corpus document even where its source does not say so.
 */
export function corpusPieces(): string[] {
  const dir = corpusDir();
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => /\.(html?|txt)$/.test(f))
    .flatMap((f) => {
      const t = bareText(readFileSync(join(dir, f), 'utf8'));
      return [0.3, 0.5, 0.7].map((at) => t.slice(Math.floor(t.length * at), Math.floor(t.length * at) + 40)).filter((p) => p.length === 40);
    });
}
