/**
 * A sentence that only records who seconded a motion ("Director Dolby seconded the motion.",
 * "Jordan seconded.", "Anderson seconded the motion to approve the minutes as corrected."): the
 * decision is the motion its mover put just before, so the seconding is no item of its own. Its
 * subject is a person's name or title and nothing else — a sentence that also names the mover
 * ("Cllr A proposed and Cllr B seconded that …") or states the outcome ("… seconded and it
 * carried") is the motion's record and stays.
 */
import { alt } from '../lexicon/build';
import { EN_SECONDING_OUTCOMES, EN_SECONDING_VERBS } from '../lexicon/en';

/** One to five capitalised words (a title and a name), or initials, then the verb. */
const SECONDER = "(?:\\p{Lu}[\\p{L}.'’-]{0,30}\\s){0,4}\\p{Lu}[\\p{L}.'’-]{0,30}";
const SECONDING = new RegExp(`^(?:[-*•]\\s{1,3})?${SECONDER}\\s(?:${alt(EN_SECONDING_VERBS)})(?:\\s(?:the|this|that)\\s(?:motion|resolution|proposal)(?=[\\s.,;]|$)|\\s*[.,;]?\\s*$)`, 'u');
const OUTCOME = new RegExp(`\\b(?:${alt(EN_SECONDING_OUTCOMES)})\\b`, 'i');
const MOVER = /\b(?:moved|moves|proposed|proposes|motioned)\b/i;

/** Whether a decision's text is only the seconding of a motion recorded before it. */
export function secondingOnly(text: string): boolean {
  const t = text.trim();
  const m = SECONDING.exec(t);
  if (!m) return false;
  return !MOVER.test(m[0]) && !OUTCOME.test(t.slice(m[0].length));
}
