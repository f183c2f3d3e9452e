/**
 * An action list's owner before a colon, the task told as a command after it: "Ciarán: Initiate the
 * discussion via the mailing list", "Roland: Make two more decks of pigeonholes", "**Calum:** Complete
 * the minutes", "BOSA: check status at federal level". Where the record lists no one who attended,
 * result/attendee-owners.ts cannot confirm the name; a command's verb after it says the part before
 * the colon is who is to act, and a topic word ("Budget:", "Website:") is never one.
 */
import { alt } from '../lexicon/build';
import { EN_AGENDA_WORDS, EN_NOT_SUBJECT, EN_TASK_VERBS } from '../lexicon/en';

/** Commands an action list opens its tasks with, beside the task verbs. */
const COMMANDS = ['initiate', 'work on', 'make', 'add', 'complete', 'determine', 'review', 'write up', 'fix', 'set up', 'share', 'post', 'schedule', 'test', 'submit', 'publish', 'reply', 'respond', 'invite', 'remind', 'draft', 'finalise', 'finalize', 'investigate', 'explore', 'figure out', 'reach out'];
const PERSON = "(?:\\p{Lu}[\\p{Ll}'’-]{1,20}(?: \\p{Lu}[\\p{Ll}'’-]{1,20})?|\\p{Lu}{2,5})";
const OWNER_COLON = new RegExp(`^\\s*(?:[-*+•]\\s{0,3})?(?:\\*\\*)?(${PERSON}(?:\\s*(?:,|&|/|and)\\s*${PERSON}){0,3})(?:\\*\\*)?\\s?:(?:\\*\\*)?\\s{1,3}(\\S.*)$`, 'u');
/** The command opening the task after the colon, in either case ("Initiate …", "work on …"). */
const COMMAND = new RegExp(`^(?:${alt([...EN_TASK_VERBS, ...COMMANDS])})\\b`, 'i');
const NOT_OWNER = new Set([...EN_NOT_SUBJECT, ...EN_AGENDA_WORDS, 'action', 'actions', 'todo', 'task', 'tasks', 'note', 'next', 'decision', 'outcome', 'resolved', 'agreed', 'status', 'followup', 'follow-up', 'issue', 'issues', 'website', 'budget', 'treasurer', 'secretary', 'urgent', 'undefined', 'unassigned', 'tbd', 'tba', 'owner', 'who', 'all']);

export function colonOwners(text: string): string[] | null {
  const m = OWNER_COLON.exec(text);
  if (!m || !COMMAND.test(m[2])) return null;
  // The part before the colon must read as a name or initials, not a topic ("Finance", "Website").
  const names = m[1].split(/\s*(?:,|&|\/|\band\b)\s*/).map((n) => n.trim()).filter(Boolean);
  if (!names.length || names.some((n) => n.split(/\s+/).some((w) => NOT_OWNER.has(w.toLowerCase()) || ['item', 'items', 'point', 'points'].includes(w.toLowerCase())) || /(?:ing|tion|ment|ship|ness|ity)$/i.test(n))) return null;
  return names;
}

/** English decisions with no owner given the one named before their command's colon. */
export function withColonOwners<T extends { text: string; assignees: string[] }>(decisions: T[], lang: 'zh' | 'en'): T[] {
  if (lang !== 'en') return decisions;
  return decisions.map((d) => {
    if (d.assignees.length) return d;
    const owners = colonOwners(d.text);
    return owners ? { ...d, assignees: owners } : d;
  });
}
