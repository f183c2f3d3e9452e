/**
 * Tasks as notes (Org-mode, wikis, shared documents) give them: the owners, then a to-do mark, then
 * the task ("Gord, Scott TODO :: Congratulatory letter", "Chris TODO: Bug bank about address"), the
 * mark first ("TODO(alex): …", "TODO @Alex: …"), or the owner before a colon and the task in the
 * infinitive or future ("Will Vincent: To add a note to the grant form", "Jo: will send the figures").
 * Each is a task given (a decision by the labelling rules); its owners are the assignees.
 */
import { alt } from '../lexicon/build';
import { EN_AGENDA_WORDS, EN_NOT_SUBJECT, EN_ORG_ENDS, EN_TODO_MARKS } from '../lexicon/en';

const NAME = "\\p{Lu}[\\w.'’-]{0,24}(?: \\p{Lu}[\\w.'’-]{0,24}){0,2}";
const NAMES = `${NAME}(?:(?:, ?| and | ?& ?| ?/ ?)${NAME}){0,5}`;
const MARK = alt(EN_TODO_MARKS);
/** "Gord, Scott TODO :: …", "Chris TODO: …". */
const OWNERS_THEN_MARK = new RegExp(`^(${NAMES}) ${MARK} ?:{1,2} ?(?=\\S)`, 'u');
/** "TODO(alex): …", "TODO @Alex: …", "TODO [Alex] …". */
const MARK_THEN_OWNER = new RegExp(`^${MARK} ?(?:\\(@?([\\w.' -]{1,40})\\)|@([\\w.'-]{1,30})|\\[([\\w.' -]{1,40})\\]) ?:? ?(?=\\S)`, 'u');
/**
 * "Will Vincent: To add …", "MIH: will propose …": a person's full name or initials, so an agenda's
 * topic before its purpose ("Finance: To approve the payments") is not taken for an owner.
 */
const OWNER_COLON_TASK = new RegExp(`^(\\p{Lu}{2,4}|\\p{Lu}\\p{Ll}{1,20} \\p{Lu}[\\p{Ll}'’-]{1,24}) ?: ?(?:[Tt]o|[Ww]ill) (?!be\\b|not\\b|the\\b|a\\b)\\p{Ll}{2,}`, 'u');

const NOT_OWNER = new Set([...EN_NOT_SUBJECT, ...EN_AGENDA_WORDS, ...EN_ORG_ENDS.map((w) => w.toLowerCase())]);
const owners = (names: string) =>
  names
    .split(/, ?| and | ?& ?| ?\/ ?/)
    .map((n) => n.trim())
    .filter((n) => n && !NOT_OWNER.has(n.toLowerCase()));

/** The task a note's line gives and its owners, or null when the line gives none in these forms. */
export function noteTask(line: string): { assignees: string[] } | null {
  const t = line.trim().replace(/^[-*+•]\s{1,3}/, '');
  const a = OWNERS_THEN_MARK.exec(t);
  if (a) return { assignees: owners(a[1]) };
  const b = MARK_THEN_OWNER.exec(t);
  if (b) return { assignees: owners(b[1] ?? b[2] ?? b[3] ?? '') };
  const c = OWNER_COLON_TASK.exec(t);
  // Every word of the name must be no topic's word ("Planning Committee: To …", "Any Other: …").
  if (c && c[1].split(' ').every((w) => !NOT_OWNER.has(w.toLowerCase()))) return { assignees: [c[1]] };
  return null;
}
