/**
 * A record's report part (報告事項 / 报告事项): reports heard and acknowledged ("決定：洽悉"), no
 * decisions by the labels' rule. It runs from its heading to the next part's heading (討論事項,
 * 提案, 臨時動議, 選舉…) or a motion's "案由".
 */
import type { SegLine } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_PARTS } from '../lexicon/zh';

const MARK = '(?:[壹貳贰參叁肆伍陸陆柒捌玖拾一二三四五六七八九十]{1,3}[、.．][ \\u3000]?|[（(][一二三四五六七八九十]{1,2}[)）][ \\u3000]?)?';
const REPORT_HEAD = new RegExp(`^${MARK}${alt(ZH_PARTS.report)}[ \\u3000]?[:：]?`);
const NEXT_HEAD = new RegExp(`^${MARK}(?:${alt(ZH_PARTS.next)}|案[ \\u3000]?由)`);

/** Document offsets [from, to) of each report part among the body's lines. */
export function reportParts(body: readonly SegLine[]): [number, number][] {
  const out: [number, number][] = [];
  let from = -1;
  for (const l of body) {
    const t = l.text.trim();
    if (from < 0 && REPORT_HEAD.test(t) && t.length <= 40) from = l.start;
    else if (from >= 0 && NEXT_HEAD.test(t)) {
      out.push([from, l.start]);
      from = REPORT_HEAD.test(t) ? l.start : -1;
    }
  }
  if (from >= 0) out.push([from, Infinity]);
  return out;
}

/**
 * The decisions that do not open inside a report part, where the record decides something elsewhere;
 * a record whose only items are its reports, each giving work, keeps them (the labels' rule for a
 * record without a decision section).
 */
export function outsideReports<D extends { start: number }>(decisions: D[], body: readonly SegLine[]): D[] {
  const parts = reportParts(body);
  const outside = decisions.filter((d) => !parts.some(([a, b]) => d.start >= a && d.start < b));
  return outside.length ? outside : decisions;
}
