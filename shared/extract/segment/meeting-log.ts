/**
 * A team's log of several meetings on one page, each under its own heading ("## 第一次会议",
 * "**第二次会议**", "2024年9月20日第一次会议"), each with its own date and points: the record is the
 * first meeting's, so the decisions are read from the lines above the next meeting's heading.
 */
import { alt } from '../lexicon/build';
import { ZH_LOG_MEETINGS } from '../lexicon/zh';
import { headWords } from './head-words';
import type { Segmented } from './segment';

const ORDINAL = '[一二三四五六七八九十\\d]{1,3}';
/** The heading's words alone: an optional date, "第N次", the meeting; markup left out by headWords. */
const HEAD = new RegExp(`^(?:\\d{4}[年.\\-/]\\d{1,2}[月.\\-/]\\d{1,2}日?)?第(${ORDINAL})次(?:${alt(ZH_LOG_MEETINGS)})(?:记录|紀錄|纪要|紀要)?[：:]?$`);
/** Markup a page may wrap a heading in ("<center><font size=5>…</font></center>", "**…**"). */
const TAGS = /<\/?[a-z][^<>]{0,80}>|\*{2}|_{2}/gi;

/** The ordinal of a line that is only a meeting's heading in a log, else null. */
export function logMeetingOrdinal(text: string): string | null {
  const words = headWords(text.replace(TAGS, '').replace(/\s+/g, ''));
  if (words.length > 24) return null;
  return HEAD.exec(words)?.[1] ?? null;
}

/** The record with its body ended above the second meeting's heading, when the page logs several meetings. */
export function firstMeetingOnly(seg: Segmented): Segmented {
  if (seg.lang !== 'zh') return seg;
  const heads: { at: number; n: string }[] = [];
  for (let k = 0; k < seg.tailStart && k < seg.lines.length; k++) {
    const n = logMeetingOrdinal(seg.lines[k].text);
    if (n) heads.push({ at: k, n });
  }
  // Two different meetings' headings, the second inside the body: a log, not one record naming its sitting.
  if (heads.length < 2 || heads[0].n === heads[1].n) return seg;
  const cut = heads[1].at;
  // The later meetings' lines are left out, not only moved to the tail: some readers look past the body.
  return cut > seg.bodyStart ? { ...seg, lines: seg.lines.slice(0, cut), tailStart: cut } : seg;
}

/**
 * A reading of the first meeting's record; of the whole page when the first meeting's lines yield
 * nothing (its outcomes in a form no reader knows), so a log is never read as holding no decisions.
 * The whole page's reading rides along as `page`: whether the page is minutes at all is judged on it.
 */
export function readFirstMeeting<R extends { decisions: unknown[] }>(seg: Segmented, read: (s: Segmented) => R): R & { page?: R } {
  const first = firstMeetingOnly(seg);
  if (first === seg) return read(seg);
  const whole = read(seg);
  const r = read(first);
  return r.decisions.length ? { ...r, page: whole } : whole;
}
