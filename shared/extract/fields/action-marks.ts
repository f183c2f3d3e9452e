/**
 * A line opened by an action mark in the forms notes print it beyond "Action: X to …": the mark
 * abbreviated ("AI:", "AP:"), numbered ("ACTION-TC-52:", "Action 3:", "Action 01/090512:"), naming
 * its owner ("Action item for James: Figure out …", "Action (PR): …"), or a bold label with no colon
 * before its owner's sentence ("Action Item JBR will make …"). The mark says the line is a task
 * given (LABELS.md), whatever its verb: "AI: Tomas should investigate …", "AI: Michal is retiring …".
 * The owner is the one the mark names, else the one the task opens with ("LM - Check …", "Tomas should …").
 */
import { alt } from '../lexicon/build';
import { EN_ACTION_MARKS, EN_ACTION_MARKS_UPPER, EN_ACTION_DONE, EN_NOT_SUBJECT, EN_AGENDA_WORDS } from '../lexicon/en';
import { OWNER_ONLY } from './action-owners';

/** Words matched in any case, longest first (no inline flags on this runtime). */
const anyCase = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => [...w].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === ' ' ? '[ -]' : c)).join('')).join('|')})`;
const NAME = "\\p{Lu}[\\p{L}.'’-]{0,20}(?: \\p{Lu}[\\p{L}.'’-]{0,20}){0,2}";
const NAMES = `${NAME}(?:(?:, | and | ?& ?| ?/ ?)${NAME}){0,4}`;
/** The mark, in any case where it is a phrase ("Action item"), in capitals where it is letters ("AI", "AP"). */
const MARK = `(?:${anyCase(EN_ACTION_MARKS)}|${alt(EN_ACTION_MARKS_UPPER)})`;
/** A number or reference after the mark: "-TC-52", " 3", " #4", " 01/090512". */
const REF = `(?:[ -]#?(?:[A-Z]{1,6}-){0,2}\\d{1,5}(?:[/.]\\d{1,8})?)?`;
/** The owner the mark names: " for James", " by PR", " (PR)". */
const FOR = `(?: (?:for|by) (${NAMES})| ?\\((${NAMES})\\))?`;
const BOLD = '(?:\\*\\*|__)?';
/** The mark with its separator: "AI:", "Action item for James:", "ACTION-TC-52:", "Action 3 –". */
const WITH_COLON = new RegExp(`^${BOLD}${MARK}${REF}${FOR}${BOLD} ?(?:::?|[-–—]) ?${BOLD} ?(?=\\S)`, 'u');
/** A label without its colon, then who acts and the verb: "Action Item JBR will make …". */
const NO_COLON = new RegExp(`^${BOLD}${anyCase(['action item', 'action items', 'action point', 'action points'])}${BOLD} (?=(${NAMES}) (?:will|to|should|shall|is to|are to) \\p{Ll})`, 'u');
/** The owner opening the task: "LM - Check …", "PR: Find …", "Tomas should …", "Joe and Eric will …". */
const OWNER_DASH = new RegExp(`^(\\p{Lu}{2,4}(?: ?[/&,] ?\\p{Lu}{2,4}){0,3}) ?(?:[-–—:]) ?(?=\\p{L})`, 'u');
const OWNER_VERB = new RegExp(`^(${NAMES}) (?:will|to|should|shall|is to|are to|agreed to|needs? to) (?!be\\b)\\p{Ll}`, 'u');
/** The mark again after a reference ("ACTION-TC-48:Action: LM - …"). */
const MARK_AGAIN = /^(?:[Aa]ctions?|ACTIONS?) ?[:\-–—] ?/;
const DONE = new RegExp(`^(?:${alt(EN_ACTION_DONE)})\\b`, 'i');
const NOT_OWNER = new Set([...EN_NOT_SUBJECT, ...EN_AGENDA_WORDS].map((w) => w.toLowerCase()));

const split = (names: string) =>
  names
    .split(/, | and | ?& ?| ?\/ ?/)
    .map((n) => n.trim())
    .filter((n) => n && !NOT_OWNER.has(n.split(' ')[0].toLowerCase()));

/** The task an action-marked line gives, and its owners ([] when none is named), or null. */
export function actionMarked(line: string): { task: string; assignees: string[] } | null {
  const t = line.trim().replace(/^[-*+•]\s{1,3}/, '');
  if (OWNER_ONLY.test(t)) return null;
  const m = WITH_COLON.exec(t) ?? NO_COLON.exec(t);
  if (!m) return null;
  let task = t.slice(m[0].length).replace(MARK_AGAIN, '');
  // A task of a few words at least, not a status ("Action: none", "AI: done") or an empty head.
  if (task.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3 || DONE.test(task)) return null;
  let named = m === null ? null : m[1] ?? m[2] ?? null;
  const dash = OWNER_DASH.exec(task);
  if (dash) {
    named ??= dash[1];
    task = task.slice(dash[0].length);
  } else named ??= OWNER_VERB.exec(task)?.[1] ?? null;
  return { task, assignees: named ? split(named) : [] };
}
