/**
 * An English record whose lines were run together (a PDF's text layer, a page read without its
 * breaks): "… Carried. 2. S. Windsor – J. Caruk RESOLVED THAT the Bank Reconciliation … be approved.
 * Carried. 3. …". The motion's parts are cut back onto lines of their own, where a printed record
 * keeps them, so they are read as the blocks they are: the resolution's formula ("RESOLVED THAT",
 * "BE IT RESOLVED", "Resolved (Cr A / Cr B) That") opens a line, and the vote closing it ("Carried.")
 * ends one. The next item's number is left where it is: cut onto a line of its own it would make
 * the record's items its numbered headings, a reading of another kind.
 */
import type { Line } from '../linearize/lines';
import { segment, type Segmented } from '../segment/segment';
import { cutLine } from '../text/cut-line';

/** Lines shorter than this were not run together. */
const MIN_RUN = 80;

/** Where a part opens inside a line (the cut falls at the match's start). */
const OPENS = [
  // The formula in capitals, with its lead ("THEREFORE BE IT RESOLVED THAT"), not after "AND" ("… AND RESOLVED").
  /(?<!\b(?:AND|BE IT|FURTHER|and|was|were|it)\s)(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE IT (?:FURTHER\s+)?)?RESOLVED\b(?=\s*[:,–-]?\s*(?:THAT|That|that|\(|[A-Z]))/g,
  // The formula in title case after a reference or a sentence's end ("2020/152 Resolved (Cr A / Cr B) That …").
  /(?<=(?:[.:;)]|\d)\s+)Resolved\b(?=\s*(?:[:(]|That\b|THAT\b))/g,
  // A resolution quoted after its vote ("… And unanimously Resolved “That Cllr. X be elected …”", "And Agreed “That …”").
  /(?<=\b(?:Resolved|RESOLVED|Agreed|AGREED)[:,]?\s+)[“"](?=(?:That|THAT)\b)/g,
  // A resolution's "That" in mid-line after a word or a time ("… to order at 10:30 am That Ronald J. Hilton is appointed …"),
  // not after its movers, whose line it shares ("On the Motion of Councillors A and B That …").
  /(?<!\b(?:Motion|Moved|Proposed|Seconded|Resolved|moved|proposed|seconded|resolved)\b[^.;:]{0,80})(?<=[\p{Ll}\d]\s+)That\b(?=\s+(?:[^.;]|(?<=\b\p{Lu})\.){3,200}?\b(?:be|is|are)\s+(?:hereby\s+)?[a-z]+(?:ed|en)\b)/gu,
];
/** The vote closing a motion, a sentence of its own or in capitals ("Carried.", "CARRIED"; not "carried forward"): the cut falls after it. */
// …or the close of a quoted resolution ("… for the ensuing year.” All members …").
const CLOSES = /(?<=\s|^)(?:(?:Carried|Lost|Motion [Cc]arried)(?: [Uu]nanimously)?(?:[.!]|(?=\s+(?:That|THAT|Meeting|Motion|Moved|Resolved)\b))|(?:CARRIED|LOST|MOTION CARRIED)(?: UNANIMOUSLY)?[.!]?)(?=\s+\p{Lu})|(?<=[“"](?:That|THAT)\b[^“”"]{10,600}?)[.]?[”"]\.?(?=\s+\p{Lu})/gu;

/** Offsets in a line where a motion's formula or the business after its vote opens. */
function cuts(text: string): number[] {
  const at = new Set<number>();
  for (const re of OPENS) for (const m of text.matchAll(re)) if (m.index) at.add(m.index);
  for (const m of text.matchAll(CLOSES)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end < text.length) at.add(end);
  }
  return [...at].filter((k) => k > 0).sort((a, b) => a - b);
}

/** The record with an English run-on line cut back into its motions' parts; the same record when none is. */
export function splitEnRunOn(seg: Segmented): Segmented {
  if (seg.lang !== 'en') return seg;
  const lines: Line[] = [];
  let split = false;
  for (const l of seg.lines) {
    const at = l.text.length >= MIN_RUN ? cuts(l.text) : [];
    if (!at.length) {
      lines.push({ text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore });
      continue;
    }
    split = true;
    lines.push(...cutLine(l, at));
  }
  return split ? segment({ text: seg.text, lines }) : seg;
}
