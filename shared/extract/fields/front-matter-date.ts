/**
 * A static site's front matter stamps the post with the clock time it was written or published
 * ("date: 2012-11-27 16:25:37+00:00", 'date = "2018-12-29T13:10:52-05:00"', "date: '2016-03-20 16:20:01 +0100'").
 * That is the meeting's day only where the note was posted on it (an event page keyed to its start
 * time); minutes are often posted weeks later. So the record's own text decides: a date it prints for
 * the meeting a little before the stamp ("Meeting called to order … August 16, 2022", "When: Thursday,
 * 6th September") is the meeting's; with none, or one after the stamp, the stamp is.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';

/** A front matter's date key with a time of day after the date: a post's stamp. */
const STAMP = /^\s*date\s{0,3}[:=]\s{0,3}['"]?((?:19|20)\d{2})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}/;
/** The same key capitalised, as Pelican's metadata prints it ("Date: 2010-12-03 10:20"): a stamp beside the post's other keys only. */
const STAMP_CAPS = new RegExp(STAMP.source, 'i');
const POST_KEY = /^\s*(?:title|modified|authors?|slug|tags|category|summary|save_as|layout)\s{0,3}:/i;

/** How long after a meeting its minutes may be posted: a date earlier than the stamp by more is some other day. */
const MAX_DAYS_BEFORE = 183;

export interface Stamp {
  /** The line's index. */
  i: number;
  iso: string;
  start: number;
  end: number;
}

/** The front matter's date stamp among the first lines, if the page has one. */
export function frontMatterStamp(seg: Segmented): Stamp | null {
  const keyed = seg.lines.slice(0, 12).filter((l) => POST_KEY.test(l.text)).length >= 2;
  for (const l of seg.lines.slice(0, 30)) {
    const m = STAMP.exec(l.text) ?? (keyed ? STAMP_CAPS.exec(l.text) : null);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const from = l.text.indexOf(iso);
    return { i: l.i, iso, start: l.start + from, end: l.start + from + iso.length };
  }
  return null;
}

/** The page read without its stamp line, so the record's own date is found. */
export function withoutFrontStamp(seg: Segmented, stamp: Stamp): Segmented {
  return { ...seg, lines: seg.lines.map((l) => (l.i === stamp.i ? { ...l, kind: 'meta', label: null } : l)) };
}

const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The meeting's date: the record's own (`found`, read without the stamp) when it falls a little before the stamp, or after it when surely read; else the stamp. */
export function stampOrRecord(stamp: Stamp, found: Hit<string> | null): Hit<string> {
  const posted: Hit<string> = { value: stamp.iso, start: stamp.start, end: stamp.end, confidence: 0.8 };
  if (!found) return posted;
  // A date printed without its year ("18th-20th March", "Thursday, 6th September") takes the stamp's when it falls before it that year.
  const value = found.value.startsWith('XXXX') ? stamp.iso.slice(0, 4) + found.value.slice(4) : found.value;
  const before = days(value, stamp.iso);
  // A record is posted after its meeting: a stamp before the date its own title or label gives is a migrated
  // site's ("Date: 2010-12-03" over "Board Meeting 2014-01-23 Minutes"), not the meeting's.
  if (before < 0 && found.confidence >= 0.85) return { ...found, value, confidence: Math.min(found.confidence, 0.75) };
  if (!(before > 0 && before <= MAX_DAYS_BEFORE)) return posted;
  return { ...found, value, confidence: Math.min(found.confidence, 0.75) };
}
