/**
 * A task's fields printed under labels inside a decision ("…老旧小区改造。责任单位：区住建局、各街道。
 * 完成时限：2023年9月30日前"): 督办 lists and task tables run into text print their owner and deadline
 * so, with no 由X负责 or …前完成 phrase for the sentence readers to find.
 */
import { alt } from '../lexicon/build';
import { ZH_TASK_LABELS } from '../lexicon/zh';
import { splitList } from '../text/lists';

// A label opens the text or follows a clause's end, a space or a table's bar (not "…的责任单位" in a sentence).
const BEFORE = '(?:^|[。；;，,\\s|｜])';
const OWNER = new RegExp(`${BEFORE}${alt(ZH_TASK_LABELS.owner)}[ \\u3000]?[:：][ \\u3000]?([^。；;，,\\n|｜]{2,60})`, 'g');
const DUE = new RegExp(`${BEFORE}${alt(ZH_TASK_LABELS.due)}[ \\u3000]?[:：][ \\u3000]?([^。；;，,\\n|｜]{2,30})`);

export interface TaskFields {
  assignees: string[];
  due: string | null;
}

/** The owners and the deadline a decision's text prints under their labels. */
export function taskFields(text: string): TaskFields {
  const assignees: string[] = [];
  for (const m of text.matchAll(OWNER)) {
    for (const x of splitList(m[1])) {
      const name = x.trim();
      if (name.length >= 2 && name.length <= 30 && !assignees.includes(name)) assignees.push(name);
    }
  }
  const d = DUE.exec(text);
  return { assignees, due: d ? d[1].trim() : null };
}
