/**
 * A roll run together with no commas, each name after the same title ("Director A Brabazon, Chair
 * Director M Anderson Director R Brewer Alternate Director T Hollo", "Ald S L Martin (Mayor) Ald A L
 * Rockliff (Deputy Mayor) Ald C D Emmerton …"), as a PDF's columns give it: one person at each title.
 * The title is the roll's own: a word printed three times or more before a capital, whatever it is,
 * so a body's own word for its members ("Ald", "Director", "Trustee") needs no list.
 */
import { escapeWord } from '../lexicon/build';

/**
 * A capitalised word before another capital: a title maybe ("Ald", "Director", "Cr."); not after a
 * small word, where it is part of a name ("Connétable de St Laurent", "Bank of Ireland").
 */
const TITLE_AT = /(?<=^|\s)(?<!\b\p{Ll}+\s)(\p{Lu}\p{Ll}{1,13}\.?)(?=\s+\p{Lu})/gu;
/** A word that qualifies the title and belongs with its person ("Alternate Director …", "Deputy Director …"). */
const QUALIFIER = /(?:^|\s)((?:Alternate|Deputy|Vice|Acting|Associate|Assistant|Interim)\s+)$/;
/** How often a title must be printed for the run to be read as a roll of it. */
const LEAST = 3;

/** The item's persons, one per title; the item whole when no title repeats or a part reads as no person. */
export function splitRepeatedTitle(item: string, isPerson: (part: string) => boolean, isPost: (words: string) => boolean): string[] {
  const counts = new Map<string, number>();
  for (const m of item.matchAll(TITLE_AT)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const title = [...counts].filter(([, n]) => n >= LEAST).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!title) return [item];
  const cuts: number[] = [];
  for (const m of item.matchAll(new RegExp(`(?<=^|\\s)(?<!\\b\\p{Ll}+\\s)${escapeWord(title)}(?=\\s+\\p{Lu})`, 'gu'))) {
    const q = QUALIFIER.exec(item.slice(0, m.index));
    cuts.push(q ? m.index - q[1].length : m.index);
  }
  const lead = item.slice(0, cuts[0]).trim();
  const parts = cuts.map((at, k) => item.slice(at, cuts[k + 1] ?? item.length).trim()).flatMap((part) => postThenPerson(part, isPerson, isPost));
  // Every part a person, or the run was something else ("Smith Road Smith Lane …").
  if (!parts.every(isPerson)) return [item];
  // The words before the first title ("Chair" after "Director A Brabazon, "): an item of their own.
  return lead ? [lead, ...parts] : parts;
}

/**
 * A part that runs on past its person into a post and the post's holder ("Councillor Gordon Evenson
 * Chief Administrative Officer Margaret I. Roncin", the roll's last title before the staff): both.
 */
function postThenPerson(part: string, isPerson: (part: string) => boolean, isPost: (words: string) => boolean): string[] {
  const words = part.split(/\s+/);
  for (let end = 3; end < words.length - 1; end++) {
    for (let start = 2; start <= end; start++) {
      if (!isPost(words.slice(start, end + 1).join(' '))) continue;
      const before = words.slice(0, start).join(' ');
      const after = words.slice(end + 1).join(' ');
      if (isPerson(before) && isPerson(after)) return [before, after];
    }
  }
  return [part];
}
