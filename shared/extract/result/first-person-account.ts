/**
 * An account of a meeting told by one person in the first person singular ("as I haven’t included any
 * info about the meeting …, I’ll add a brief overview", "as President I have been learning …", "I am the
 * staff representative on the Library Committee"): a member's blog post or report about the meeting,
 * not its record. Minutes speak of the meeting and its members in the third person; a chair's "I
 * declared the meeting open" is rare, and the verdict reads this only where no minutes title, roll or
 * motion marks the page as the record.
 */
import type { Segmented } from '../segment/segment';

/** "I’ll", "I have", "I was", "I think": the writer speaking of themselves. */
const FIRST_PERSON = /(?:^|[\s,;(“"])I(?:[’']ll|[’']ve|[’']m|[’']d| (?:have|had|was|am|will|would|think|hope|haven[’']t|wasn[’']t|told|explained|added|thought|felt|wanted|took|attended))\b/g;

/** The page's opening speaks in the first person singular at least once, in English. */
export function firstPersonAccount(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const opening = seg.lines
    .filter((l) => l.kind !== 'chrome')
    .map((l) => l.text)
    .join('\n')
    .slice(0, 800);
  return (opening.match(FIRST_PERSON) ?? []).length >= 1;
}
