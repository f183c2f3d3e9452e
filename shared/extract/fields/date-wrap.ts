/**
 * A date broken over two lines by a narrow column or a PDF's hard line ends ("… Monday 8th" /
 * "February 2021 at 7pm", "2020年2" / "月26日上午，…"): no line holds it whole, two lines joined do.
 */
import type { Segmented } from '../segment/segment';
import { findDates, type FoundDate } from './dates';
import { noticeSent } from './notice-sent';

export interface WrappedDate {
  date: FoundDate;
  start: number;
  end: number;
}

/** The first dated day that crosses a line break among the record's first `lines` lines. */
export function wrappedDate(seg: Segmented, lines = 20): WrappedDate | null {
  const joiner = seg.lang === 'zh' ? '' : ' ';
  const top = seg.lines.slice(0, Math.min(seg.tailStart, seg.lines.length)).filter((l) => l.kind !== 'chrome' && l.kind !== 'meta').slice(0, lines);
  for (let k = 0; k + 1 < top.length; k++) {
    const [a, b] = [top[k], top[k + 1]];
    if (b.i !== a.i + 1) continue;
    const joined = a.text + joiner + b.text;
    const d = findDates(joined).find((x) => x.year && x.index < a.text.length && x.index + x.length > a.text.length + joiner.length);
    // A deadline ("by 30" / "June 2021") dates no meeting.
    // Nor the day its notice went out ("…通知于2024年8月" / "16日以书面方式…发出"): the meeting's may follow.
    if (d && noticeSent(joined.slice(d.index + d.length), top[k + 2]?.text)) continue;
    if (!d || /\b(?:by|before|until)\s+(?:the\s+)?$/i.test(joined.slice(Math.max(0, d.index - 12), d.index)) || /^\s?(?:前|之前|以前)/.test(joined.slice(d.index + d.length))) continue;
    const endIn = d.index + d.length - a.text.length - joiner.length;
    return { date: d, start: a.start + d.index, end: b.start + endIn };
  }
  return null;
}
