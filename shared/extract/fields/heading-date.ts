/**
 * A note page's heading that dates the meeting, under the page's title ("# 会议记录" / "## 2021年2月4日星期四",
 * "## 第一次会议 2018.8.9", "## 2020-05-05 weekly call"): the meeting's day, over a date the notes print
 * further down (a task's "2月20日前", the next meeting's). Only a Markdown heading among the header lines
 * with its year printed: a Chinese letterhead's plain date line is the day the record was issued.
 */
import type { SegLine } from '../segment/segment';
import type { FoundDate } from './dates';

const HEADING = /^#{1,4}\s/;

export function headingDate(lines: SegLine[], datesIn: (t: string) => FoundDate[]): { line: SegLine; d: FoundDate } | null {
  for (const l of lines) {
    if ((l.kind !== 'text' && l.kind !== 'date') || !HEADING.test(l.text) || l.text.length > 60) continue;
    const d = datesIn(l.text).find((x) => x.year);
    if (d) return { line: l, d };
  }
  return null;
}
