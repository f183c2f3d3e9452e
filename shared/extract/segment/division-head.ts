/**
 * The head of a division of work ("团队分工", "三. 人员分工", "## 中期任务分工", "任务分配如下："): what
 * follows gives each person or group their part ("王雨：博客部分…", "前端：闻铭远、陈小灵"), which
 * LABELS.md counts as tasks given, so it opens the decisions as "议定事项如下：" does.
 */
import { alt } from '../lexicon/build';
import { ZH_DIVISION_HEADS } from '../lexicon/zh';
import { headWords } from './head-words';

const HEAD = new RegExp(`^[^，。；：:,]{0,10}(?:${alt(ZH_DIVISION_HEADS)})(?:如下)?[：:]?$`);

/** Whether a line with its spaces taken out is only such a head. */
export function isDivisionHeadZh(short: string): boolean {
  const words = headWords(short);
  return words.length <= 16 && HEAD.test(words);
}

