import { prefs } from '../store';
import { PATTERNS_GLOBAL, ProfilePatterns } from './patterns-global';

export { PATTERNS_GLOBAL, ProfilePatterns };
export const PROFILE_PATTERNS_KEY = prefs.profilePatterns.key;

export function readProfilePatterns(): Promise<ProfilePatterns> {
  return prefs.profilePatterns.get();
}

/** Lines of `profile-id pattern` into patterns per profile; lines that do not parse are returned apart. */
export function parseProfileLines(text: string): { patterns: ProfilePatterns; bad: string[] } {
  const patterns: ProfilePatterns = {};
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([a-z0-9][a-z0-9-]{0,99})\s+(\S{1,500})$/i.exec(line);
    if (!m) {
      bad.push(line);
      continue;
    }
    (patterns[m[1]] ??= []).push(m[2]);
  }
  return { patterns, bad };
}

export function formatProfileLines(patterns: ProfilePatterns): string {
  return Object.entries(patterns)
    .flatMap(([id, list]) => list.map((p) => `${id} ${p}`))
    .join('\n');
}
