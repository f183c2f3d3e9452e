/**
 * An agenda item's outcome printed on the item's own line after a dash ("Approval of minutes of 2019
 * AGM – these were duly approved (proposed by X, seconded by Y)"): AGMs and small clubs print each
 * topic so. The outcome is read past the topic, and a mover and seconder in brackets mark a motion
 * that was put and recorded; the decision's text stays the whole line as printed.
 */
import { alt } from '../lexicon/build';
import { EN_ASIDE_MOVER, EN_ASIDE_OUTCOMES, EN_ASIDE_SECONDER } from '../lexicon/en';

/** "Topic – outcome": a short topic (no sentence stop in it) and a spaced dash. */
const TOPIC_DASH = /^([^.;:!?–—]{3,80}?)\s[–—-]{1,2}\s(?=\S)/;

/** The outcome after an item's topic and dash, or null when the line has no such topic. */
export function afterTopic(line: string): string | null {
  const m = TOPIC_DASH.exec(line);
  return m ? line.slice(m[0].length) : null;
}

const PART = "[^()]{2,40}?(?:\\s?\\([^()]{1,16}\\))?";
/** "(proposed by Iain Loe, seconded by John Westlake)", "(prop. AB, sec. CD)", "(seconded (remotely) by Bob Martin)". */
const ASIDE = new RegExp(`\\((?:${alt(EN_ASIDE_MOVER)})\\s?:?\\s${PART}[,;/&]?\\s(?:and\\s)?(?:${alt(EN_ASIDE_SECONDER)})(?:\\s?\\([^()]{1,16}\\))?\\s?:?\\s(?:by\\s)?${PART}\\)`, 'i');

/** An outcome in the past ("were duly re-elected", "was approved"): an agenda names the mover of a motion still to be put. */
const PUT = new RegExp(`\\b(?:was|were|been)\\s(?:duly\\s|unanimously\\s|then\\s)?(?:${alt(EN_ASIDE_OUTCOMES)})\\b`, 'i');

/** Whether a sentence records an outcome with its mover and seconder in brackets: a motion put and carried. */
export function secondedAside(s: string): boolean {
  return ASIDE.test(s) && PUT.test(s);
}

/** A sentence without its bracketed asides, so "the motion (moved by X, seconded (remotely) by Y) was lost" reads as lost. */
export const withoutAsides = (s: string): string => s.replace(/\s?\((?:[^()]|\([^()]{0,16}\)){0,120}\)/g, '');
