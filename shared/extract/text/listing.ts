/**
 * A document site's listing and metadata lines above the document it serves: the search snippet
 * ("masindi district … 24th... · 2017-09-27 · 2 august..."), the upload line ("Post on 23-Aug-2020",
 * "Upload: others"), counters ("10 views", "0 download"), a hosting site's file particulars
 * ("资源ID：2847 页数：3页", "Views: 1,234"), its buttons and page counters ("立即下载", "Transcription",
 * "第1页 / 共3页"). They carry the upload's date and a truncated copy of the title, never the
 * record's own: furniture, not header.
 */
import { alt } from '../lexicon/build';
import { ZH_DOC_SITE } from '../lexicon/zh';
import { EN_DOC_SITE } from '../lexicon/en';

/** "· 2017-09-27 ·": a date between dot separators, as a listing prints it. */
const DOTTED_DATE = /(?:^|\s)[·•]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}-[A-Za-z]{3}-\d{4})\s*(?:[·•]|$)/;
const DOT_SEP = /\s[·•]\s/g;
/** A snippet cut short: "…" or "..." inside or at the end of the line. */
const TRUNCATED = /…|\.{3}/;
/** A file's particulars, each a label over a short value: "资源ID：28473615  页数：3页  浏览：1268次". */
const ZH_PARTICULAR = `${alt(ZH_DOC_SITE.particulars)}\\s*[：:]\\s*[^\\s：:，。；]{1,20}`;
/** A count with its unit: "3页", "1268次浏览", "56次下载". */
const ZH_COUNT = '\\d[\\d,]*\\s*(?:页|(?:次|人)?(?:浏览|阅读|下载|收藏))';
const SEP = '[\\s|｜/／·•，,]*';
/** The site's own particulars, as short lines of their own. */
const SITE_META = [
  /^(?:upload(?:ed)?(?:\s+by)?|post(?:ed)?\s+on|category|file\s+size|report\s+this\s+(?:link|document))\s*[:：]?\s*[\w\s,./-]{0,30}$/i,
  /^\d[\d,.]*\s*(?:views?|downloads?|pages?|likes?|comments?|reads?)$/i,
  /^(?:transcript|embed|download(?:\s+pdf)?|report|view more)$/i,
  new RegExp(`^(?:${ZH_PARTICULAR}${SEP})+$`),
  new RegExp(`^(?:${alt(ZH_DOC_SITE.buttons)}${SEP}|[【\\[]${alt(ZH_DOC_SITE.buttons)}[】\\]]${SEP})+$`),
  new RegExp(`^(?:${ZH_COUNT}${SEP})+$`),
  /^第\s*\d{1,4}\s*页\s*[/／,，]?\s*共\s*\d{1,4}\s*页$|^共\s*\d{1,4}\s*页$/,
  /^page\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}$/i,
  new RegExp(`^(?:${alt(EN_DOC_SITE.counters)})\\s*[:：]?\\s*\\d[\\d,./-]*$`, 'i'),
  new RegExp(`^(?:${alt(EN_DOC_SITE.buttons)}${SEP})+$`, 'i'),
];

export function isListingLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  if (SITE_META.some((re) => re.test(t))) return true;
  const seps = (t.match(DOT_SEP) ?? []).length;
  return seps >= 2 && DOTTED_DATE.test(t) && TRUNCATED.test(t);
}
