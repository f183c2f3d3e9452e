/**
 * A note's list of the tasks it gave, headed in a project's words rather than "Action items":
 * "## Next steps", "## TODOs ##", "**To-dos:**". LABELS.md counts tasks given as decisions, so the
 * heading opens them; what a team lists under it is less surely all tasks given at this meeting than
 * what stands under "Decisions", so the items read from it are a reading, not a sure list.
 */
import { alt } from '../lexicon/build';
import { EN_TASK_LIST_HEADS } from '../lexicon/en';
import { bareHead } from './decision-heads-en';

const HEAD = new RegExp(`^(?:${alt(EN_TASK_LIST_HEADS)})\\s?[:：]?$`, 'i');

/** Whether a short line is only such a heading. */
export function isTaskListHeadEn(t: string): boolean {
  return t.length <= 40 && HEAD.test(bareHead(t));
}
