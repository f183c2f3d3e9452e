/**
 * A task told after its topic's label, on one line: "Meat Pack Prizes: N Franks to arrange prizes …",
 * "Pull Requests - Owen will look at the open pull request …", "Mitigation work – Justin to assist
 * Mark". Notes that run a topic and its outcome together this way leave the sentence patterns of
 * fields/assignees.ts, anchored at the item's start, reading the topic as the subject, so the item
 * named no one. The person after the label is the owner when what follows is a task's verb.
 */
import { alt } from '../lexicon/build';
import { EN_NOT_SUBJECT, EN_TASK_VERBS } from '../lexicon/en';
import { personTask } from './person-will';

/** The topic's label: a capitalised phrase closed by a colon or a spaced dash, after a number or bullet. */
const TOPIC = /^(?:[-*+•]\s{0,3})?(?:\d{1,2}[.)]\s{1,2})?\p{Lu}[\p{L}\d&/'’ -]{1,50}?(?:\s?:|\s[-–—])\s{1,3}(?=\S)/u;
/** A first name, a full name or initials with a surname ("N Franks"), joined by "and" or "&". */
const NAME = "(?:\\p{Lu}\\.? ?){0,2}\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20})?";
const NAME_TO = new RegExp(`^(${NAME}(?:(?:, | and | ?& ?)${NAME}){0,3}) to (?:${alt(EN_TASK_VERBS)})\\b`, 'u');
const NOT_NAME = new Set([...EN_NOT_SUBJECT, 'none', 'nobody', 'everyone', 'club', 'group']);

/** The owners of the task told after the item's topic label, or null. */
export function topicOwners(text: string): string[] | null {
  const t = text.trim();
  const label = TOPIC.exec(t);
  if (!label) return null;
  const rest = t.slice(label[0].length);
  const will = personTask(rest);
  if (will) return will.assignees;
  const m = NAME_TO.exec(rest);
  if (!m) return null;
  const names = m[1].split(/, | and | ?& ?/).map((n) => n.trim());
  return names.every((n) => !NOT_NAME.has(n.split(' ')[0].toLowerCase())) ? names : null;
}

/** English items that name no one given the person their topic's task is told of. */
export function withTopicOwners<T extends { text: string; assignees: string[] }>(decisions: T[], lang: 'zh' | 'en'): T[] {
  if (lang !== 'en') return decisions;
  return decisions.map((d) => {
    if (d.assignees.length) return d;
    const owners = topicOwners(d.text);
    return owners ? { ...d, assignees: owners } : d;
  });
}
