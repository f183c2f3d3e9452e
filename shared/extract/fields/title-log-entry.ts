/**
 * A team's meeting log printed as one note: a heading that is only the record word ("# 会议记录",
 * "## 会议纪要"), then each meeting under a heading of its own ("## 第一次会议 2018.8.9", "### 第一次会议").
 * The bare word names no meeting; the first entry's heading says which meeting the record is, and is the
 * title. An entry headed by a date alone ("## 2021年2月4日") or by a record title of its own ("## 第一次会议纪要")
 * is left to the heading above it: only a heading that names a meeting by its number or kind is taken.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';

const BARE_RECORD = /^[#*\s]{0,8}(?:会议|會議)?(?:记录|纪要|紀錄|記錄|紀要)[*\s]{0,4}$/;
const SUB_HEADING = /^\s{0,3}#{1,6}\s{0,3}(\S.{1,38}?)\s*$/;
/** The entry names its meeting: "第一次会议", "2024-04-16 功能开发会议", "第三次例会". */
const NAMES_MEETING = /(?:会议|會議|例会|例會)(?:\s{0,2}[\d.\-/年月日]{0,12})?$/;
const RECORD_WORD = /记录|纪要|紀錄|記錄|紀要/;
const SENTENCE = /[，,。；;：:！!？?]/;

export function entryUnderBareRecord(seg: Segmented, t: Hit<string> | null): Hit<string> | null {
  if (!t || seg.lang !== 'zh' || !BARE_RECORD.test(t.value)) return t;
  const at = seg.lines.findIndex((l) => l.start <= t.start && t.start <= l.end);
  if (at < 0 || !/^\s{0,3}#/.test(seg.lines[at].text)) return t;
  const next = seg.lines.slice(at + 1, at + 3).find((l) => l.text.trim());
  const m = next ? SUB_HEADING.exec(next.text) : null;
  if (!next || !m) return t;
  const value = m[1].trim();
  if (!NAMES_MEETING.test(value) || RECORD_WORD.test(value) || SENTENCE.test(value)) return t;
  const from = next.start + next.text.indexOf(value);
  return { value, start: from, end: from + value.length, confidence: Math.min(t.confidence, 0.7) };
}
