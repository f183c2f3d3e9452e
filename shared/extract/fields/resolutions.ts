/**
 * A board's, supervisory board's or shareholders' resolution announcement (…董事会…会议决议公告):
 * each motion "审议通过了《关于…的议案》" / "议案名称：…" / "1.《…议案》" followed by its vote line
 * ("表决结果：同意9票，反对0票，弃权0票"). Each motion is one decision; its vote line, its
 * explanation ("同意续聘…", "经审核，监事会认为…") and "本议案尚需提交股东大会审议" are no others.
 */
import type { SegLine } from '../segment/segment';

/** A vote's tally or its label, on its line or inside the motion's ("会议以9票同意、0票反对…"). */
const TALLY = /(?:同意|赞成|贊成)[:：]?[ \u3000]?\d{1,3}[ \u3000]?票|\d{1,3}[ \u3000]?票(?:同意|赞成|贊成)|表决结果|表決結果|表决情况|表決情況/;
/** A number before the motion: "（一）", "1、", "二、". */
const NUM = '(?:[（(]?[一二三四五六七八九十\\d]{1,3}[)）、.．][ \\u3000]?)?';
/** A motion's own label: "议案一：", "议案名称：". */
const LABEL = '(?:(?:议案|議案)(?:[一二三四五六七八九十\\d]{1,3}|名称|名稱)[ \\u3000]?[:：][ \\u3000]?)?';
/** Its verb, the vote's means before it allowed: "审议通过了", "会议以9票同意…，审议并通过". */
const VERB = '(?:(?:会议|會議|本次会议|本次會議)?(?:以[^，,。；]{1,40}[，,])?(?:审议|審議)(?:并|並)?(?:通过|通過)了?[:：]?[ \\u3000]?)?';
/** The motion's title: in book-title marks, or "关于…的议案/报告" as printed. */
const TITLE = '(?:[《〈][^》〉\\n]{2,80}[》〉]|(?:关于|關於)[^。；\\n]{2,80}?(?:议案|議案|报告|報告))';
const MOTION = new RegExp(`^${NUM}(${LABEL})${VERB}${TITLE}`);

export interface Resolution {
  text: string;
  start: number;
  end: number;
}

/**
 * The motions of a resolution announcement, each voted (a tally on its line or below it, before the
 * next motion); none where a motion is not voted so (then the page is some other record).
 */
export function resolutionMotions(body: readonly SegLine[]): Resolution[] {
  const out: Resolution[] = [];
  let voted = true;
  for (const l of body) {
    const skip = l.num?.restAt ?? 0;
    const t = l.text.slice(skip);
    const m = MOTION.exec(t);
    if (m) {
      if (!voted) return [];
      const from = skip + m[1].length;
      const text = l.text.slice(from).trim();
      out.push({ text, start: l.start + from, end: l.start + from + text.length });
      voted = TALLY.test(t);
    } else if (out.length && TALLY.test(l.text)) voted = true;
  }
  return voted ? out : [];
}
