/**
 * A document site's listing and metadata lines above the document it serves: the search snippet
 * ("masindi district … 24th... · 2017-09-27 · 2 august..."), the upload line ("Post on 23-Aug-2020",
 * "Upload: others"), counters ("10 views", "0 download"). They carry the upload's date and a
 * truncated copy of the title, never the record's own: furniture, not header.
 */

/** "· 2017-09-27 ·": a date between dot separators, as a listing prints it. */
const DOTTED_DATE = /(?:^|\s)[·•]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}-[A-Za-z]{3}-\d{4})\s*(?:[·•]|$)/;
const DOT_SEP = /\s[·•]\s/g;
/** A snippet cut short: "…" or "..." inside or at the end of the line. */
const TRUNCATED = /…|\.{3}/;
/** The site's own particulars, as short lines of their own. */
const SITE_META = [
  /^(?:upload(?:ed)?(?:\s+by)?|post(?:ed)?\s+on|category|file\s+size|report\s+this\s+(?:link|document))\s*[:：]?\s*[\w\s,./-]{0,30}$/i,
  /^\d[\d,.]*\s*(?:views?|downloads?|pages?|likes?|comments?|reads?)$/i,
  /^(?:transcript|embed|download(?:\s+pdf)?|report|view more)$/i,
];

export function isListingLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  if (SITE_META.some((re) => re.test(t))) return true;
  const seps = (t.match(DOT_SEP) ?? []).length;
  return seps >= 2 && DOTTED_DATE.test(t) && TRUNCATED.test(t);
}
