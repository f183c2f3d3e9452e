/**
 * The club or society a title names before its meeting: "Shropshire Mammal Group Committee meeting",
 * "Minutes Sydney University Boat Club Special General Meeting.", "American Legion Post 257 October
 * 2021 Meeting Notes". The corpus's issuer is the body as printed wherever the record states it, the
 * title included (the seed's "XXX Letters and Visits Leading Group Meeting Minutes").
 *
 * A committee, board or council named so ("Technical Steering Committee Meeting", "Kinvara Community
 * Council Meeting") is left out: it is as often a part of a body the record leaves unnamed, and the
 * labels split on it; a club's own name is the body. So is a name of capitalised words ending otherwise,
 * right before what the record is ("Yachting NSW Minutes of Special General Meeting", "Harkstead Village
 * Hall AGM Minutes").
 */
import { alt } from '../lexicon/build';
import { EN_MONTHS, EN_NOT_A_BODY_NAME, EN_NUMBERED_UNITS, EN_ORG_ENDS, EN_SITTING_KINDS, EN_SOCIETY_ENDS } from '../lexicon/en';

/** Words before the name: "DRAFT Minutes of the", "Approved Minutes:". */
const LEAD = /^(?:[#*>\s]+)?(?:(?:draft|approved|unapproved|official|confirmed|unconfirmed)\s+)?(?:minutes|notes)?(?:\s+(?:of|from|for))?(?:\s+the)?[\s:–-]*/i;
/** The meeting's kind after the name, then what the record is: "Committee Meeting", "Special General Meeting", "AGM". */
const KIND_WORDS = '(?:annual|special|extraordinary|general|regular|monthly|ordinary|open|committee|board|executive|trustees[’\']?|members[’\']?|council|management)';
const KIND = new RegExp(`^(?:\\s+${KIND_WORDS})*\\s+(?:meetings?|agm|egm|sgm|minutes|notes)\\b`, 'i');
const MEETING_WORD = /^(?:meetings?|minutes|agenda|notes|agm|egm|sgm)\b/i;
const MEETING_WORD_IN = /\b(?:meetings?|agm|egm|sgm|minutes|notes)\b/i;
/** Where a name has run into the date or the place: "… Post 257 October 2021", "… Club on April 24". */
const STOP = new RegExp(`^\\s*(?:[-–—|/,(]|\\d|(?:on|held|at)\\s|${alt(EN_MONTHS)}\\b)`, 'i');
const MONTH = new RegExp(`^(?:${alt(EN_MONTHS)})$`, 'i');
const SOCIETY_END = new RegExp(`^(?:${alt(EN_SOCIETY_ENDS)})$`, 'i');
const NUMBERED = new RegExp(`\\b(?:${alt(EN_NUMBERED_UNITS)})\\s+(?:No\\.?\\s*)?\\d+$`, 'i');
/** "Brittany Club of Great Britain": a society's kind, then whose it is. */
const KIND_OF_WHOSE = new RegExp(`\\b(?:${alt(EN_SOCIETY_ENDS)})\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:[A-Z][\\w'’.-]*|of|the|and|&))*$`);
/** What a committee, board or council is called: a name so ended may be a part of a body the record leaves unnamed. */
const ORG_END = new RegExp(`^(?:${alt(EN_ORG_ENDS)})$`, 'i');
/** A word of a proper name: capitalised, or an abbreviation in capitals ("NSW", "Harkstead", "O'Brien"); never a lone initial ("P & C"). */
const PROPER = /^(?:\p{Lu}[\p{L}'’.-]+|&)$/u;
/** Words that name a sitting, a team or a step of business, not whose the record is ("Work Session Minutes", "Social Team Minutes", "Approval of …"). */
const NOT_OWN = new RegExp(`^(?:${alt([...EN_SITTING_KINDS, ...EN_NOT_A_BODY_NAME])})$`, 'i');
/** A word of a name, in any case after the first ("Bynea cycling club"). */
const WORD = /^[\p{L}\d][\p{L}\d'’.:&-]*$|^&$/u;
/** Words that say what a record or a meeting is, not whose: "Summary of December Club", "Regular Group". */
const NOT_A_NAME = /^(?:public|open|closed|a|an|proceedings|summary|agreed|report|statement|decisions?|regular|special|monthly|ordinary|extraordinary|draft|subject)$/i;

export function enTitleBody(title: string, generic: (name: string) => boolean): { name: string; at: number } | null {
  const lead = LEAD.exec(title)?.[0] ?? '';
  const rest = title.slice(lead.length);
  const toks = [...rest.matchAll(/\S+/g)];
  const first = toks[0]?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || MONTH.test(first) || MEETING_WORD.test(first) || /minute/i.test(first)) return null;
  for (let e = 0; e < Math.min(toks.length, 9); e++) {
    const w = toks[e][0];
    if (!WORD.test(w)) return null;
    const after = rest.slice((toks[e].index ?? 0) + w.length);
    const kind = KIND.test(after);
    // Before a date, a place or a dash, the name may end where the record is called minutes elsewhere in the title.
    if (!kind && !(STOP.test(after) && MEETING_WORD_IN.test(after + ' ' + lead))) continue;
    const words = toks.slice(0, e + 1).map((t) => t[0]);
    const name = words.join(' ');
    // Only the number after a unit's word ("Post 257"), no date or serial ("35th … Group", "2024-2025 PTA").
    const numbers = words.filter((x) => /\d/.test(x)).length;
    // A place's or a body's own name, capitalised, ending otherwise than a committee's does ("Yachting NSW",
    // "Harkstead Village Hall"), right before what the record is: the body the record is of.
    const own = !lead.trim() && words.every((x) => PROPER.test(x) && !ORG_END.test(x) && !NOT_OWN.test(x) && !MONTH.test(x)) && /^\s+(?:agm\s+|egm\s+|sgm\s+)?minutes\b/i.test(after);
    const named =
      (SOCIETY_END.test(w) || NUMBERED.test(name) || KIND_OF_WHOSE.test(name) || own) &&
      words.length > 1 &&
      numbers <= (NUMBERED.test(name) ? 1 : 0) &&
      !words.some((x) => NOT_A_NAME.test(x) || /:$/.test(x)) &&
      !generic(name);
    const at = lead.length + (toks[0].index ?? 0);
    if (named) return title.slice(at, at + name.length) === name ? { name, at } : null;
    // The meeting's words are reached: what stands before them names no club.
    if (kind) return null;
  }
  return null;
}
