/**
 * A motion printed under a heading that names it ("Motion to adopt the voting system, X" /
 * "That the committee adopts …" / "Carried."): the decision is the motion's text on the lines
 * under the heading, not the heading; a motion not carried ("Lost", "Withdrawn", "Tabled",
 * "Motion withdrawn.") is no decision at all. Also the outcome words a motion that did not pass
 * is closed with, where a sentence motion ("X moved that …") is followed by one.
 */
import { alt } from '../lexicon/build';
import { EN_MOTION } from '../lexicon/en';

/** "Motion to adopt the voting system, Peter Brown", "Motion re: hall fees (J. Smith)": a short heading, no resolved words on it. */
export const EN_MOTION_HEADING = /^[\s•*\-–·]*(?:\d{1,2}[.)]\s)?motion\s(?:to|for|re:?|regarding|on|about)\s(?!.*\bthat\b)[^.;:]{3,100}[.:]?$/i;

/** Whether a line is a motion's heading: the motion's own words follow it. */
export function isMotionHeading(text: string): boolean {
  return text.length <= 120 && EN_MOTION_HEADING.test(text);
}

/** A result line saying the motion did not pass: "Lost.", "Motion withdrawn", "Tabled until May". */
const NOT_CARRIED = new RegExp(`^[\\s•*\\-–·(\\[]*(?:the\\s)?(?:motion\\s(?:was\\s)?)?(?:${alt(EN_MOTION.lost)})\\b`, 'i');
export function notCarried(text: string): boolean {
  return text.length <= 80 && NOT_CARRIED.test(text);
}

/** "The motion to raise the fee was lost", "The proposal that … was defeated": the motion named, then its fate. */
const LOST_SENTENCE = new RegExp(`^(?:the\\s|a\\s)?(?:motion|proposal|amendment|resolution)\\b[^.;]{0,160}?\\s(?:was|were)\\s(?:then\\s)?(?:${alt(EN_MOTION.lost)})\\b`, 'i');
export function lostSentence(text: string): boolean {
  return LOST_SENTENCE.test(text);
}
