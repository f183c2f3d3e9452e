/**
 * Who attended, as a table of members with a presence column: "| Name | Present |" over
 * "| Arnaud Le Hors | Yes |", "Member | Attended" over "A Smith | ✓", "姓名 | 出席情况" over
 * "张三 | 出席". A steering committee's roll prints every member so and marks who came; the rows
 * marked present are the attendees, the rest (No, Regrets, 请假, a blank) are not.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { tableCells } from '../text/table-cells';
import { cleanEnPerson, plausibleName } from './people';
import { RULE_ROW } from './name-rows';

const NAME_HEAD = /^(?:names?|full names?|members?|member names?|attendees?|participants?|people|person|姓名|名字|成员|成員|委员|委員|人员|人員)$/i;
const PRESENCE_HEAD = /^(?:present|attended|attendance|in attendance|attending|here|出席|出席情况|出席情況|到会|到會|到会情况|到會情況|是否出席|签到|簽到)\??$/i;
/** A presence cell that says the member came. */
const YES = /^(?:y|yes|x|p|present|attended|here|in person|remote|remotely|online|✓|✔|✔️|✅|☑|☑️|√|出席|已出席|到|已到|到会|到會|是)$/i;
const plain = (c: string) => c.replace(/[*_`]/g, '').trim();

export interface PresenceRows {
  names: string[];
  first: SegLine;
  last: SegLine;
}

/** The members a presence table marks present (two or more), with its first and last rows; null when there is none. */
export function presenceTable(seg: Segmented): PresenceRows | null {
  const end = Math.min(seg.tailStart, seg.lines.length);
  for (let i = 0; i < Math.min(end, 300); i++) {
    const head = seg.lines[i];
    if (!/[|\t]/.test(head.text)) continue;
    const cells = tableCells(head.text).map(plain);
    const nameCol = cells.findIndex((c) => NAME_HEAD.test(c));
    const presCol = cells.findIndex((c) => PRESENCE_HEAD.test(c));
    if (nameCol < 0 || presCol < 0 || nameCol === presCol) continue;
    const names: string[] = [];
    let first: SegLine | null = null;
    let last: SegLine | null = null;
    for (let j = i + 1; j < end; j++) {
      const row = seg.lines[j];
      if (RULE_ROW.test(row.text)) continue;
      if (!/[|\t]/.test(row.text)) break;
      const rc = tableCells(row.text).map(plain);
      if (rc.length <= Math.max(nameCol, presCol)) break;
      first ??= row;
      last = row;
      if (!YES.test(rc[presCol])) continue;
      const cell = rc[nameCol];
      const name = seg.lang === 'zh' && /[\u3400-\u9fff]/.test(cell) ? (plausibleName(cell) ? cell : null) : cleanEnPerson(cell).name;
      if (name) names.push(name);
    }
    if (names.length >= 2 && first && last) return { names, first, last };
  }
  return null;
}
