/**
 * Outcomes informal notes state with the thing first and the outcome last: "Nominees for the trophies
 * agreed on", "Venue for the dinner decided upon", or after a topic's dash "Treasurer's report
 * circulated – payments approved". A note's bullet says so in few words; a sentence still to come
 * ("… to be agreed on", "… will be approved") is none.
 */
import { alt } from '../lexicon/build';
import { EN_PASSIVE_OUTCOMES } from '../lexicon/en';

/** "… agreed on": up to twelve words before, the outcome last. */
const SETTLED_ON = /^\p{Lu}\S{0,30}(?: \S{1,30}){0,11}? (?:(?:was|were) )?(?:unanimously )?(?:agreed|decided|settled) (?:on|upon)\.?$/u;
/** "… – payments approved": a topic, a dash, a thing of up to four words and its outcome. */
const DASH_OUTCOME = new RegExp(`^[^–—]{3,80}\\s[–—-]\\s(?:\\S{1,30} ){1,4}(?:(?:was|were) )?(?:unanimously )?(?:${alt(EN_PASSIVE_OUTCOMES.filter((w) => w !== 'carried' && w !== 'resolved'))})(?: unanimously)?\\.?$`, 'iu');
const NOT_YET = /\b(?:to be|be|will|would|should|must|may|can|not|if|when|once|until|unless|whether|we|they|i|you|he|she|it)\b/i;

export function isSettledOutcome(text: string): boolean {
  const t = text.trim();
  return (SETTLED_ON.test(t) || DASH_OUTCOME.test(t)) && !NOT_YET.test(t);
}
