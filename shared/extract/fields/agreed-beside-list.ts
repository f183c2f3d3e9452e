/**
 * An agreement a note states with no body as its subject ("Agreed to keep the list as a
 * spreadsheet", "All agreed to help as needed", "Decided that the call moves to Monday", "It is
 * consensus that …") is an outcome the meeting reached, though no "the committee" opens it. Notes
 * that also close with an action list keep their outcomes in the topics above it, so these lines
 * are read beside the list rather than dropped for it. The agreeing verb must open the line (after
 * at most "all" or "everyone") and be followed by what was agreed ("to", "that", "on"), so "Agreed
 * minutes" or a report of someone's view ("Sam agreed the idea has merit") is none.
 */
import { alt } from '../lexicon/build';
import { EN_AGREEING_ALL, EN_AGREEING_VERBS } from '../lexicon/en';

const AGREED = new RegExp(`^(?:[-*•]\\s{1,3})?(?:(?:${alt(EN_AGREEING_ALL)})\\s)?(?:${alt(EN_AGREEING_VERBS)})\\s(?:to|that|on|upon)\\b`, 'i');
const CONSENSUS = /^(?:[-*•]\s{1,3})?(?:(?:it is|it was|there is|there was)\s)?(?:(?:a|the|general|broad|unanimous)\s){0,2}consensus\s(?:that|to|on|among|amongst)\b/i;

/** Whether a sentence states an agreement with no body as subject. */
export function agreedWithoutBody(sentence: string): boolean {
  const t = sentence.trim();
  return AGREED.test(t) || CONSENSUS.test(t);
}
