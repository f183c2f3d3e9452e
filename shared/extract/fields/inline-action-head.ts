/**
 * A plain-text note printing its to-do head and first task on one line and the rest below it
 * ("待办事项：完成蓝牙模块验证" / "模型数据标注与训练" / "修正回传中断问题"): the head opens the tasks as it does
 * on a line of its own (segment/action-head-zh.ts), its first task being the rest of its line, and
 * each line after it one more, up to a blank line or the note's next label ("下次开会时间：…").
 */
import type { SegLine } from '../segment/segment';
import { isActionHeadZh } from '../segment/action-head-zh';
import { parseNumbering } from '../segment/numbering';

/** "代办事项：HC-06模组验证": a head of a few words, its colon, then the first task. */
const HEAD = /^([^：:\s]{2,12})\s*[：:]\s*(\S.{0,300})$/;
/** The note's next part: "下次开会时间：…", "报告事项：…". */
const NEXT_LABEL = /^[\u3400-\u9fff]{2,8}\s*[：:]/;

/** Tasks' first line read out of such a head's line, or null when the line is no such head. */
export function inlineActionHead(l: SegLine): SegLine | null {
  const m = HEAD.exec(l.text);
  if (!m || !isActionHeadZh(m[1])) return null;
  const at = l.text.length - m[2].length;
  return { ...l, text: m[2], start: l.start + at, kind: 'text', label: null, num: parseNumbering(m[2]), opensDecisions: false };
}

/** Whether a line ends the tasks under such a head. */
export const endsInlineTasks = (l: SegLine): boolean => !!l.gapBefore || NEXT_LABEL.test(l.text);
