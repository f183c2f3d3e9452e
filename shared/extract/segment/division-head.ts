/**
 * The head of a division of work ("团队分工", "三. 人员分工", "## 中期任务分工", "任务分配如下："): what
 * follows gives each person or group their part ("王雨：博客部分…", "前端：闻铭远、陈小灵"), which
 * LABELS.md counts as tasks given, so it opens the decisions as "议定事项如下：" does.
 */
import { alt } from '../lexicon/build';
import { ZH_DIVISION_HEADS } from '../lexicon/zh';
import { HASHES, STRONG } from '../text/markup';

/** A heading's marks and number before its words: "## ", "三. ", "（二）", "2、". */
const LEAD = new RegExp(`^(?:${HASHES})?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．)])?`);
/** A head set in bold alone: "**团队分工**". */
const BOLD_HEAD = new RegExp(`^${STRONG}(.{1,20})${STRONG}$`);
const HEAD = new RegExp(`^[^，。；：:,]{0,10}(?:${alt(ZH_DIVISION_HEADS)})(?:如下)?[：:]?$`);

/** Whether a line with its spaces taken out is only such a head. */
export function isDivisionHeadZh(short: string): boolean {
  const words = short.replace(LEAD, '').replace(BOLD_HEAD, '$1');
  return words.length <= 16 && HEAD.test(words);
}

