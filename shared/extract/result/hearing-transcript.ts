/**
 * A hearing's printed transcript: a legislature's committee hears witnesses, and the page sets down
 * each speaker's words under the name in capitals, closed by a full stop ("The CHAIRMAN. It appears …",
 * "Mr. LENROOT. Mr. Chairman, …", "Chairman BOND. Good afternoon."), as the US Congress prints its
 * hearings. It records what was said, not what the committee decided; a council's verbatim minutes
 * (result/structure.ts's verbatim) are told by the decisions read from them.
 */
import type { Segmented } from '../segment/segment';

/** A turn: the chair by office, or a member by honorific or office before a surname in capitals, then a full stop. */
const TURN = /^(?:The (?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|SPEAKER|CLERK)|(?:Mr|Mrs|Ms|Miss|Dr|Senator|Representative|Chairman|Chairwoman|Judge|General|Admiral|Secretary)\.? [A-Z][A-Z'’-]{2,}(?: of [A-Z][a-z]+)?)\.\s+\S/;
/** The page names the proceeding a hearing ("The hearing … will come to order", "HEARING BEFORE THE …"). */
const HEARING = /\bhearings?\b/i;
/** Witnesses heard, or a statement set down under its own heading ("OPENING STATEMENT OF …", "TESTIMONY OF …"). */
const WITNESSES = /\b(?:STATEMENT|TESTIMONY) OF\b|\bwitness(?:es)?\b/;

export function hearingTranscript(seg: Segmented): boolean {
  if (seg.lang !== 'en' || !HEARING.test(seg.text)) return false;
  const turns = seg.lines.filter((l) => TURN.test(l.text.trim())).length;
  // A copy cut after the first turn shows one: the witnesses called tell the hearing then.
  return turns >= 2 || (turns === 1 && WITNESSES.test(seg.text));
}
