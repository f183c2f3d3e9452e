/**
 * An outcome told with the body named by its initials, as informal records write it: "BoE accepted
 * proposed new members by written ballot", "PTA agreed to fund the bus", "TSC approved the roadmap".
 * The outcome pattern of decisions.ts names a body by its words ("the Board", "the committee"); a
 * body known by its initials is as often the subject. A question of whether ("… decided whether …")
 * states no outcome.
 */
import { alt } from '../lexicon/build';
import { EN_PASSIVE_OUTCOMES } from '../lexicon/en';

const OUTCOME_VERBS = alt([...EN_PASSIVE_OUTCOMES, 'decided', 'elected', 'appointed', 'voted', 'accepted']);
/** Two or more capitals in a short name ("BoE", "PTA", "BOT"), then the body's act. */
const INITIALS_ACT = new RegExp(`^\\p{Lu}[\\p{L}&]{0,5}\\p{Lu}\\p{L}{0,3} (?:(?:also|then|unanimously|formally) ){0,2}${OUTCOME_VERBS}\\b(?! (?:that )?(?:if|whether)\\b)`, 'u');

/** Whether a sentence or line states an outcome with its body named by initials. */
export function isInitialsOutcome(text: string): boolean {
  return INITIALS_ACT.test(text.trim());
}
