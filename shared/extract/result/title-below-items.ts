/**
 * A "minutes" line read as the title that stands below items of business ("Call to Order" / "Approval of Minutes" /
 * "Minutes from March 18, 2020 meeting"): an agenda's item naming the minutes it will take, not the page's title.
 * A record's title heads its page, above the items it records.
 */
import type { Segmented } from '../segment/segment';

/** An item of business as an agenda or a record lists it, alone on its line. */
const ITEM_OF_BUSINESS = /^(?:[\dIVXivx]{1,4}[.)]?\s+|[A-Za-z][.)]\s+|[-•*▪·]\s*)?(?:call(?:ed)?\s+(?:the\s+)?(?:meeting\s+)?to\s+order|roll\s+call(?:\s+of\s+[\w\s]{0,30})?|pledge\s+of\s+allegiance|approval\s+of\s+(?:the\s+)?(?:agenda|minutes)|apologies(?:\s+for\s+absence)?|welcome(?:\s+and\s+introductions?)?|opening\s+prayer|invocation)\s*(?:\(.{0,40}\))?\s*$/i;

/** Whether the title's line stands below an item of business among the page's own lines. */
export function titleBelowItems(seg: Segmented, title: string): boolean {
  const own = seg.lines.filter((l) => l.kind !== 'chrome');
  const at = own.findIndex((l) => l.text.includes(title));
  if (at <= 0) return false;
  return own.slice(0, at).some((l) => ITEM_OF_BUSINESS.test(l.text.trim()));
}
