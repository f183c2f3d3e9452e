/**
 * Notes close an item with its outcome word alone, after the topic: "Rule 11 carried", "June 26, 2024,
 * Board Meeting Minutes approved", "History Society – Unanimous", "Move the minutes to hackmd - agreed",
 * "March 31, 2010 – approved.". The line is the decision, from its topic. The topic is short and states
 * no clause of its own ("… was approved" is read elsewhere; "… to be approved", "… not carried", "…
 * will be adopted" are none); after a dash the word may be an agreement ("agreed", "Unanimous"), bare it
 * must be a motion's outcome, so "Tom agreed" is none.
 */
import { alt } from '../lexicon/build';
import { EN_CLOSING_OUTCOMES, EN_DASHED_OUTCOMES } from '../lexicon/en';

const TOPIC = "[\\p{Lu}\\d][^\\n]{0,120}?";
const DASHED = new RegExp(`^(${TOPIC})\\s{1,3}[–—-]\\s{1,3}(?:${alt(EN_DASHED_OUTCOMES)})\\.?$`, 'iu');
const BARE = new RegExp(`^(${TOPIC})\\s(?:${alt(EN_CLOSING_OUTCOMES)})\\.?$`, 'u');
/** A clause in the topic: its own verb, a future or a negation. */
const CLAUSE = /\b(?:is|are|was|were|be|been|being|not|will|would|shall|should|to|has|have|had|if|when|unless|motion)\b/i;

/** Whether a line is an item closed by its outcome word. */
export function isClosingOutcome(sentence: string): boolean {
  const t = sentence.trim().replace(/^[-*+•]\s{1,3}/, '');
  const m = DASHED.exec(t) ?? BARE.exec(t);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  return words.length <= 12 && !CLAUSE.test(m[1]);
}
