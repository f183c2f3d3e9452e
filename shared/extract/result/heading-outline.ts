/**
 * An outline of headings only: an agenda's items ("1.A. CALL TO ORDER" / "1.B. ROLL CALL" / "4. CONSENT
 * CALENDAR" / …) with no sentence under them. Minutes say what happened under their headings; a page of
 * headings alone records nothing, whatever its date and its "Roll call".
 */
import type { Segmented } from '../segment/segment';

/** A sentence: eight words or more, some of them in lower case. */
const SENTENCE = /(?:\S+\s+){7,}\S+/;
const LOWER_WORDS = /\b\p{Ll}{2,}\b.*\b\p{Ll}{2,}\b.*\b\p{Ll}{2,}\b/u;

export function headingOutline(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome' && l.text.trim());
  if (lines.length < 10) return false;
  // Numbered items, and no heading naming minutes: a record's heading over its roll reads as few sentences too.
  if (lines.filter((l) => l.num).length < 5 || lines.slice(0, 20).some((l) => /\bminutes\b/i.test(l.text))) return false;
  const sentences = lines.filter((l) => SENTENCE.test(l.text) && LOWER_WORDS.test(l.text)).length;
  return sentences <= 1;
}
