/**
 * Outcomes a note lists with no subject, the meeting being the only one acting: "Adopted the minutes of
 * 2020 AGM.", "Approved the budget for 2021/22.", "Accepted the auditor's report.", "Elected Jill Preston
 * as treasurer.", "Ratified the pastor's contract renewal". The verb must open the line and an object
 * must follow it (a determiner or a name), so a heading ("Approved minutes", "Elections:") is none.
 */
import { alt } from '../lexicon/build';
import { EN_CHOSEN, EN_SUBJECTLESS_OUTCOMES } from '../lexicon/en';

/** The words as a line opens with them: capitalised ("Adopted …", "Unanimously approved …"). */
const opening = (words: readonly string[]) => alt(words.map((w) => w[0].toUpperCase() + w.slice(1)));
const OUTCOME = new RegExp(`^(?:${opening(EN_SUBJECTLESS_OUTCOMES)}) (?:the|a|an|all|both|its|our|their|this|these|\\p{Lu}\\p{L}{1,20}['’]s) \\S`, 'u');
const CHOSEN = new RegExp(`^(?:Unanimously ${alt(EN_CHOSEN)}|${opening(EN_CHOSEN)}) (?:\\p{Lu}[\\p{L}.'’-]{0,24} ){1,3}(?:as|to be|to the post of|to the position of|to the)\\b`, 'u');

/** Whether a sentence is an outcome told with no subject. */
export function isSubjectlessOutcome(sentence: string): boolean {
  const t = sentence.trim();
  if (/[:：]$/.test(t) || t.length < 16) return false;
  return OUTCOME.test(t) || CHOSEN.test(t);
}
