/**
 * A record's header printed as a form table in text: "| 会议时间 | 2026年1月5日 | 会议地点 | 会议室 |",
 * "主持人 | 周雨欣 | 记录人 | 王明 |", "| Date | 5 May 2024 | Chair | Ann Lowe |" (a Markdown table, a
 * Word form pasted with its bars). Each label cell and the value cell after it become a line of their
 * own, read as "label：value": the bar between them is read as the colon, one character for one, so
 * every offset still points at the text as printed. A row whose first cells are not labels (an
 * action table's "| Owner | Action | Due |", a list of names) is left as it was.
 */
import type { Line, Linear } from '../linearize/lines';
import { parseLabel } from './labels';
import { LOOSE_LABELS } from './loose-labels';

interface Cell {
  text: string;
  /** Offset of the trimmed cell in the line. */
  at: number;
  /** Offset of the bar after the cell, -1 for the last. */
  bar: number;
}

function cells(text: string): Cell[] {
  const out: Cell[] = [];
  let from = text.startsWith('|') ? 1 : 0;
  while (from <= text.length) {
    let bar = text.indexOf('|', from);
    if (bar < 0) bar = text.length;
    const raw = text.slice(from, bar);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), at: from + lead, bar: bar < text.length ? bar : -1 });
    from = bar + 1;
  }
  return out;
}

/** The label a cell holds alone, if it is a known one. */
const labelCell = (text: string) => text.length > 0 && text.length <= 16 && !/[：:]/.test(text) && parseLabel(`${text}：值`, LOOSE_LABELS) !== null;

function formRow(l: Line): Line[] | null {
  if (!l.text.includes('|') || l.text.length > 400) return null;
  const cs = cells(l.text);
  // Empty cells at the end ("| 参会人员 | 参照考勤表 | | |") hold nothing.
  while (cs.length && !cs[cs.length - 1].text) cs.pop();
  if (cs.length < 2) return null;
  const out: Line[] = [];
  for (let i = 0; i < cs.length; i += 2) {
    const label = cs[i];
    const value = cs[i + 1];
    if (!labelCell(label.text) || !value || !value.text || labelCell(value.text)) return null;
    // "主持人 | 周雨欣" read as "主持人 ： 周雨欣": the bar replaced by a colon, the line's length kept.
    const end = value.at + value.text.length;
    const slice = l.text.slice(label.at, end);
    const text = slice.slice(0, label.bar - label.at) + '：' + slice.slice(label.bar - label.at + 1);
    out.push({ text, start: l.start + label.at, end: l.start + end, gapBefore: out.length === 0 && l.gapBefore });
  }
  return out;
}

export function splitFormRows(lin: Linear): Linear {
  if (!lin.text.includes('|')) return lin;
  let changed = false;
  const lines = lin.lines.flatMap((l) => {
    const parts = formRow(l);
    if (!parts) return [l];
    changed = true;
    return parts;
  });
  return changed ? { ...lin, lines } : lin;
}
