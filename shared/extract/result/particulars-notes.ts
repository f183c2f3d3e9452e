/**
 * Notes under a minutes title that fill in the meeting's particulars ("### 时间: 2024年1月18日" /
 * "**地点**：腾讯会议") and list what was said or settled below them ("- 标题栏字体增大"): a team's log of
 * meetings held, even where the fields read no presider, roll or decision. A template under the same
 * title leaves the date or the items blank ("时间：____", "- XXX").
 */
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';

const BLANK = /_{2,}|＿|[×xX]{3}|\[[^\]]{0,12}\]|【[^】]{0,12}】|…{1,2}$|\.{3}$/;
/** A bulleted line; numbered items ("1.", "一、", "（二）") are read as numbered by segment/numbering.ts. */
const BULLET = /^\s{0,6}[-*•+]\s{1,3}\S/;

/** A time label dated in full, a place label filled in, and two items recorded below them. */
export function particularsNotes(seg: Segmented): boolean {
  const lines = seg.lines.filter((l) => l.kind !== 'chrome');
  const dated = lines.findIndex((l) => l.kind === 'label' && l.label?.kind === 'time' && !BLANK.test(l.label.value) && findDates(l.label.value).some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.iso)));
  if (dated < 0) return false;
  const near = lines.slice(dated + 1, dated + 4);
  const place = near.some((l) => l.kind === 'label' && l.label?.kind === 'place' && l.label.value.trim().length >= 2 && !BLANK.test(l.label.value));
  if (!place) return false;
  const items = lines.slice(dated + 1, dated + 30).filter((l) => l.kind === 'text' && (!!l.num || BULLET.test(l.text)) && l.text.trim().length >= 6 && !BLANK.test(l.text));
  return items.length >= 2;
}
