/**
 * A resolution led by its mover's name alone, no "moved" word: "002-16 Councillor Currie that the
 * agenda be accepted … Carried", "2. MINUTES BENKE – That the minutes … be approved. CARRIED." —
 * as prairie councils print them, the item's word and the mover in the margin before the "That".
 * Only words in capitals may stand before the "that" (a register number, the item's word, the
 * name), so a sentence ("The board agreed that …") is no such line; the vote must close it, on the
 * line itself or the line after (motions.ts checks the latter).
 */

/** The lead: a register number or item number, up to three capitalised margin words, a titled name, then "that". */
const NAMED_THAT =
  /^[\s•*\-–·]*(?:\d{1,4}[-/.]\d{2,4}\s+|\d{1,2}\.\s+)?(?:[A-Z][A-Z.&/'’-]+\s+(?:[–—-]\s+)?){0,3}?(?:(?:Councillor|Cllr|Reeve|Mayor|Alderman|Deputy Mayor|Cr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[–—:-]\s*)?(?:that|That|THAT)\s+(?=\S)/u;

/** Words that make the lead a sentence or another reading's: "Moved that …", "Resolved that …", "Agreed that …". */
const NOT_A_NAME = /^[\s•*\-–·\d./-]*(?:[A-Z.&/'’-]+\s+){0,3}?(?:moved|seconded|proposed|resolved|agreed|decided|noted|note|be it|it is|motion|so)\b/i;

/** A lead in capitals that tells something ("NOTICE IS HEREBY GIVEN that …"): a sentence, not a margin. */
const TOLD = /\b(?:is|was|are|were|be|been|hereby|given|said|stated|reported|felt|noted|advised|agreed|decided|resolved|ordered)\b/i;

/** The vote at the line's end, with or without a stop before it: "… Library Agreement Carried", "… presented. CARRIED." */
export const VOTE_AT_END = /\s(?:CARRIED|Carried)(?:\s+(?:UNANIMOUSLY|[Uu]nanimously))?[.\s]*$/;

/** Whether the line is a resolution led by its mover's name (the lead, through its "that", at most 64 characters). */
export function isNamedThat(text: string): boolean {
  const m = NAMED_THAT.exec(text);
  return !!m && m[0].length <= 64 && !NOT_A_NAME.test(text) && !TOLD.test(m[0]);
}
