/**
 * A bracket closing a record's item is an aside, not a story's byline: "5.2日常物料的采买补充;(饮用水、拖布、纸巾等)",
 * "3. 添置设备；（投影仪、音响）". A byline closes a story's last paragraph after its full stop, or stands
 * on a line of its own ("…取得实效。（李某 报道）"); a record's item lists things in brackets after the
 * item's own clause, ended by a semicolon, or as the item's words on a numbered line, or ends its list with 等.
 */
import type { SegLine } from '../segment/segment';

/** What stands before a closing bracket where an item's own words end: a semicolon or a list's comma. */
const ITEM_END = /[；;，,、：:][ \t]{0,2}[（(][^（()）]{1,40}[）)][ \t]{0,2}$/;
/** A list of things ending "等" ("(饮用水、拖布、纸巾等)"): names are not listed so. */
const LIST_OF_THINGS = /[、，,][^（()）、，,]{1,8}等[ \t]{0,2}[）)][ \t]{0,2}$/;

export function itemAside(line: SegLine): boolean {
  const t = line.text.trim();
  if (!/[）)]$/.test(t)) return false;
  return ITEM_END.test(t) || LIST_OF_THINGS.test(t) || (!!line.num && !/[。！？!?][ \t]{0,2}[（(][^（()）]{1,40}[）)]$/.test(t));
}
