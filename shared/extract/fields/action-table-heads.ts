/**
 * Which column of an action table holds the task when its head names none of the task words
 * ("| Item | Responsible | Due Date |", "Activity | Owner | When", "# | Follow-up | Lead | Deadline"):
 * a table headed by both an owner and a due column is a table of actions, and the one column left
 * beside them (a row number and a status column aside) is what is to be done. An agenda's table
 * ("Item | Description") names no owner or due date and stays unread.
 */
import { alt } from '../lexicon/build';
import { EN_ACTION } from '../lexicon/en';

const NUMBER = new RegExp(`^(?:${alt(EN_ACTION.number)})$`, 'i');
const STATUS = new RegExp(`^(?:${alt(EN_ACTION.status)})$`, 'i');

/** The task column's index, given each column's known kind (null where the head word is none of them); -1 if there is none. */
export function leftTaskColumn(head: string[], kinds: (string | null)[]): number {
  if (!kinds.includes('owner') || !kinds.includes('due')) return -1;
  const left = head.map((h, n) => n).filter((n) => kinds[n] === null && !NUMBER.test(head[n].trim()) && !STATUS.test(head[n].trim()) && head[n].trim() !== '');
  return left.length === 1 ? left[0] : -1;
}
