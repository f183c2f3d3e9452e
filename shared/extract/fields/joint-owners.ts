/**
 * Work given to two or more people named in full, joined by "and", "&" or commas: "N Franks and J Colvine
 * to arrange a date.", "CD and DBP agreed to liaise with AY", "Cllr. O. Williams and the Clerk to review
 * the Standing Orders.". The action line's owner ("Alex to …") was read as up to three capitalised words,
 * so two full names (or a name and an officer) before "to" were no owner. The subject must be names
 * throughout, each perhaps with its title, or an officer ("the Clerk"), and a verb must follow "to".
 */
import { alt } from '../lexicon/build';
import { EN_TASK_HONORIFICS } from '../lexicon/en';
import { NOT_VERB } from './assignees';
import { JOIN, NAME } from './person-will';

const OFFICER = '(?:the )?(?:Clerk|Chair|Chairman|Chairperson|Secretary|Treasurer|RFO|President)';
const ONE = `(?:(?:${alt(EN_TASK_HONORIFICS)})\\.? )?(?:${NAME})|${OFFICER}`;
const JOINT = new RegExp(`^(?:${ONE})(?:(?:${JOIN})(?:${ONE})){1,3} (?:to|agreed to|offered to|volunteered to|undertook to) (?!${NOT_VERB})\\p{Ll}`, 'u');

/** Whether a sentence gives work to two or more people named in full. */
export function isJointTask(sentence: string): boolean {
  return JOINT.test(sentence.trim().replace(/^[-*+•]\s{1,3}/, ''));
}
