/** Where ../shared/corpus is, for the scripts that score on it (it is never read by tests). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
