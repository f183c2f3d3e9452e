/**
 * A team's notes print their outcomes and the tasks they gave under a heading in a project's words
 * ("### 决策事项", "## 待办事项", "四、后续行动", "**行动项**"), as English notes print "Decisions" and
 * "Action items": LABELS.md counts both as decisions, so the heading opens them.
 */
import { alt } from '../lexicon/build';
import { ZH_ACTION_HEAD_LEADS, ZH_ACTION_HEADS } from '../lexicon/zh';
import { headWords } from './head-words';

const HEAD = new RegExp(`^(?:${alt(ZH_ACTION_HEAD_LEADS)})?(?:${alt(ZH_ACTION_HEADS)})(?:如下)?[：:]?$`);

/** Whether a line with its spaces taken out is only such a heading. */
export function isActionHeadZh(short: string): boolean {
  const words = headWords(short);
  return words.length <= 12 && HEAD.test(words);
}
