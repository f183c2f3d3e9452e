/**
 * Motions told as one sentence in the ways boards and trustees print them beyond the past tense:
 * the present tense of a note-taker ("Heidi moves, and Leslie seconds a slate of …; Motion carries
 * unanimously"), and the motion's words between its mover and seconder ("Motion by Gassaway to
 * approve the minutes, Ballentine seconded"), which is no block's bare mover/seconder line. And the
 * meeting's procedure ("Call to order at 7pm"), which an "X to do" reading takes for an action.
 */
import { alt } from '../lexicon/build';
import { EN_PROCEDURE_LINES } from '../lexicon/en';

/** "X moves …, Y seconds …", "X motions to …, seconded by Y". */
const PRESENT = /\b(?:moves|motions)\b.{0,160}?\b(?:seconds|seconded)\b|\b(?:moves|motions)\s(?:to|that)\s.{0,160}?\bsecond(?:ed)?\sby\b/i;

/** Whether a sentence is a motion told in the present tense. */
export function presentMotion(s: string): boolean {
  return PRESENT.test(s);
}

/** The motion's own words ("to approve …", "that the …") between the mover and the seconder. */
const WORDS = /\s(?:to|that)\s\p{Ll}/u;

/** Whether a line read as a block's mover and seconder parts holds the motion's words too. */
export function holdsMotionWords(parts: string): boolean {
  return WORDS.test(parts);
}

/** "Call to order at 7:02 pm", "Return to open session": the meeting's procedure, no work given. */
const PROCEDURE = new RegExp(`^(?:meeting\\s)?(?:${alt(EN_PROCEDURE_LINES)})\\b`, 'i');
export function procedureLine(s: string): boolean {
  return PROCEDURE.test(s);
}
