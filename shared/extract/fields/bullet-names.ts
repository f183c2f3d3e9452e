/**
 * Notes list who attended a bullet a line under their heading ("## Attendees" / "- Yi Yang" /
 * "- chenfei_mindspore(Huawei)" / "- 张三（华为技术有限公司）"): the bullet parts the items, so an item may be
 * longer than a bare name by a handle's length or an affiliation in brackets, and still be one person.
 */

/** A bullet, then one item: no sentence stop, no label's colon, name-sized once its bracketed aside is set apart. */
const BULLET_ITEM = /^\s{0,8}[-*•·]\s{1,4}(\S.{0,79})$/;

/** Whether the line is a bullet holding one attendee (a name or handle, maybe with its affiliation in brackets). */
export function bulletNameItem(line: string): boolean {
  const m = BULLET_ITEM.exec(line);
  if (!m) return false;
  const item = m[1].trim();
  if (/[。；;：:！!？?，,、]/.test(item)) return false;
  // The item without its bracketed aside: a name or handle, at most four words.
  const core = item.replace(/\s{0,3}[（(][^()（）]{1,40}[)）]\s{0,3}$/, '').trim();
  return core.length >= 2 && core.length <= 32 && core.split(/\s+/).length <= 4;
}
