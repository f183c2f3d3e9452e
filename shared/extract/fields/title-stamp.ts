/**
 * A listing's or a share page's posting stamp printed on the title's line, after it, apart from it
 * ("…会议纪要  2023-06-12", "Council Minutes | 2020-05-22 10:30"): the page's, not the title's, and
 * no meeting date either. A date that is part of the heading ("AGM Minutes 2019-09-14") is printed
 * after one space and stays.
 */
import type { Hit } from './header';

const STAMP = String.raw`(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
/** Set apart: a column's gap, a tab, a bar. */
const APART = new RegExp(String.raw`^(.*?\S)(?:\s{2,}|\t|\s*[|│｜]\s*)${STAMP}\s*$`);
/** After a Chinese title's mark, one space is enough: a Chinese heading never ends on a numeric date. */
const AFTER_ZH_MARK = new RegExp(String.raw`^(.*?(?:纪要|紀要|记录|記錄|纪录|紀錄|会议|會議))\s+${STAMP}\s*$`);

export function withoutStamp(t: Hit<string> | null): Hit<string> | null {
  if (!t) return t;
  const m = APART.exec(t.value) ?? AFTER_ZH_MARK.exec(t.value);
  if (!m || m[1].trim().length < 4) return t;
  const value = m[1].trim();
  const at = t.value.indexOf(value);
  return { ...t, value, start: t.start + at, end: t.start + at + value.length };
}

/** Where a line ends on a posting stamp set apart after its title: the stamp's offset in the line, else -1. */
export function stampAt(line: string): number {
  const m = APART.exec(line) ?? AFTER_ZH_MARK.exec(line);
  if (!m || m[1].trim().length < 4) return -1;
  return line.search(new RegExp(`${STAMP}\\s*$`));
}
