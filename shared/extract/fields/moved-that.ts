/**
 * A motion told with no mover before it: "Moved that the accounts be approved for payment. N
 * Franks/D Henwood", "Minutes of Previous Meeting: Moved that they are a true and correct record.",
 * "Confirmation of the Minutes 6 December 2016 Moved that … Bridget / Jill" — as school boards and
 * clubs in New Zealand and Australia print them, the movers after the motion as initials or names
 * parted by a slash, if at all. The motion starts at its "Moved that" (a topic before it is the
 * item's heading), and runs to the end of its sentence.
 */

/** "Moved that" opening the line, or a sentence or a topic on it; capitalised, as a motion's formula is. */
const BARE = /(?:^|[.:;)]\s{1,4}|\s)(?=Moved\s(?:that|THAT)\s)/;
/** The same formula with a mover before it ("Cr A moved that …") is another reading's (motions.ts). */
const NAMED = /\b(?:moved|proposed)\s+by\b/i;

/** Where a bare "Moved that …" starts on the line, or -1. */
export function bareMovedThat(text: string): number {
  if (NAMED.test(text)) return -1;
  const m = BARE.exec(text);
  return m ? m.index + m[0].length : -1;
}
