/**
 * A sub-item's number opening a clause ("（二）各乡镇要…", "2.县人社局配合…", "②由…"): no part of the
 * one who acts. A decision holding its sub-items runs them into its text, so a clause may start so.
 */
const ITEM_MARK = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、)）](?!\d)|[①-⑳])[ \u3000]?/;

/** The clause without a sub-item number before it. */
export function withoutItemMark(clause: string): string {
  return clause.replace(ITEM_MARK, '');
}
