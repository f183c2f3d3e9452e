/**
 * People named inside the roll's own lines and not read from them: "PRESENT: Cornie Goertzen – Chairman
 * SD 3 & 4 Laurie Evans – Chairman SD 8 Jim Swidersky – Vice-Chairman …" read as three of its seven.
 * Where two or more name-shaped pairs of the roll's lines are in no name read, the list as read is
 * short of the one printed: a reading, not a sure list.
 */
import type { SegLine } from '../segment/segment';
import { EN_NOT_A_NAME, EN_ORG_ENDS, EN_POST_WORDS } from '../lexicon/en';

/** A given name and a surname, each capitalised: "Jim Swidersky", "Kristy-Layne Carr". */
const PAIR = /\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?\b/gu;
const NOT_A_NAME = new Set([...EN_NOT_A_NAME, ...EN_POST_WORDS, ...EN_ORG_ENDS].map((w) => w.toLowerCase()));

/** Whether the roll's lines (first..last) name two or more people the list as read leaves out. */
export function namesWithinUnread(lines: readonly SegLine[], first: SegLine, last: SegLine, names: readonly string[]): boolean {
  const taken = (pair: string) => names.some((n) => n.includes(pair) || pair.includes(n) || n.split(/\s+/).pop() === pair.split(/\s+/).pop());
  let unread = 0;
  for (const l of lines.slice(first.i, last.i + 1)) {
    if (l.kind === 'label' && l.label?.kind !== 'attendance') continue;
    for (const m of l.text.matchAll(PAIR)) {
      if (m[0].toLowerCase().split(/[\s-]+/).some((w) => NOT_A_NAME.has(w))) continue;
      if (!taken(m[0])) unread++;
    }
  }
  return unread >= 2;
}
