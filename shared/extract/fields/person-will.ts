/**
 * A task a named person takes on, told in the future with no "to" ("Andrew will look into the cost …",
 * "Meredith and Ashley will draft …", "Cllr. H. Gwynne would look into …", "Molly will be pro tem
 * clerk", "Peter will serve as back up"). Informal notes record work given so (LABELS.md: "Jo will
 * …"); the person is the assignee. The subject must read as people — a name, initials, or names
 * joined by "and" — and the verb one of doing work, so "Hoodies will be …", "The recording will be …"
 * or "Next meeting will be …" are none.
 */
import { alt } from '../lexicon/build';
import { EMOJI_LEAD } from '../text/markup';
import { EN_AGENDA_WORDS, EN_NOT_SUBJECT, EN_ORG_ENDS, EN_TASK_HONORIFICS, EN_TASK_ROLES, EN_TASK_VERBS } from '../lexicon/en';

export const HONORIFIC = `(?:${alt(EN_TASK_HONORIFICS)})\\.? `;
/** A first name, a full name ("Alex King", "H. Gwynne"), or initials ("PJ", "LDC"). */
export const NAME = "(?:\\p{Lu}\\.? ?){0,2}\\p{Lu}[\\p{Ll}'’-]{1,20}(?: \\p{Lu}[\\p{Ll}'’-]{1,20}){0,2}|\\p{Lu}{2,4}";
// Joined by commas, "and" or "&", the last perhaps after a comma ("Audrey, Amobi, & Caitlyn").
export const JOIN = ',? and |,? ?& ?|, ';
const NAMES = `(?:${NAME})(?:(?:${JOIN})(?:${HONORIFIC})?(?:${NAME})){0,3}`;
const ADVERB = '(?:(?:also|now|then|further|personally|kindly|again|both|each|jointly) )?';
// Work under way told in the progressive ("Doug and Laurina will be working on a policy"); other verbs so
// told are plans or events ("Rebecca will be giving a talk", "Novices will be rowing at the regatta").
const ACT = `(?:${alt(EN_TASK_VERBS)})\\b|be (?:the |our |a |an )?(?:${alt(EN_TASK_ROLES)})\\b|be working (?:on|with)\\b|serve as\\b|take (?:on|over|charge|responsibility)\\b`;
/** "Name will …"; "would" only after a title, as a council's minutes report a member's undertaking. */
const PERSON_WILL = new RegExp(`^(?:(${HONORIFIC})?(${NAMES}) (?:will|shall|(?:is|are) going to) ${ADVERB}(?:${ACT})|(${HONORIFIC})(${NAMES}) would ${ADVERB}(?:${ACT}))`, 'u');

const EMOJI_OPENS = new RegExp(`^${EMOJI_LEAD}+`, 'u');

/** Off while a page is read again without these sentences. */
let reading = true;

const NOT_PERSON = new Set([...EN_NOT_SUBJECT, ...EN_AGENDA_WORDS, ...EN_ORG_ENDS.map((w) => w.toLowerCase()), 'everyone', 'everybody', 'someone', 'nobody', 'you', 'i', 'our', 'their', 'his', 'her', 'its', 'each', 'both']);

/** The person or persons a sentence gives a task to in the future, or null. */
export function personTask(sentence: string): { assignees: string[] } | null {
  if (!reading) return null;
  const t = sentence.trim().replace(/^[-*+•]\s{1,3}/, '').replace(EMOJI_OPENS, '');
  const m = PERSON_WILL.exec(t);
  if (!m) return null;
  const names = (m[2] ?? m[4])
    .split(new RegExp(JOIN))
    .map((n) => n.trim())
    .filter(Boolean);
  // Every name's first word must be no topic's or common word ("Membership will have", "Next Meeting will").
  if (!names.every((n) => !NOT_PERSON.has(n.replace(/^(?:\p{Lu}\.? ?){0,2}(?=\p{Lu}\p{Ll})/u, '').split(' ')[0].toLowerCase()))) return null;
  // A title kept with its name only where printed ("Cllr. H. Gwynne"): the assignee is the name as printed after it.
  return { assignees: names.map((n) => n.replace(new RegExp(`^${HONORIFIC}`, 'u'), '')) };
}

/**
 * One or two such sentences alone tell plans, not what a meeting settled ("Jane will attend the
 * conference", "Tom will send the photos"): they count beside other decisions, never alone, and the
 * page is read again without them, so what another reading finds is kept. Three or more are the
 * record's action list — notes that give out work person by person under each topic — and stay.
 */
const ACTION_LIST = 3;

export function onlyPersonTasks(decisions: { text: string }[]): boolean {
  return decisions.length > 0 && decisions.length < ACTION_LIST && decisions.every((d) => personTask(d.text) !== null);
}

/** `read` run with these sentences read as no decision. */
export function withoutPersonTasks<T>(read: () => T): T {
  reading = false;
  try {
    return read();
  } finally {
    reading = true;
  }
}
