/**
 * Items of a Chinese record run together on one line ("…如下：一、会议审议通过了…。二、会议同意…。"),
 * as a page whose line breaks were lost gives them: each numbered item is cut onto a line of its
 * own, so it is read as the item it is. A number is an item's only where it goes on from the one
 * before ("二、" after "一、") and opens a sentence; "3.5亿元" or "第二、三季度" is no item.
 */
import type { Line } from '../linearize/lines';
import { segment, type Segmented } from '../segment/segment';
import { itemMarkAt, type ItemMark } from '../text/item-numbers';
import { cutLine } from '../text/cut-line';

// Sub-items in brackets ("会议议定：（一）…（二）…") stay in their item: they are its parts.
/** Where a sentence ends, so the next may open an item. */
const SENTENCE_END = /[。；;！？!?：:]\s*$/;
/** A list's opening with its colon left out: "会议审议并通过了如下议案 一、…", "审议通过以下事项 1、…". */
const LIST_OPENS = /(?:如下|以下)(?:议案|議案|事项|事項|决议|決議|决定|決定|内容|內容)?[ \u3000]{1,3}$/;
const opensAt = (text: string, k: number) => SENTENCE_END.test(text.slice(Math.max(0, k - 3), k)) || LIST_OPENS.test(text.slice(Math.max(0, k - 8), k));

/** A number an item of the record opens with: "一、" (not "一．", a figure's point) or "2." / "2、". */
function markAt(text: string, at: number): ItemMark | null {
  const m = itemMarkAt(text, at, ['cn', 'arabic']);
  return m && (m.style === 'arabic' || m.sep === '、') ? m : null;
}

/** Offsets in a line where an item goes on from the one before: the line's own number, or the last of its style. */
function cuts(text: string, last: Map<string, number>): number[] {
  const out: number[] = [];
  const own = markAt(text, 0);
  const seen = new Map(last);
  if (own) seen.set(own.style, own.value);
  for (let k = 1; k < text.length; k++) {
    if (!opensAt(text, k)) continue;
    const m = markAt(text, k);
    if (!m) continue;
    const before = seen.get(m.style);
    // The first item of a list may open inside the line when its second follows ("…如下：1.… 2.…").
    // So may one after a colon that opens a list ("…纪要如下：一、…").
    const opens = m.value === 1 && before === undefined && (hasNext(text, k, m) || /[：:]\s*$/.test(text.slice(0, k)) || LIST_OPENS.test(text.slice(0, k)));
    if (before === m.value - 1 || opens) {
      out.push(k);
      seen.set(m.style, m.value);
    }
  }
  for (const [s, v] of seen) last.set(s, v);
  return out;
}

function hasNext(text: string, from: number, m: ItemMark): boolean {
  for (let k = from + 1; k < text.length; k++) {
    if (!SENTENCE_END.test(text.slice(Math.max(0, k - 3), k))) continue;
    const n = markAt(text, k);
    if (n && n.style === m.style && n.value === m.value + 1) return true;
  }
  return false;
}

/** A list's opening clause run into the paragraph before it ("…参加会议。会议讨论后决定：1.…"): at most this long. */
const HEAD_MAX = 30;

/**
 * The cuts, with one more before a list's opening clause where the paragraph before runs into it:
 * "…参加此次会议。会上与会人员讨论后决定：" gives "会上与会人员讨论后决定：" a line of its own, so it
 * is read as the heading it is.
 */
function headsOf(text: string, at: number[]): number[] {
  const out: number[] = [];
  for (const k of at) {
    const before = text.slice(0, k);
    if (/[：:]\s*$/.test(before) || LIST_OPENS.test(before)) {
      const end = Math.max(...['。', '；', ';', '！', '？'].map((p) => before.lastIndexOf(p)));
      const from = end + 1;
      if (end >= 0 && k - from <= HEAD_MAX && !out.includes(from) && (out.length === 0 || from > out[out.length - 1])) out.push(from);
    }
    out.push(k);
  }
  return out;
}

/** The record read again with each run-together item on a line of its own; the same record when none is. */
export function splitItems(seg: Segmented): Segmented {
  if (seg.lang !== 'zh') return seg;
  const last = new Map<string, number>();
  const lines: Line[] = [];
  let split = false;
  for (const l of seg.lines) {
    const at = l.text.length >= 20 ? cuts(l.text, last) : [];
    if (!at.length) {
      const own = markAt(l.text, 0);
      if (own) last.set(own.style, own.value);
      lines.push({ text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore });
      continue;
    }
    split = true;
    lines.push(...cutLine(l, headsOf(l.text, at)));
  }
  return split ? segment({ text: seg.text, lines }) : seg;
}
