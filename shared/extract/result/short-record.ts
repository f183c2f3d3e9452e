/**
 * A short record in running prose read without its opening (a page cut below its first lines):
 * what the meeting did, in its own voice ("会议研究了…事项"), and who attended named as attending
 * ("区领导宋某、赵某参加会议"). The opening that said the meeting was held is lost; the two together
 * are told only once it was. A story names its leaders attending too, but narrates their speech
 * ("某某强调，…") or carries a reporter's mark: either refuses it.
 */
import type { Segmented } from '../segment/segment';
import type { RecordMarks } from './record';

/** "宋某、赵某、封某参加会议", "县政府副县长及办公室主任出席会议": people named, then attending, as done. */
const ATTENDED_NAMED_ZH = /[\u4e00-\u9fff]{2,8}(?:[、，,及和][\u4e00-\u9fff]{2,8}){1,12}(?:等)?(?:同志)?(?:参加|出席|列席|參加)(?:了)?(?:会议|會議|本次会议|本次會議)/;
/** A speaker other than the meeting: "县委书记张某强调，", "他指出：" (the record's own "会议强调" is its voice). */
const OTHER_SPEAKS_ZH = /(?<!会议|会上|會議|會上|大会|大會)(?:强调|強調|指出|表示)[，,：:]/;

export function shortRecord(seg: Segmented, marks: RecordMarks): boolean {
  if (seg.lang !== 'zh' || marks.acts < 1 || marks.speech > 0 || marks.news) return false;
  return ATTENDED_NAMED_ZH.test(seg.text) && !OTHER_SPEAKS_ZH.test(seg.text);
}
