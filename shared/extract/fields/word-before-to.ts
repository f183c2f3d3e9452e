/**
 * A line opening with a common word before "to" — a verb or an adjective, not a name: "Need to check
 * the software", "Have to put in work …", "Going to put down the offer", "Good to support $400",
 * "How to identify problems?", "Move to make proposal 1" (an agenda's motion). The "X to do" reading
 * of an action line would take the word for its owner; the line is a note, a question or an agenda's
 * item, not work given to someone.
 */
import { alt } from '../lexicon/build';
import { EN_WORDS_BEFORE_TO } from '../lexicon/en';

const WORD_TO = new RegExp(`^(?:[-*+•] {1,3})?(?:${alt(EN_WORDS_BEFORE_TO)})(?: [\\w'’-]{1,20}){0,2} to\\b`, 'i');

/** Whether a line's first word, before "to", is one of those words. */
export function wordBeforeTo(line: string): boolean {
  return WORD_TO.test(line.trim());
}
