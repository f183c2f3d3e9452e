/**
 * A note's decisions heading set in bold ("**会议决议：**", "**议定事项**", "__会议决定如下：__"), as its other
 * headings are ("**行动项：**", "**团队分工**", read by their words alone): the words inside the marks are
 * read as a plain heading is.
 */
import { DECISION_HEAD_LOOSE_ZH, DECISION_HEAD_ZH } from './markers';
import { headWords } from './head-words';

/** Whether a line with its spaces taken out is a decisions heading inside bold marks. */
export function boldDecisionHeadZh(short: string): boolean {
  const words = headWords(short);
  if (words === short || !/^(?:#{1,6})?(?:\*\*|__)/.test(short)) return false;
  return DECISION_HEAD_ZH.test(words) || DECISION_HEAD_LOOSE_ZH.test(words);
}
