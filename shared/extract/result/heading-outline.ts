/**
 * An outline of headings only: an agenda's items ("1.A. CALL TO ORDER" / "1.B. ROLL CALL" / "4. CONSENT
 * CALENDAR" / …) with no sentence under them. Minutes say what happened under their headings; a page of
 * headings alone records nothing, whatever its date and its "Roll call".
 */
import type { Segmented } from '../segment/segment';
import { BULLET } from '../text/markup';

/** A sentence: eight words or more, some of them in lower case. */
const SENTENCE = /(?:\S+\s+){7,}\S+/;
/** A sentence's full stop, at its end or before the next ("… be approved. The motion …"). */
const STOPPED = /[.!?](?:\s|$)/;
/** A bulleted line: a link or a note beside the outline, not one of its items. */
const LINK_BULLET = new RegExp(`^\\s*${BULLET}\\s`);
const LOWER_WORDS = /\b\p{Ll}{2,}\b.*\b\p{Ll}{2,}\b.*\b\p{Ll}{2,}\b/u;

export function headingOutline(seg: Segmented): boolean {
  // Read as English for its code and its commands, a page written in Chinese is judged by no English sentence.
  if (seg.lang !== 'en' || (seg.text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 50) return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome' && l.text.trim());
  if (lines.length < 10) return false;
  // Numbered items, and no heading naming minutes: a record's heading over its roll reads as few sentences too.
  // An item naming minutes ("5. Minutes", "• Minutes of the April 26 board meeting") is business or a link, no heading.
  const item = (l: (typeof lines)[number]) => !!l.num || LINK_BULLET.test(l.text);
  const items = lines.filter((l) => l.num).length;
  if (items < 5 || lines.slice(0, 20).some((l) => !item(l) && /\bminutes\b/i.test(l.text))) return false;
  // Counted outside the items, an item's long name ("4. Motion re Deferral of Approval of the …") being a heading still.
  const sentences = lines.filter((l) => !item(l) && SENTENCE.test(l.text) && LOWER_WORDS.test(l.text) && STOPPED.test(l.text)).length;
  // A long outline carries a sentence or two of the site's own ("To watch the webcast, visit …").
  return sentences <= Math.max(1, Math.floor(items / 10));
}
