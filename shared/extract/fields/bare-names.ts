/**
 * An item that is only a name, a post or a heading — at most three capitalised words with no verb
 * ("D. Ford", "Cr Biesiek )", "Vice Chair", "Next Meeting", "Assignments") — records no decision:
 * it is a mover's or seconder's name left in a column, a post in a list of officers, or a subhead
 * inside an action list, read as an item because it stands on a line of its own. A bare outcome
 * ("Carried", "Approved", "Agreed.") is kept, since it answers the item above it.
 */
import { alt } from '../lexicon/build';
import { EN_CHOSEN, EN_LOOSE_OUTCOMES, EN_PASSIVE_OUTCOMES } from '../lexicon/en';

const WORD = "\\p{Lu}[\\p{L}.'’&-]{0,30}";
const BARE = new RegExp(`^(?:[-*•]\\s{1,3})?${WORD}(?:\\s${WORD}){0,2}\\s{0,3}\\)?[.:]?$`, 'u');
const OUTCOME = new RegExp(`\\b(?:${alt([...EN_LOOSE_OUTCOMES, ...EN_PASSIVE_OUTCOMES, ...EN_CHOSEN])})\\b`, 'i');

/** Whether an item's text is only a name, a post or a heading. */
export function bareName(text: string): boolean {
  const t = text.trim();
  return t === ')' || (BARE.test(t) && !OUTCOME.test(t));
}
