/**
 * Notes keyed by the speakers' initials: the roll defines them ("Shane F. Carr (SFC)") and the
 * discussion is set down under them ("- SFC: Build a Date with the Hebrew calendar …", "RGN: My
 * comment …"). What was said, by whom, is a record of the meeting held — the way standards bodies and
 * project calls keep their notes — whatever the page's headings call its sections ("Agenda:").
 */
import type { Segmented } from '../segment/segment';

/** A person's initials in brackets after their name: "Shane F. Carr (SFC)", "Ujjwal Sharma (USA)". */
const DEFINED = /\p{Lu}[\p{Ll}'’-]+\.?\s*\(([A-Z]{2,4})\)/gu;
/** A line of discussion opened by the speaker's initials: "- SFC: …", "RGN: …". */
const SPOKEN = /^[\s•*\-–]*([A-Z]{2,4}):\s+\S/;

export function initialsSpeakers(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const defined = new Set([...seg.text.matchAll(DEFINED)].map((m) => m[1]));
  if (defined.size < 2) return false;
  const speakers = new Set<string>();
  let lines = 0;
  for (const l of seg.lines) {
    const m = SPOKEN.exec(l.text);
    if (!m || !defined.has(m[1])) continue;
    speakers.add(m[1]);
    lines++;
  }
  return lines >= 3 && speakers.size >= 2;
}
