/**
 * The head of a division of work ("团队分工", "三. 人员分工", "## 中期任务分工", "任务分配如下："): what
 * follows gives each person or group their part ("王雨：博客部分…", "前端：闻铭远、陈小灵"), which
 * LABELS.md counts as tasks given, so it opens the decisions as "议定事项如下：" does.
 */
import { alt } from '../lexicon/build';
import { ZH_DIVISION_HEADS } from '../lexicon/zh';

/** A heading's marks and number before its words: "## ", "三. ", "（二）", "2、". */
const LEAD = /^(?:#{1,6})?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．)])?/;
const HEAD = new RegExp(`^[^，。；：:,]{0,10}(?:${alt(ZH_DIVISION_HEADS)})(?:如下)?[：:]?$`);

/** Whether a line with its spaces taken out is only such a head. */
export function isDivisionHeadZh(short: string): boolean {
  const words = short.replace(LEAD, '').replace(/^\*\*(.{1,20})\*\*$/, '$1');
  return words.length <= 16 && HEAD.test(words);
}

/** One name in a team's list: two to four Han characters, or a Latin name or handle; a role in brackets after it. */
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[A-Za-z][\w.-]{1,20}(?: [A-Z][a-z]{1,20}){0,2})$/;
const names = (side: string): string[] | null => {
  const parts = side
    .replace(/\*\*|__/g, '')
    .replace(/[（(][^）)]{1,10}[）)]/g, '')
    .split(/[、，,/]| and /)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length && parts.every((p) => NAME.test(p)) ? parts : null;
};

/**
 * Who a line of a division of work gives its part to: the people after the colon where that side is
 * only names ("前端：闻铭远（负责人）、陈小灵", "**后端**：wsh-hust, yannx-hust"), else the people
 * before it ("涵洋、建雄：负责原型修改"); none when neither side is names.
 */
export function divisionAssignees(text: string): string[] {
  const m = /^(?:[-*+]\s)?([^：:]{1,24})[：:]\s*(.{1,120})$/.exec(text.trim());
  if (!m) return [];
  return names(m[2].replace(/[。；;.]$/, '')) ?? names(m[1]) ?? [];
}
