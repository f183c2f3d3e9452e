/**
 * Lines read as decisions beside a record's closing action list. Notes that close with "Action
 * items" still keep outcomes in the topics above it, and two kinds are written so plainly that the
 * list cannot be taken to replace them: an agreement stated with no body as its subject ("Agreed to
 * keep the list as a spreadsheet", "All agreed to help as needed", "Decided that the call moves to
 * Monday", "It is consensus that …"), and a task under its own action mark ("ACTION: Bob to write
 * up …", "Action Item: Jo to send …"). The agreeing verb must open the line (after at most "all" or
 * "everyone") and be followed by what was agreed ("to", "that", "on"), so "Agreed minutes" or a
 * report of someone's view ("Sam agreed the idea has merit") is none; an unmarked "Bob to …" in the
 * topics is left to the list, which usually repeats it.
 */
import { alt } from '../lexicon/build';
import { EN_AGREEING_ALL, EN_AGREEING_VERBS } from '../lexicon/en';
import { actionMarked } from './action-marks';

const AGREED = new RegExp(`^(?:[-*•]\\s{1,3})?(?:(?:${alt(EN_AGREEING_ALL)})\\s)?(?:${alt(EN_AGREEING_VERBS)})\\s(?:to|that|on|upon)\\b`, 'i');
const CONSENSUS = /^(?:[-*•]\s{1,3})?(?:(?:it is|it was|there is|there was)\s)?(?:(?:a|the|general|broad|unanimous)\s){0,2}consensus\s(?:that|to|on|among|amongst)\b/i;

/** Whether a sentence states an agreement with no body as subject. */
export function agreedWithoutBody(sentence: string): boolean {
  const t = sentence.trim();
  return AGREED.test(t) || CONSENSUS.test(t);
}

/** Whether a sentence outside a closing action list is a decision all the same. */
export function readBesideList(sentence: string): boolean {
  return agreedWithoutBody(sentence) || actionMarked(sentence) !== null;
}
