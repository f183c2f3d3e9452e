/**
 * A place's government as the issuer of its minutes: "CITY OF COLWOOD MINUTES OF REGULAR COUNCIL MEETING",
 * "The Corporation of the Township of Seguin Draft Minutes of …", and the whole of such a name where only its
 * end was read ("Rural Municipality of Mountain", not "Municipality of Mountain").
 */
import { alt } from '../lexicon/build';
import { EN_PLACE_KINDS } from '../lexicon/en';

const KIND = alt(EN_PLACE_KINDS);
/** What a name of a place is printed with before its kind: "The Corporation of the", "Rural", "Municipal". */
const LEAD = String.raw`(?:(?:The\s+)?Corporation\s+of\s+the\s+)?(?:(?:Rural|Regional|Municipal|Borough)\s+)?`;
/** The place's own name: up to five words, a number perhaps ("Manitou Lake No. 442", "Croton-on-Hudson"). */
const PLACE = String.raw`(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|No\.\s*\d+|#\d+|on|upon|de|la)){0,4}?`;
/** What follows the name at the head of the record: its minutes or the meeting's date. */
const THEN = String.raw`(?=\s+(?:(?:Draft|Approved|Adopted|Confirmed|Unapproved|Official)\s+)?Minutes\b)`;

const HEAD = new RegExp(String.raw`^(?:(?:Page\s*\|?\s*)?\d{1,3}\s+)?(${LEAD}(?:${KIND})\s+of\s+${PLACE})${THEN}`, 'i');

/** "CITY OF COLWOOD" opening a heading run on with its minutes, with where it starts. */
export function placeHeadingBody(text: string): { name: string; at: number } | null {
  const m = HEAD.exec(text.trimStart());
  const name = m?.[1];
  if (!m || !name) return null;
  // One case throughout, as a heading prints its name: not "City of colwood minutes".
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|the|on|upon|de|la)$/i.test(w));
  const caps = words.every((w) => w === w.toUpperCase());
  const title = words.every((w) => /^\p{Lu}/u.test(w));
  if (!caps && !title) return null;
  return { name, at: text.length - text.trimStart().length + m[0].length - name.length };
}

const WIDER = new RegExp(String.raw`(?:(?:The\s+)?Corporation\s+of\s+the\s+|(?:Rural|Regional|Municipal|Borough)\s+|Municipality\s+of\s+the\s+)+$`, 'i');
const PLACE_NAME = new RegExp(String.raw`^(?:${KIND})\s+of\s`, 'i');

/** The start of a place's whole name, where the text before a "Municipality of X" read prints more of it. */
export function widerPlaceStart(text: string, start: number, value: string): number {
  if (!PLACE_NAME.test(value)) return start;
  const before = text.slice(Math.max(0, start - 60), start);
  const m = WIDER.exec(before);
  if (!m) return start;
  // The words before belong to the name only in its own case ("THE CORPORATION OF THE TOWNSHIP OF …").
  const caps = value === value.toUpperCase();
  if (caps !== (m[0] === m[0].toUpperCase())) return start;
  return start - m[0].length;
}
