/**
 * Who each line of a team's division of work (segment/division-head.ts) gives its part to: the
 * people after the colon where that side is only names ("前端：闻铭远（负责人）、陈小灵",
 * "**后端**：wsh-hust, yannx-hust"), else the people before it ("涵洋、建雄：负责原型修改"); none
 * when neither side is names.
 */

import { ZH_TEAM_PARTS } from '../lexicon/zh';

/** One name in a team's list: two to four Han characters, or a Latin name or handle; a role in brackets after it. */
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[A-Za-z][\w.-]{1,20}(?: [A-Z][a-z]{1,20}){0,2})$/;
/** Before the colon a Chinese given or full name is two or three characters, and no part of the team's work. */
const LEFT_NAME = /^(?:[\u4e00-\u9fff]{2,3}|[A-Za-z][\w.-]{1,20}(?: [A-Z][a-z]{1,20}){0,2})$/;
const PARTS = new Set<string>(ZH_TEAM_PARTS);
const names = (side: string, name = NAME): string[] | null => {
  const parts = side
    .replace(/\*\*|__/g, '')
    .replace(/[（(][^）)]{1,10}[）)]/g, '')
    .split(/[、，,/]| and /)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length && parts.every((p) => name.test(p) && !PARTS.has(p)) ? parts : null;
};

/** The people a line of the division gives its part to; none when neither side of its colon is names. */
export function divisionAssignees(text: string): string[] {
  const m = /^(?:[-*+]\s)?([^：:]{1,24})[：:]\s*(.{1,120})$/.exec(text.trim());
  if (!m) return [];
  return names(m[2].replace(/[。；;.]$/, '')) ?? names(m[1], LEFT_NAME) ?? [];
}
