/**
 * Whether an English record says something was decided outside the part read as its decisions
 * ("Agreed to use label …", "Moved: J. Wade  Seconded: B. Wells  Result: Passed", "Agreement to take
 * the following out of experimental"). The section is then likely one of several places the record
 * keeps its outcomes, so reading it alone is a partial list: a reading to check, not a sure one.
 */
import { EN_AGREEMENT_NOUNS, EN_LOOSE_OUTCOMES } from '../lexicon/en';
import { alt } from '../lexicon/build';

/** Outcome and motion words, in any inflection a minute prints them; a deferral is an outcome too. */
const EN_DECISION_WORD = new RegExp(
  `\\b(?:${alt([...EN_LOOSE_OUTCOMES, ...EN_AGREEMENT_NOUNS, 'agree', 'decided', 'elected', 're-elected', 'appointed', 'moved', 'seconded', 'motion', 'resolution', 'defer', 'deferred', 'postponed'])})\\b`,
  'i',
);

export function decisionWordsOutside(lines: readonly { text: string }[]): boolean {
  return lines.some((l) => EN_DECISION_WORD.test(l.text));
}
