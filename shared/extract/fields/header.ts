/** The header fields: title, document number, issuer and the meeting date. */
import { fieldLineTitle } from './title-field-line';
import type { Segmented, SegLine } from '../segment/segment';
import { PRINT_LINE } from '../segment/segment';
import { TITLE_MARK_EN, TITLE_MARK_ZH, SITE_LABEL } from '../segment/markers';
import { announcementIssuer, announcementTitle, selfNamedCompany } from './title-announcement';
import { registerNumber } from './register-number';
import { nameCore, namedByTail } from './org-name-tail';
import { withoutImageAlt } from './title-image-alt';
import { findDates, findYear, lostMonthDate, rocTimeDates, type FoundDate } from './dates';
import { ZH_ORG_END } from './units';
import { wrappedDate } from './date-wrap';
import { noticeSent } from './notice-sent';
import { nameAbove } from './issuer-wrap';
import { recorderDateZh } from './recorder-date-zh';
import { placeHeadingBody, widerPlaceStart } from './issuer-place';
import { enTitleBody } from './title-body';
import { bodyAboveMeeting } from './body-above-meeting';
import { midLineHeading } from './title-mid-line';
import { lineOpeningHeading } from './title-line-opening';
import { titleOverMinutesHeading } from './title-over-minutes-heading';
import { stampAt, withoutStamp } from './title-stamp';
import { heldHeadingLine } from './title-held-line';
import { aboutRecord } from './title-about-record';
import { minutesMentioned, namesOtherMeeting } from './title-other-meeting';
import { meetingOverSeries } from './title-series';
import { specificOverGeneric } from './title-generic';
import { compactLabelDate } from './compact-date';
import { headingDate } from './heading-date';
import { frontMatterStamp, stampOrRecord, withoutFrontStamp } from './front-matter-date';
import { alt, escapeWord } from '../lexicon/build';
import { EN_BOARD_MEMBERS, EN_HEADING_CHROME, EN_MONTHS, EN_LABELS, EN_NUMBERED_UNITS, EN_ORG_ENDS, EN_ORG_HEADS, EN_PLACE_KINDS, EN_PROCEDURE_LINES, EN_SHARE_CAPTIONS, EN_SITTING_KINDS, EN_SOCIETY_ENDS } from '../lexicon/en';
import { ZH_LABELS, ZH_LETTERHEAD_SUFFIXES, ZH_SITE_GREETINGS, ZH_TITLE_BODY_ENDS, ZH_TITLE_MARKS } from '../lexicon/zh';
import { BULLET, HASHES, STRONG } from '../text/markup';
import { PORTAL_BAR } from '../linearize/portal-bar';

const EN_NAME_WORDS = "[A-Z][\\w'’.&-]*(?:\\s+(?:[A-Z][\\w'’.&-]*|&|and|of|the|on))*";
const EN_ORG_LINE = new RegExp(`^${EN_NAME_WORDS}\\s+${alt(EN_ORG_ENDS)}$`);
// …a club's or a society's, or a branch known by its number: "Harrogate Male Voice Choir", "The Royal Canadian Legion Branch 110".
const EN_SOCIETY_LINE = new RegExp(`^${EN_NAME_WORDS}\\s+(?:${alt(EN_SOCIETY_ENDS)}|${alt(EN_NUMBERED_UNITS)}\\s+(?:No\\.?\\s*)?\\d+)$`);
const EN_PLACE_LINE = new RegExp(`^(?:The\\s+)?${alt(EN_PLACE_KINDS)}\\s+of\\s+[A-Z][\\w'’.-]*(?:[\\s-]+[A-Z][\\w'’.-]*){0,3}(?:,\\s*[A-Z]{2})?$`);
// …its place named by its kind after it: "The Housing Authority of the City of Roanoke".
const EN_HEAD_LINE = new RegExp(`^(?:The\\s+)?(?:[A-Z][\\w'’.&-]*\\s+){0,4}${alt(EN_ORG_HEADS)}\\s+of\\s+(?:the\\s+)?(?:${alt(EN_PLACE_KINDS)}\\s+of\\s+)?[A-Z][\\w'’.-]*(?:[\\s-]+[A-Z][\\w'’.-]*){0,4}$`);
// …or by its members, two words of its own at least before them: "Maldon Harbour Improvement Commissioners"
// ("Deputy Commissioners" are posts, not a body).
const EN_MEMBERS_LINE = new RegExp(`^(?!(?:Deputy|Assistant|Associate|Acting|County|District|Regional|Special)\\s)[A-Z][\\w'’.&-]*(?:\\s+(?:[A-Z][\\w'’.&-]*|&|and|of|the|on)){1,5}\\s+${alt(EN_BOARD_MEMBERS)}$`);
const EN_SMALL_WORD = /^(?:of|the|and|on|for|in|at|to)$/i;

/** A line in capitals read as a name in ordinary case ("BRANDON TOWN COUNCIL" → "Brandon Town Council"), to test its form. */
function ordinaryCase(t: string): string {
  if (/\p{Ll}/u.test(t) || !/\p{Lu}{3}/u.test(t)) return t;
  return t
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && EN_SMALL_WORD.test(w) ? w.toLowerCase() : w.replace(/\p{Lu}+/gu, (x) => x[0] + x.slice(1).toLowerCase())))
    .join('');
}

/** Whether a header line is only a body's name: "Broomhaugh & Riding Parish Council", "TOWN OF X", "University of Y". */
function isEnOrgLine(t: string, tails = false): boolean {
  const o = ordinaryCase(t);
  // "… Technological University, Lonere": the body, then its town.
  const bare = o.replace(/,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:,\s*[A-Z]{2})?$/, '');
  // In the header, a tail that is no word of the name (its legal form, acronym, number: ./org-name-tail.ts).
  const core = tails ? nameCore(o) : null;
  return [o, bare, ...(core ? [core] : [])].some((x) => EN_ORG_LINE.test(x) || EN_SOCIETY_LINE.test(x) || EN_PLACE_LINE.test(x) || EN_HEAD_LINE.test(x) || EN_MEMBERS_LINE.test(x)) || (tails && namedByTail(t));
}

/**
 * The top of an English record, where the body's name is printed: the first lines up to the first
 * attendance label, numbered item or sentence, even where the body is found to start earlier.
 */
const BODY_OPENED_EN = /\bcalled\s+(?:the\s+meeting\s+)?to\s+order\b|\bquorum\s+(?:was|is|being)\b|\bopened\s+the\s+meeting\b/i;

function enHeadLines(seg: Segmented): SegLine[] {
  const out: SegLine[] = [];
  for (const l of seg.lines.slice(0, reach(seg, 15))) {
    // A telephone number in a letterhead ("519-887-6137") is no numbered item.
    if (l.num && /^\+?[\d\s().-]{7,}$/.test(l.text.trim())) continue;
    if (l.num || (l.kind === 'label' && l.label?.kind === 'attendance') || l.text.length > 120) break;
    // The meeting opened, in the record's words ("Meeting called to order at 6:41 p.m."): the body has begun.
    if (BODY_OPENED_EN.test(l.text)) break;
    if (l.kind !== 'chrome' && l.kind !== 'meta') out.push(l);
  }
  return out;
}

/**
 * Where the first `n` lines of the document stand, a site's furniture (menus, a breadcrumb, a page's
 * particulars) not counted: the header's reach is the same on a bare text and on the page that wraps it.
 */
export function reach(seg: Segmented, n: number): number {
  let kept = 0;
  for (const l of seg.lines) {
    if (l.kind !== 'chrome' && l.kind !== 'meta' && ++kept > n) return l.i;
  }
  return seg.lines.length;
}

/** A line left hanging on a word that cannot end a heading. */
const EN_HANGING_END = /\b(?:of|the|at|held|on|and|to|in|for|from|a|an|by)$/i;

export interface Hit<T> {
  value: T;
  /** A title whose first line is the body's name printed above it ("XX县议会" / "第12届第3次会议纪录"). */
  headedByBody?: boolean;
  /** Offset range in the document text. */
  start: number;
  end: number;
  confidence: number;
}

const at = <T>(value: T, line: SegLine, from: number, len: number, confidence: number): Hit<T> => ({
  value,
  start: line.start + from,
  end: line.start + from + len,
  confidence,
});

/** An English body's name ends with what it is: "Melton Parish Council", "Finance Committee". */
const EN_BODY_END = /\b(?:Council|Committee|Association|Board|Trust|Society|Authority|Commission|Group|Forum|Partnership|Company|Foundation|Consortium|Assembly|Cabinet|Panel|Bureau|Department|Office)$/i;

/** Last words that close a body's name in a title's "meeting of …", beyond EN_BODY_END's. */
const EN_MEETING_BODY_END = /\b(?:District|Municipality|Club|Union|Corporation|Institute|College|University|Co-?operative|No\. \d+)$/i;

/** Words that name a kind of body, not one body: "Village Liaison Committee", "Parish Council". */
const EN_GENERIC_BODY_WORD = /^(?:council|committee|board|fire|village|town|parish|city|county|district|shire|liaison|special|regular|ordinary|annual|general|local|municipal|full|joint|sub-committee|management|executive|steering|finance|planning|advisory|working|group|community|residents?'?s?|association|meeting|parents?|school|students?|staff|governing|academic|national|the|of|and|&)$/i;
const GENERIC = /\b(?:minutes|notes|of|the|a|meeting|from|held)\b|会议|纪要|紀要|會議|记录|記錄/gi;

function headerRange(seg: Segmented): SegLine[] {
  const limit = Math.min(seg.lines.length, Math.max(seg.bodyStart, 0), reach(seg, 15));
  return seg.lines.slice(0, limit).filter((l) => l.kind !== 'chrome' && l.kind !== 'meta');
}

function hasTitleMark(t: string): boolean {
  return TITLE_MARK_ZH.test(t) || TITLE_MARK_EN.test(t);
}

/** The document's own title line: the most specific header line carrying a minutes marker. */
/** A page number, or the number of the first item, run on after an English heading ("… AT 14:00 1", "… ABUJA. 1.0"). */
const EN_RUN_ON_NUMBER = /^(.{30,}?\S)\s+\d{1,2}(?:\.\d{0,2})?$/;
/** Words after which a number belongs to the heading ("Meeting No. 1", "Part 2"). */
const EN_NUMBERED_WORD = /(?:\b(?:no|nos|number|meeting|session|part|item|page|vol|volume|issue|phase|round|term|year|group|team|ward|district|unit|cttee|committee|board|council)|#|№)\.?$/i;

/** A records portal's address bar and the file's name cut short before the text ("HomeMy WebLinkAbout4/11/06 . . . "). */
const EN_PORTAL_LEAD = new RegExp(`^\\s*(?:${alt(EN_HEADING_CHROME)})\\s*(?:\\S{1,40}\\s*(?:\\.\\s?){3}\\s*)?`, 'i');
/** The record's first item run on after its heading ("… Regular Meeting April 11, 2006 1. Call to Order …", "… Boardroom 1/ Welcome", "… 2000 I. CALL TO ORDER"). */
const EN_FIRST_ITEM = /\s+(?:1|I)\s?[./)]\s+(?=\p{Lu})/u;

/** A particulars label with its colon, run on inside a heading's line: " Date:", " Date and Time:", " Date of meeting:", " Venue:". */
const EN_RUN_ON_FIELD = /\s+[-–—|]?\s*(?:Date(?:\s(?:and|&)\sTime|\sof\s(?:the\s)?[Mm]eeting)?|Time|Place|Location|Venue|DATE|TIME|PLACE|LOCATION|VENUE)\s?:/;

/** A heading with the page's text run on before or after it: the heading alone, and where it starts. */
function cutEnRunOn(text: string): { value: string; at: number } | null {
  const lead = EN_PORTAL_LEAD.exec(text)?.[0].length ?? 0;
  let value = text.slice(lead);
  // The meeting's own name opening the line, the record run on after it ("Planning Commission Minutes The City of …").
  const opening = lineOpeningHeading(value);
  if (opening) value = opening.text;
  const item = EN_FIRST_ITEM.exec(value);
  if (item && hasTitleMark(value.slice(0, item.index)) && item.index >= 15) value = value.slice(0, item.index);
  // The roll's label run on after the heading ("… IN DAR ES SALAAM PRESENT. See attached list").
  const roll = EN_CAPS_LABEL.exec(value);
  if (roll && roll.index >= 30 && hasTitleMark(value.slice(0, roll.index)) && /\p{Ll}/u.test(value.slice(roll.index))) value = value.slice(0, roll.index);
  // The particulars' first label run on after the heading ("… General Meeting Minutes Date and Time: 02 May 2019, 7.00pm
  // Venue: …", "… Council Minutes January 13th, 2020 Place: …"): the particulars are the record's, not its title's.
  const field = EN_RUN_ON_FIELD.exec(value);
  if (field && field.index >= 8 && hasTitleMark(value.slice(0, field.index))) value = value.slice(0, field.index);
  // A sentence run on after the heading's date ("… 18th November 2015 List of attendees and apologies on file.").
  const date = findDates(value).pop();
  const after = date ? value.slice(date.index + date.length) : '';
  if (date && hasTitleMark(value.slice(0, date.index)) && /^\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){2,}.*[.!]$/u.test(after)) value = value.slice(0, date.index + date.length);
  value = value.trim();
  return value !== text && value.length >= 8 ? { value, at: text.indexOf(value, lead) } : null;
}

/**
 * An English title line as a PDF or a page's columns print it, trimmed to the heading: the column that
 * holds the minutes mark when the others are only a date ("Ordinary Council Meeting Minutes      23 July
 * 2020"), and a number run on after it; either is a reading, below the confident level.
 */
/** A page's buttons run onto the heading's line ("… Minutes 1-6-10 Print E-mail"): the buttons go. */
const EN_TRAILING_BUTTONS = /(?:\s+(?:Print|E-?mail|Email|Share|Tweet|PDF|Download))+\s*$/;
/** A scan's file name before the heading ("20103047.tiff RECORD OF PROCEEDINGS"): the name goes. */
const EN_LEADING_FILE = /^\S{1,60}\.(?:tiff?|pdf|jpe?g|png|docx?)\s+(?=\S)/i;

/** Field labels closing a heading line, set off only by spaces or dashes: " DATE", " DATE – TIME – LOCATION". */
const EN_TRAILING_FIELD_LABELS = /(?:\s+[-–—]?\s*(?:DATE|TIME|LOCATION|PLACE|VENUE|Date|Time|Location|Place|Venue))+\s*[-–—:]?\s*$/;

function trimEnTitle(t: Hit<string>): Hit<string> {
  const buttons = EN_TRAILING_BUTTONS.exec(t.value);
  if (buttons && buttons.index >= 8) t = { ...t, value: t.value.slice(0, buttons.index), end: t.start + buttons.index, confidence: Math.min(t.confidence, 0.8) };
  const file = EN_LEADING_FILE.exec(t.value);
  if (file && t.value.length - file[0].length >= 8) t = { ...t, value: t.value.slice(file[0].length), start: t.start + file[0].length, confidence: Math.min(t.confidence, 0.8) };
  const cut = cutEnRunOn(t.value);
  if (cut) t = { ...t, value: cut.value, start: t.start + cut.at, end: t.start + cut.at + cut.value.length, confidence: Math.min(t.confidence, 0.7) };
  let { value, confidence } = t;
  let end = t.end;
  // A records portal's file name run into the document's text with no space ("… Council Meeting MinutesTownship of …"):
  // the name, up to where the text runs on.
  const joined = /^(.{5,120}?\b(?:Minutes|MINUTES))(?=\p{Lu}\p{Ll}|\p{Lu}{2,}\s)/u.exec(value);
  if (joined && value.length > joined[1].length + 20) return { ...t, value: joined[1], end: t.start + joined[1].length, confidence: Math.min(confidence, 0.6) };
  const cols = value.split(/\s{3,}/);
  if (cols.length > 1) {
    const marked = cols.filter((c) => hasTitleMark(c));
    const others = cols.filter((c) => !hasTitleMark(c));
    if (marked.length === 1 && others.every((c) => enDateLine(c) || /^(?:page\s+)?\d{1,3}$/i.test(c.trim()))) {
      const at = value.indexOf(marked[0]);
      value = marked[0].trim();
      return { value, start: t.start + at, end: t.start + at + value.length, confidence: Math.min(confidence, 0.8) };
    }
  }
  // A letterhead in capitals run onto a heading in mixed case ("THE UNIVERSITY OF WARWICK Minutes of the meeting of …"):
  // the heading opens at its own "Minutes".
  const head = /^(?=[^a-z]{8,80}\s(?:Minutes|Notes|Record)\s+of\s+\p{Ll})[A-Z][^a-z]*?\s(?=(?:Minutes|Notes|Record)\s+of\s)/u.exec(value);
  if (head && /[A-Z]{2,}\s+[A-Z]{2,}/.test(head[0])) {
    value = value.slice(head[0].length);
    t = { ...t, start: t.start + head[0].length };
    confidence = Math.min(confidence, 0.75);
  }
  // A form's field labels run onto the heading from the table beside it ("PUBLIC ARTS COMMITTEE MINUTES DATE",
  // "… RECORD OF PROCEEDINGS DATE – TIME – LOCATION"): the labels head cells, not the record.
  const labels = EN_TRAILING_FIELD_LABELS.exec(value);
  if (labels && labels.index >= 12 && /\b(?:minutes|proceedings|meeting)$/i.test(value.slice(0, labels.index).trim())) {
    value = value.slice(0, labels.index).trim();
    end = t.start + value.length;
    confidence = Math.min(confidence, 0.75);
  }
  const run = EN_RUN_ON_NUMBER.exec(value);
  if (run && !EN_NUMBERED_WORD.test(run[1]) && (/[.)]$/.test(run[1]) || !/\p{Ll}/u.test(run[1]) || /\b(?:19|20)\d{2}$/.test(run[1]))) {
    value = run[1];
    end = t.start + value.length;
    confidence = Math.min(confidence, 0.75);
  }
  return { ...t, value, end, confidence };
}

/**
 * A file-sharing page's furniture that quotes the document's name: a search result cut short ("MINUTES OF THE
 * MEETING OF … - Amazon Web Services€¦ · …"), a share button's caption ('Share "…"', 'Membagikan "…"').
 */
const EN_SHARED_FILE_CHROME = new RegExp(`(?:\\.{3}|…|€¦)\\s*(?:[-–—·|]|$)|^(?:${alt(EN_SHARE_CAPTIONS)})\\s+["“]`, 'i');

/** A sentence that records the meeting, not a heading: "… Meeting that took place on …", "… was held at …". */
const EN_RECORD_SENTENCE = /\b(?:that|which)\s+took\s+place\b|\b(?:was|were)\s+(?:held|convened)\b/i;

/** A line that tells what the page holds rather than heading it: "Committee minutes from the Resident's Association". */
const EN_DESCRIBES_MINUTES = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}?[\p{L}'’-]*){0,3}\s+minutes\s+(?:from|for|of)\s+(?:the|our|a)\b/u;

export function findTitle(seg: Segmented, hint?: string | null): Hit<string> | null {
  // A listed company's announcement under a finance portal's headline: its own title after its code line.
  const own = announcementTitle(seg);
  if (own) return own;
  const found = fieldLineTitle(withoutStamp(keyedTitle(unmarked(meetingOverSeries(seg, specificOverGeneric(seg, withoutImageAlt(findTitleAsPrinted(seg, hint) ?? heldHeadingLine(seg) ?? midLineTitle(seg) ?? headingOverMinutes(seg)), hint))))), seg.lang);
  // A line opening in lower case after one that runs on ("… approve the" / "minutes of the October 16, 2007 meeting …")
  // is a sentence wrapped onto it, not a heading.
  if (found && seg.lang === 'en' && wrappedOnto(seg, found)) return null;
  // A line in the first person ("We have just held our 4th AGM and the minutes have been posted …") is a letter's sentence.
  if (found && seg.lang === 'en' && FIRST_PERSON_EN.test(found.value)) return null;
  return found && seg.lang === 'en' ? besidePortalName(seg, trimEnTitle(found)) : withoutPageNumber(found);
}

/**
 * A heading read below a records portal's name for the file (linearize/portal-bar.ts): the name's line may hold
 * the heading's first words run on after it ("…About01-26-1999 Minutes POUCE CITIZENS REVIEW BOARD" / "MINUTES -
 * January 19, 1999"), so the heading is a reading to check.
 */
function besidePortalName(seg: Segmented, t: Hit<string>): Hit<string> {
  const bar = seg.lines.slice(0, reach(seg, 3)).find((l) => PORTAL_BAR.test(l.text));
  return bar && t.start >= bar.end ? { ...t, confidence: Math.min(t.confidence, 0.8) } : t;
}

/** The writer speaking: "we have", "I would": a heading never does. */
const FIRST_PERSON_EN = /\b(?:[Ww]e|I)\s+(?:have|had|are|were|will|would|shall|held|met|agreed|decided|hope|wish|want|need|can|could)\b/;

function wrappedOnto(seg: Segmented, t: Hit<string>): boolean {
  if (!/^\p{Ll}/u.test(t.value)) return false;
  const k = seg.lines.findIndex((l) => l.start <= t.start && t.start < l.end);
  const before = k > 0 ? seg.lines[k - 1].text : '';
  return k > 0 && seg.lines[k].start === t.start && !seg.lines[k].gapBefore && before.length >= 30 && /\p{L}$/u.test(before);
}

/** The weakest reading, where nothing else heads the page: a heading inside a PDF's run-together line (./title-mid-line.ts). */
function midLineTitle(seg: Segmented): Hit<string> | null {
  if (seg.lang !== 'en') return null;
  for (const l of seg.lines.slice(0, reach(seg, 8))) {
    const mid = l.text.length > 200 ? midLineHeading(l.text) : null;
    if (mid && !minutesMentioned(mid.text) && !namesOtherMeeting(mid.text)) return at(mid.text, l, mid.at, mid.text.length, 0.5);
  }
  return null;
}

/** A notes page's heading naming the meeting over a bare "## Minutes" heading (./title-over-minutes-heading.ts). */
function headingOverMinutes(seg: Segmented): Hit<string> | null {
  const t = titleOverMinutesHeading(seg);
  return t ? at(t.value, seg.lines[t.line], t.at, t.value.length, 0.7) : null;
}

/** A page number a PDF's text left before a Chinese title ("1 高雄市立…會議紀錄"): not the title's. */
function withoutPageNumber(t: Hit<string> | null): Hit<string> | null {
  const m = t ? /^\d{1,3}\s+(?=[\u3400-\u9fff])/.exec(t.value) : null;
  return t && m ? { ...t, value: t.value.slice(m[0].length), start: t.start + m[0].length } : t;
}

/** A note's markup around a heading: "# ", "## ", a bullet "- " or "* ", bold "**…**". */
const MARKUP_BEFORE = new RegExp(`^(?:${HASHES}|${BULLET})\\s+${STRONG}?|^${STRONG}(?=\\S)`);
const MARKUP_AFTER = new RegExp(`(?<=\\S)${STRONG}\\s*$|\\s+${HASHES}\\s*$`);

/** The title without the markup of a note page saved as text ("# Board Meeting - 5 May 2020"): the words a clerk files. */
export function unmarked(t: Hit<string> | null): Hit<string> | null {
  if (!t) return t;
  const lead = MARKUP_BEFORE.exec(t.value)?.[0].length ?? 0;
  const rest = t.value.slice(lead);
  const value = rest.replace(MARKUP_AFTER, '');
  if (!lead && value === rest) return t;
  return value.trim() ? { ...t, value, start: t.start + lead, end: t.start + lead + value.length } : t;
}

/** A note page's front matter names its title by a key ("title: 111學年度 第04次 會議紀錄"): the value, not the key. */
function keyedTitle(t: Hit<string> | null): Hit<string> | null {
  // TOML front matter quotes it instead ('title = "August 2022 Business Meeting Minutes"'); a letter sending
  // the minutes keys it as its subject ("Subject:- Minutes of 30th Annual General Meeting").
  const m = t ? /^((?:title|subject|sub)\s*[:：][-–]?\s*"?|title\s?=\s?")([^"]+?|\S.*?)"?$/i.exec(t.value) : null;
  if (!t || !m) return t;
  return { ...t, value: m[2], start: t.start + m[1].length, end: t.start + m[1].length + m[2].length, confidence: Math.min(t.confidence, 0.8) };
}

function findTitleAsPrinted(seg: Segmented, hint?: string | null): Hit<string> | null {
  const found = findMarkedTitle(seg);
  // A file's name is the title only where the page prints no heading of its own.
  const fileName = found && FILE_NAME.test(found.value) ? found : null;
  return titleOrHeading(seg, fileName ? null : found, hint) ?? fileName;
}

function titleOrHeading(seg: Segmented, marked: Hit<string> | null, hint?: string | null): Hit<string> | null {
  const h = hint?.replace(/\s+/g, ' ').trim();
  if (marked && h && h !== marked.value && hasTitleMark(h) && !SITE_LABEL.test(h) && h.length <= 120) {
    // The page's own headline names minutes too, and the line found in the text only tells what the page
    // holds: the headline is the title. Where both are headings, which one a clerk files it under is a guess.
    if (seg.lang === 'en' && EN_DESCRIBES_MINUTES.test(marked.value)) return { value: h, start: 0, end: 0, confidence: 0.7 };
    return { ...marked, confidence: Math.min(marked.confidence, 0.8) };
  }
  if (marked && seg.lang === 'en' && EN_DESCRIBES_MINUTES.test(marked.value)) {
    // A line that tells what the page holds, over the record's own heading naming the meeting: the heading.
    const line = seg.lines.find((l) => l.start <= marked.start && marked.start < l.end + 1);
    const next = line ? seg.lines[line.i + 1] : undefined;
    if (next && next.kind === 'text' && !next.num && next.text.length <= 100 && /\bmeeting\b/i.test(next.text) && !/[.:;,]$/.test(next.text)) return at(next.text, next, 0, next.text.length, 0.7);
    return { ...marked, confidence: Math.min(marked.confidence, 0.7) };
  }
  if (marked) return marked;
  // The page's own headline (an <h1> above the content) when the text prints no minutes title.
  if (h && h.length >= 4 && h.length <= 120 && !SITE_LABEL.test(h)) {
    const line = seg.lines.find((l) => l.text === h);
    return line ? at(h, line, 0, h.length, 0.6) : { value: h, start: 0, end: 0, confidence: 0.5 };
  }
  // English: the first header line naming a meeting ("Governing Board Conference Call -- 7:00am PST").
  if (seg.lang === 'en') {
    // A word of a site's menu left above it ("Services") does not hide a line naming the meeting: the first of
    // the top three lines that does; a body's name alone ("Board of Directors") heads only from the first line.
    // Not a sentence broken off mid-way ("The Regular Meeting of the Board of Education held at the"), nor,
    // below the first line, a label ("Council Members:").
    const texts = headerRange(seg).filter((l) => l.kind === 'text' && !l.num);
    const top = texts.slice(0, 3).filter((l) => l.text.length <= 100 && !EN_HANGING_END.test(l.text) && (l === texts[0] || !/[.:;,]$/.test(l.text)) && !namesOtherMeeting(l.text));
    const first = top.find((l) => /\b(?:meeting|call|conference|session)\b/i.test(l.text)) ?? (top[0] === texts[0] && /\b(?:committee|board|council|assembly)\b/i.test(top[0]?.text ?? '') ? top[0] : undefined);
    if (first) return at(first.text, first, 0, first.text.length, 0.5);
    // A heading naming the meeting over a line that is only its date, below a letterhead the header did not
    // reach ("BOARD OF DIRECTORS MEETING" / "February 27, 2018 at 5:30 PM").
    for (const l of seg.lines.slice(0, Math.min(seg.tailStart, 40))) {
      const next = seg.lines[l.i + 1];
      if (l.kind !== 'text' || l.num || l.text.length > 80 || !/\b(?:meeting|session)\b/i.test(l.text) || /[.:;,]$/.test(l.text) || EN_HANGING_END.test(l.text)) continue;
      if (next && (next.kind === 'text' || next.kind === 'date') && enDateLine(next.text)) return at(l.text, l, 0, l.text.length, 0.5);
    }
  }
  // Chinese: a header line naming the numbered meeting the record is of, without a minutes mark
  // ("台北市政府第2122次市政会议", "第375次主管会报", "区政府召开第3次常务会议 魏建根主持").
  if (seg.lang === 'zh') {
    const named = headerRange(seg).find((l) => l.kind === 'text' && !l.num && l.text.trim().length <= 40 && ZH_NUMBERED_MEETING.test(l.text.trim()));
    if (named) {
      const t = named.text.trim();
      return at(t, named, named.text.indexOf(t), t.length, 0.6);
    }
  }
  // A disclosure page's metadata title (标题 / 文件名称).
  for (const l of seg.lines.slice(0, 30)) {
    if (l.kind === 'meta' && l.label?.kind === 'title' && l.label.value) return at(l.label.value, l, l.label.valueAt, l.label.value.length, 0.7);
  }
  return null;
}

/**
 * The index of the last line of a note page's front matter, its "---" lines dropped: lowercase keys from the
 * first line on ("title: …" / "description:" / "tags:"), with their list items ("- 會議記錄"); -1 if none.
 */
function frontMatterEnd(seg: Segmented): number {
  const KEY = /^[a-z][a-z_]{1,20}\s?:(?:\s|$)/;
  let end = -1;
  let keys = 0;
  for (const l of seg.lines.slice(0, 30)) {
    const t = l.text.trim();
    if (KEY.test(t)) keys++;
    else if (!(keys && /^-\s+\S/.test(t))) break;
    end = l.i;
  }
  return keys >= 2 ? end : -1;
}

/** A note page's front-matter key other than its title ("description: PTA Meeting minutes for 2024-2025"): about the page, never its heading. */
const FRONT_MATTER_KEY = /^\s*(?:description|summary|excerpt|subtitle|subheadline|teaser|slug|tags|categories|category|keywords|layout|permalink|authors?|aliases|weight|type|original|url|link|source|canonical(?:_url)?|redirect_from)\s?[:=]/i;

/** A heading that names minutes, printed below a site's note that opened the body ("This page was edited …"). */
function lateHeading(seg: Segmented): SegLine[] {
  return seg.lines
    .slice(0, reach(seg, 15))
    .filter(
      (l) =>
        l.kind === 'text' &&
        !l.num &&
        // An agenda's lettered item ("A. December 14, 2010 Regular Meeting Minutes") names minutes to approve.
        !/^\(?[A-Za-z][.)]\s/.test(l.text.trim()) &&
        l.text.length <= 100 &&
        hasTitleMark(l.text) &&
        !/[.:：。!！?"“”]\s*$|^["“]/.test(l.text) &&
        // A sentence about earlier minutes ("The minutes from the October meeting were reviewed and accepted").
        !/\b(?:approv|confirm|adopt|receiv|accept|review|post|previous|last)\w*|\b(?:was|were|is|are|been)\b/i.test(l.text) &&
        !/如下|通过|确认|上次/.test(l.text) &&
        !minutesMentioned(l.text) &&
        // Who took the minutes ("Minutes recorded by: **Michael Kirk**"), here as among the top lines.
        !aboutRecord(l.text) &&
        !LABEL_PAIRS.test(l.text) &&
        !SITE_LABEL.test(l.text.trim()) &&
        // A bare "Minutes" over a section is a heading of the body, not the document's title.
        !/^(?:the\s+)?(?:minutes|notes)$/i.test(l.text.trim()),
    )
    .slice(0, 1);
}

// Only the labels that cannot end a body's name ("BOARD OF TRUSTEES" ends with one of the others).
const EN_CAPS_LABEL = new RegExp(`\\b(?:${[...EN_LABELS.attendance.filter((w) => /present|attend|roll/.test(w)), ...EN_LABELS.absence].map((w) => escapeWord(w.toUpperCase())).join('|')})\\b\\s*:?`);

/** The heading in capitals that opens a run-together line, when it names minutes: its text and offset. */
function capsRun(text: string): { text: string; at: number } | null {
  // A page number may stand before it ("1 TOWNSHIP OF …").
  const lead = text.match(/^\d{1,3}\s+(?=[A-Z])/)?.[0].length ?? 0;
  const words = text.slice(lead).split(' ');
  const kept: string[] = [];
  for (const w of words) {
    // A word with a lower-case letter ends the heading, but not an ordinal ("1st", "487th").
    if (/\p{Ll}/u.test(w) && !/^\d{1,4}(?:st|nd|rd|th)\b/.test(w)) break;
    kept.push(w);
  }
  let head = kept.join(' ');
  // The attendance label that follows the heading ("… AT 8.00AM ATTENDANCE") is not part of it.
  const label = head.search(EN_CAPS_LABEL);
  if (label > 0) head = head.slice(0, label);
  head = head.replace(/[\s,;:–-]+$/, '').trim();
  // The record's first item run on after it in capitals ("… NOVEMBER 9, 1999 CALL TO ORDER AND"): not the heading's.
  const item = /\s(?:CALL TO ORDER|ROLL CALL)\b/.exec(head);
  if (item && item.index >= 15) head = head.slice(0, item.index).replace(/[\s,;:–-]+$/, '');
  // A running header before the heading ("CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 X COUNCIL
  // MINUTES OF THE GENERAL MEETING HELD …"): the heading is the last "MINUTES OF …".
  let at = lead;
  const again = [...head.matchAll(/\b(?:MINUTES|PROCEEDINGS) OF\b/g)].pop();
  // …but a body's name before a bare "MINUTES OF THE MEETING", with no date, dash or minutes of its own, is the
  // heading's start ("BOARD OF REGENTS MINUTES OF THE MEETING"); before one that names its meeting and body
  // ("… MEETING OF THE X ASSOCIATION HELD ON …") it is the letterhead's.
  const before = again?.index ? head.slice(0, again.index) : '';
  const bare = again?.index ? /^(?:MINUTES|PROCEEDINGS) OF (?:THE |A )?(?:[A-Z]+ ){0,2}MEETING\b(?!.*\b(?:OF|HELD|FOR)\b)/.test(head.slice(again.index)) : false;
  const named = bare && !/\b(?:MINUTES|PROCEEDINGS|AGENDA)\b|[–—|-]|\d/.test(before) && before.trim().split(/\s+/).length <= 8;
  if (again?.index && !named) {
    at += again.index;
    head = head.slice(again.index);
  }
  if (head.length < 15 || head.length > 220 || !/\b(?:MINUTES|PROCEEDINGS)\b/.test(head)) return null;
  // An item on earlier minutes in capitals ("3. APPROVAL OF THE MINUTES MOVED BY …") heads no record.
  if (/^\W{0,4}(?:\d{1,3}[.)]?\s+)?(?:APPROVAL|ADOPTION|CONFIRMATION|CORRECTIONS?|READING)\s(?:(?:AND|&)\s\w{1,12}\s)?OF\s(?:THE\s)?(?:\w{1,20}\s){0,2}MINUTES\b/i.test(head)) return null;
  return { text: head, at };
}

/** The header's labels a run-together title runs into ("…会议记录会议名称…会议主持人王某…"), beside its date and place. */
const ZH_RUN_ON_LABELS = ['会议名称', '會議名稱', '会议主题', '會議主題', ...ZH_LABELS.presider.filter((w) => w.length >= 3), '记录人', '記錄人', '参会人员', '參會人員', '参加人员', '參加人員', '与会人员', '與會人員'];
const ZH_RUN_ON_TITLE = new RegExp(`^(?:\\d{1,3}(?:[、.．]\\s*)?(?![年月日届次号期]))?([^\\s：:，,。]{4,100}?${alt(ZH_TITLE_MARKS)})(?=\\s*(?:(?:会议)?(?:日期|时间)\\s*[：:︰]|中华民国|民国|\\d{4}\\s?年|[〇○零一二三四五六七八九]{4}年|出席|地点|${alt(ZH_RUN_ON_LABELS)}))`);

/** A Chinese title run on into its date or labels, without the page number before it: its text and offset. */
function zhRunOnTitle(text: string): { text: string; at: number } | null {
  const m = ZH_RUN_ON_TITLE.exec(text);
  return m ? { text: m[1], at: m[0].length - m[1].length } : null;
}

/** A line that is only a numbered meeting's name, perhaps with who presided: "…第2122次市政会议", "…第375次主管会报 张三主持". */
const ZH_NUMBERED_MEETING = /^[^，。,；;：:！!？?、]{0,24}(?:第\s?[\d一二三四五六七八九十百〇零]{1,5}\s?次|[\d一二三四五六七八九十]{1,3}届[\d一二三四五六七八九十]{1,3}次)[^，。,；;：:！!？?、]{0,16}?(?:会议|會議|会报|會報|办公会|辦公會)(?:\s+[\u3400-\u9fff]{2,4}(?:主持|主持召开))?$/;

/** A title that opens with the meeting's term, year or number: "第12届第3次…", "108学年度第1学期…", "113年度第2次…". */
const ZH_SESSION_OPENING = /^\s*(?:第\s?[0-9一二三四五六七八九十百]{1,4}\s?[届屆次期]|(?:\d{2,4}|[一二三四五六七八九十百〇零]{2,4})\s?(?:学年度|學年度|年度|年))/;

/** A heading that opens a PDF's run-together text in ordinary case, up to its full stop or its date's year: "Minutes of the X Meeting held on … 1964". */
// The body's name in capitals may open the line before it ("PANJAB UNIVERSITY, CHANDIGARH Minutes of …"); a time's
// dots ("10.00 a.m. in the Senate Hall") are no full stop.
const EN_RUN_ON_HEADING = /^(\d{1,3}\s+)?(?:[A-Z][A-Z.,&'’ -]{3,80}\s+)?((?:Minutes|Proceedings)\s+of\s+[^.]{10,200}?\b(?:[Mm]eeting|[Hh]eld|HELD|MEETING)\b(?:[^.]|(?<=\d)\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?=\s+[a-z])){0,160}?)(?:\.(?=\s+[A-Z])|(?<=\b(?:19|20)\d{2})(?=\s+[A-Z]))/;

/** A line that cannot end a heading ("…第", "…学年度") or one that cannot open one ("次行政会议纪录", "议纪录"). */
const ZH_WRAP_END = /[\u3400-\u9fff](?:第|届|屆|年度|学期|學期|之|与|與)$/;
const ZH_WRAP_START = /^(?:次|届|屆|期|学期|學期|议|議|会议|會議|纪|紀|记|記|要|录|錄)/;

/** Whether a Chinese title runs on from the line above, cut where a PDF or a narrow column wrapped it. */
function zhWrapSplits(prev: string, line: string): boolean {
  return /[\u3400-\u9fff]{2}$/.test(prev) && (ZH_WRAP_END.test(prev) || ZH_WRAP_START.test(line));
}

/**
 * A Chinese title wrapped through its mark ("…理监事暨顾问联席会" / "议纪录"): no line holds the mark, two
 * lines of the header joined do. A reading, below the confident level.
 */
function zhSplitMarkTitle(seg: Segmented): Hit<string> | null {
  const lines = headerRange(seg);
  for (let k = 0; k + 1 < lines.length; k++) {
    const [a, b] = [lines[k], lines[k + 1]];
    if (b.i !== a.i + 1 || a.kind !== 'text' || b.kind !== 'text' || a.num || b.num) continue;
    if (a.text.length > 40 || b.text.length > 40 || /[，,。；;：:]/.test(a.text + b.text) || hasTitleMark(a.text) || hasTitleMark(b.text)) continue;
    if (TITLE_MARK_ZH.test(a.text + b.text)) return { value: a.text + b.text, start: a.start, end: b.end, confidence: 0.7 };
  }
  return null;
}

/** A note in brackets under the heading ("（此会议记录将上载至网站供业户浏览）"): an aside about the record, not its title. */
const HAN = /[\u3400-\u9fff]/;
const ASIDE = /^\s*[（(][^（()）]*[)）]\s*$/;
/** A remark under a note's label, not a heading: "Note: This is a draft of the minutes until …". */
/** A line of particulars, label by label ("Begin: 9:05, chair: Martin Leucker, minutes: Volker Stolz"): its "minutes" is who took them. */
const LABEL_PAIRS = /^\s*[\p{L}][\p{L} ]{1,23}:\s*[^,;]{1,60}?[,;]\s+[\p{L}][\p{L} ]{1,23}:\s*\S/u;
const LABELLED_REMARK = /^\s*(?:[*_]{2})?(?:note|nb|n\.b\.|please note|disclaimer)\s*(?:[*_]{2})?\s*[:：]/i;

/** A line that is a file's name. */
const FILE_NAME = /\.(?:docx?|pdf|wps|txt|xlsx?|pptx?)\s*$/i;

/** The words a title cannot end with: its text goes on on the next line. */
const EN_TITLE_CUT_END = /\b(?:of|the|and|for|to|a|an|regular|special|annual|joint)$/i;

/** A line ending on a weekday or a month: a date the next line may finish. */
const EN_DATE_WORD_END = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

function findMarkedTitle(seg: Segmented): Hit<string> | null {
  let cands = headerRange(seg).filter(
    (l) => l.kind !== 'label' && hasTitleMark(l.text) && l.text.length <= 200 && !/如下|[：:。]$/.test(l.text) && !FRONT_MATTER_KEY.test(l.text) && !SITE_LABEL.test(l.text.trim()) && !EN_SHARED_FILE_CHROME.test(l.text) && !ASIDE.test(l.text) && !LABELLED_REMARK.test(l.text) && !LABEL_PAIRS.test(l.text) && !aboutRecord(l.text) && !(seg.lang === 'en' && (minutesMentioned(l.text) || namesOtherMeeting(l.text))),
  );
  // A note page's front matter is about the page (its tags: "- 會議記錄"), never its heading, but for its title key.
  const matter = frontMatterEnd(seg);
  if (matter >= 0) cands = cands.filter((l) => l.i > matter || /^\s*title\s?[:=]/i.test(l.text));
  // An item of a bulleted list, items above it ("- ROLL CALL" / "- PUBLIC COMMENT" / "- BOARD MEETING MINUTES: August 11, 2015"):
  // the minutes of another meeting taken as business, not the page's title.
  const bullet = (l: SegLine | undefined) => !!l && /^\s*[-•*▪]\s+\S/.test(l.text);
  const listed = (l: SegLine) => seg.lang === 'en' && bullet(l) && bullet(seg.lines[l.i - 1]) && bullet(seg.lines[l.i - 2]);
  cands = cands.filter((l) => !listed(l));
  // Below the record's start (the meeting called to order) a line naming minutes is an item of
  // business ("- Minutes of … Board-January 8, 2014", approved there), not the page's title.
  const begun = seg.lang === 'en' ? seg.lines.find((l) => l.kind === 'text' && /\bcalled to order\b/i.test(l.text)) : undefined;
  if (begun) cands = cands.filter((l) => l.i <= begun.i);
  const late = !cands.length && seg.lang === 'en';
  if (late) cands = lateHeading(seg).filter((l) => (!begun || l.i <= begun.i) && !listed(l));
  // A PDF's text run together: the heading in capitals opens a long first line ("MINUTES OF THE 487th
  // MEETING OF … SHIMLA. As per the decision …").
  if (!cands.length && seg.lang === 'en') {
    for (const l of seg.lines.slice(0, reach(seg, 8))) {
      const caps = l.text.length > 200 ? l.text.match(/^(?:MINUTES|PROCEEDINGS)\b(?:[^a-z]|(?<=\d)(?:st|nd|rd|th)\b){10,240}?[.](?=\s+[A-Z][a-z])/) : null;
      if (caps) return at(caps[0], l, 0, caps[0].length, 0.7);
      // No full stop: the heading is the run of words in capitals that opens the line, up to the first
      // word in ordinary case ("… AT THE CONFERENCE ROOM The thirty-second meeting …").
      const run = l.text.length > 200 ? capsRun(l.text) : null;
      if (run) return at(run.text, l, run.at, run.text.length, 0.6);
      // In ordinary case, after a page number: "1 Minutes of District … Meeting Held on Thursday 24 th August 2017 in the … (DCC). Recorded By …".
      const lead = l.text.length > 200 ? EN_RUN_ON_HEADING.exec(l.text) : null;
      if (lead) return at(lead[2], l, lead[0].indexOf(lead[2]), lead[2].length, 0.6);
      // Its own name for the meeting, the record run on after it ("Planning Commission Minutes The City of …").
      // Any length: the record must start right after it, as no heading's words do.
      const opening = l.kind === 'text' ? lineOpeningHeading(l.text) : null;
      if (opening) return at(opening.text, l, opening.at, opening.text.length, 0.6);
    }
  }
  // A Chinese record under a site's English heading ("# Meeting Minutes: 2021-10-04"): its own heading is the Chinese one.
  if (seg.lang === 'zh' && cands.some((l) => HAN.test(l.text))) cands = cands.filter((l) => HAN.test(l.text));
  // A download site's file name over the text ("会议记录20230612.docx", "board_minutes_final.pdf") names it the
  // way the uploader did: a heading the document prints itself is its title.
  if (cands.some((l) => !FILE_NAME.test(l.text))) cands = cands.filter((l) => !FILE_NAME.test(l.text));
  // So does a records portal's name for the file over the document (linearize/portal-bar.ts).
  if (cands.some((l) => !PORTAL_BAR.test(l.text))) cands = cands.filter((l) => !PORTAL_BAR.test(l.text));
  let best: { line: SegLine; score: number } | null = null;
  for (const l of cands) {
    // A forum's or a site's word before a title printed again on its own line ("文章 第五届…会议纪录"): the line alone is it.
    if (cands.some((o) => o !== l && o.text.length < l.text.length && l.text.endsWith(o.text) && /\s$/.test(l.text.slice(0, -o.text.length)) && l.text.length - o.text.length <= 6)) continue;
    const specific = l.text.replace(GENERIC, '').replace(/[\s\W_]+/g, '').length;
    const score = specific + (/(?:纪要|紀要|minutes)\s*$/i.test(l.text) ? 2 : 0);
    if (!best || score > best.score) best = { line: l, score };
  }
  // A heading in capitals ("OPEN MINUTES") over the sentence that opens the record ("Minutes of a meeting of
  // the X Local Board held in … at 4:00pm."): the heading is the title; which one a clerk files it under is a guess.
  const sentence = (l: SegLine) => l.text.length > 60 && /\bheld\b/i.test(l.text) && (/\.$/.test(l.text) || /\.$/.test(seg.lines[l.i + 1]?.text ?? ''));
  if (best && seg.lang === 'en' && sentence(best.line)) {
    const head = cands.find((c) => c !== best!.line && c.i < best!.line.i && c.text.trim().length <= 30 && /\bMINUTES\b/.test(c.text) && !/\p{Ll}/u.test(c.text));
    if (head) return at(head.text.trim(), head, head.text.indexOf(head.text.trim()), head.text.trim().length, 0.7);
  }
  // A heading over a long sentence that records the meeting ("Record of the meeting after registration" / "Record of
  // Meeting that took place on Friday …"): the heading, not the sentence, whatever its length.
  if (best && seg.lang === 'en' && best.line.text.length > 100 && EN_RECORD_SENTENCE.test(best.line.text)) {
    const head = cands.find((c) => c.i < best!.line.i && c.text.trim().length <= 100 && !/[.,;:]$/.test(c.text.trim()) && !EN_RECORD_SENTENCE.test(c.text));
    if (head) return at(head.text.trim(), head, head.text.indexOf(head.text.trim()), head.text.trim().length, 0.7);
  }
  // A PDF's text run together: the title runs on into its date or labels ("1義孚大學…行政會議紀錄中華民國100年5月18日…",
  // "定稿離島區議會會議紀錄日期:2003年6月9日…"), perhaps below a shared file's name ("第十一次会议记录.doc").
  if (seg.lang === 'zh' && (!best || /\.(?:docx?|pdf|wps)$/i.test(best.line.text) || zhRunOnTitle(best.line.text))) {
    for (const l of best && zhRunOnTitle(best.line.text) ? [best.line] : seg.lines.slice(0, reach(seg, 20))) {
      if (l.kind === 'chrome' || l.kind === 'print') continue;
      const run = zhRunOnTitle(l.text);
      if (run) return at(run.text, l, run.at, run.text.length, 0.7);
    }
  }
  if (!best) return seg.lang === 'zh' ? zhSplitMarkTitle(seg) : null;
  const line = best.line;
  // A bare mark ("会议记录") under the lines that name the meeting ("XX小学学生家长会" / "103学年度" /
  // "第4次会员代表大会"): the title is all of them.
  if (/^(?:会议)?(?:纪要|记录|纪录)$/.test(line.text.replace(/\s+/g, ''))) {
    let from = line.i;
    while (from > 0 && line.i - from < 3) {
      const p = seg.lines[from - 1];
      // A paper's number over the body's name ("立法會CB(1)123/20-21號文件") is no part of the title.
      const numbered = matchDocNumber(p.text.trim()) || DOC_NUMBER_OTHER.some((re) => re.test(p.text.trim()));
      if (p.kind !== 'text' || p.num || p.text.length > 40 || /[。：:，,；;|]/.test(p.text) || hasTitleMark(p.text) || findDates(p.text).length || numbered) break;
      from--;
    }
    if (from < line.i - 1) {
      const parts = seg.lines.slice(from, line.i + 1);
      return { value: parts.map((p) => p.text).join(' '), start: parts[0].start, end: line.end, confidence: 0.7 };
    }
  }
  // A Chinese title wrapped over two lines: "关于XX问题的" + "专题会议纪要".
  const prev = seg.lines[line.i - 1];
  // The issuing body printed above a short title: "XX县人民政府" / "常务会议纪要".
  // So too a title that opens with its session or term and names no body of its own: "XX县议会" / "第19届第3次定期会…会议纪录".
  // There the body's line is part of the title, not the issuer printed apart from it.
  if (prev && prev.kind === 'text' && !prev.num && line.text.replace(/\s+/g, '').length <= 10 && looksLikeOrg(prev.text) && TITLE_MARK_ZH.test(line.text)) {
    return { value: prev.text + line.text, start: prev.start, end: line.end, confidence: 0.75 };
  }
  if (prev && prev.kind === 'text' && !prev.num && ZH_SESSION_OPENING.test(line.text) && (looksLikeOrg(prev.text) || looksLikeTitleBody(prev.text)) && TITLE_MARK_ZH.test(line.text)) {
    return { value: prev.text + line.text, start: prev.start, end: line.end, confidence: 0.75, headedByBody: true };
  }
  if (
    prev &&
    prev.kind === 'text' &&
    !prev.num &&
    prev.text.length <= 40 &&
    !/[。：:，,]$/.test(prev.text) &&
    (/^关于|关于$|的$|和$|及$|暨$/.test(prev.text) || /^的/.test(line.text) || zhWrapSplits(prev.text, line.text)) &&
    !hasTitleMark(prev.text)
  ) {
    return { value: prev.text + line.text, start: prev.start, end: line.end, confidence: 0.8 };
  }
  // An English title wrapped onto the next lines: "Minutes of the Parish Council Meeting" / "held in
  // the Village Hall" / "on Monday 10th July 2023 at 7.30pm".
  let endLine = line;
  let twoHeadings = false;
  // A title that already carries its full date ("Minutes of WLUG AGM - 26 September 2005") is whole.
  const dated = seg.lang === 'en' && findDates(line.text).some((d) => !d.iso.startsWith('XXXX'));
  // A line left hanging ("… held on 5th" / "November, 2008 at 9.00 a.m.") or a title in capitals
  // running on in capitals goes on too, up to the line that ends it.
  for (let k = line.i + 1; k < Math.min(seg.lines.length, line.i + 7); k++) {
    const n = seg.lines[k];
    if (n.kind !== 'text' && n.kind !== 'date') break;
    // A bullet opens an item of its own: a wrapped heading goes on without one.
    if (/^[-*•]\s/.test(n.text)) break;
    // Nor does it run into a line on the last meeting's minutes ("… PROJECT GUI FOR" / "Adoption of the Minutes of the Previous …").
    if (minutesMentioned(n.text)) break;
    // Nor into the first item of business under it ("SPECIAL MEETING MINUTES" / "MAY 12, 2011" / "CALL TO ORDER.").
    if (FIRST_ITEM.test(n.text)) break;
    // Nor into a line that is a date and nothing else ("SPECIAL MEETING MINUTES" / "MAY 12, 2011"), unless the title hangs on a word for it.
    if (wholeDate(n.text) && !/\b(?:of|on|held|for|dated?)$/i.test(endLine.text) && !EN_DATE_WORD_END.test(endLine.text)) break;
    // Nor into a heading of its own under it ("… MEETING OF THE NEW PLYMOUTH" / "MINUTES OF COUNCIL MEETING"): a page's
    // running head over the document's, each a title whole.
    // Which of the two a clerk files it under is a guess.
    if (/^(?:MINUTES|Minutes)\s+(?:OF|of)\b/.test(n.text) && !/\b(?:of|the|and|to|for)$/i.test(endLine.text.replace(/\s+\d{1,3}$/, ''))) {
      twoHeadings = true;
      break;
    }
    const upper = (t: string) => /[A-Z]{3}/.test(t) && !/[a-z]/.test(t);
    // A date broken off at the line's end ("… Held Tuesday" / "24th August 2010", "… Monday 11th May" / "2015 at 7.30pm") goes on.
    const dateGoesOn = EN_DATE_WORD_END.test(endLine.text) && /^\d/.test(n.text) && findDates(`${endLine.text} ${n.text}`).some((d) => d.year);
    // A heading in capitals after a file's date ("02 February 2014 Regular MINUTES OF THE VAN BUREN, ARKANSAS" /
    // "CITY COUNCIL MEETING FEBRUARY 24, 2014") goes on in capitals to its own date, whatever the file's name printed.
    const capsHead = /\b(?:MINUTES|PROCEEDINGS) OF\b[^a-z]*$/.exec(line.text)?.[0];
    const capsGoesOn = endLine === line && upper(n.text) && !!capsHead && !findDates(capsHead).some((d) => d.year);
    // A day's number left hanging ("… Monday 11th"), not the end of a date printed whole ("Minutes 01.15.08") nor a year cut short ("April '06").
    const hanging = /(?:\b(?:of|on|at|in|the|and|held|to|for|from)|(?<!\bNo\.?\s?|#|\d[./-]|['’])\b\d{1,2}(?:st|nd|rd|th)?|,)$/i.test(endLine.text) || (upper(endLine.text) && upper(n.text)) || dateGoesOn || capsGoesOn;
    // A dated title cut on a word no heading ends with ("MINUTES OF THE FEBRUARY 1, 2006 REGULAR" / "MEETING OF THE BOARD OF
    // TRUSTEES OF THE" / "OAK BROOK FIREFIGHTERS' PENSION FUND") is not whole yet: it goes on while a line ends so.
    const cut = EN_TITLE_CUT_END.test(endLine.text);
    if (seg.lang !== 'en' || (dated && !capsGoesOn && !cut) || /[.:]$/.test(endLine.text) || n.num || n.text.length > 100 || /:$/.test(n.text)) break;
    // A line of its own that opens with a capital ("Held at 7pm on Monday …", "HELD IN THE COUNCIL CHAMBER,")
    // prints where and when, under a title that ended; a wrapped title goes on in lower case ("held in the Village Hall").
    if (/^(?:Held|HELD|Commencing|COMMENCING)\b/.test(n.text) && !/\b(?:of|the|and|to|for)$/i.test(endLine.text)) break;
    // A name broken across the lines, its meeting's "held on …" on the second ("… of the Interim African" / "GAIM Task Team held on 12/3/97").
    const heldBelow = endLine === line && n.text.length <= 80 && /\bmeeting\s+of\b/i.test(endLine.text) && !/\bheld\b/i.test(endLine.text) && /\bheld\s+(?:on|at|in)\b/i.test(n.text);
    // The meeting's kind broken off onto the next line ("Minutes of Anne West Kindergarten Whanau" / "Group Meeting").
    const kindBelow = endLine === line && /^(?:minutes|notes)\s+of\b/i.test(line.text) && !/\b(?:meeting|agm|egm|session)$/i.test(line.text) && n.text.length <= 40 && /^\p{Lu}[\p{L}'’&\s-]*\b(?:Meeting|MEETING|AGM|Session|SESSION)$/u.test(n.text);
    if (!hanging && !heldBelow && !kindBelow && !/^(?:held|on|at|in|of|for|commencing|from|to)\b/.test(n.text)) break;
    if (!hanging && /\.$/.test(n.text)) break;
    endLine = n;
  }
  if (endLine !== line) {
    // Each line's own bold marks go ("**… DISTRICT OF**" / "**ADARE-RATHKEALE HELD IN …**"), and a bold run closed
    // and opened again at a space ("9TH** **JANUARY"): the title is one run of words.
    const value = seg.lines.slice(line.i, endLine.i + 1).map((l) => l.text.replace(WHOLE_STRONG, '$1')).join(' ').replace(/\*\*\s+\*\*/g, ' ');
    return { value, start: line.start, end: endLine.end, confidence: 0.8 };
  }
  // A table row read as one line ("| 文 号: | … | 文件名称: | …纪要) |"): the cell holding the title.
  if (line.text.includes('|')) {
    const cell = line.text.split('|').map((c) => c.trim()).find((c) => hasTitleMark(c) && !/[：:]$/.test(c));
    if (cell) return at(cell, line, line.text.indexOf(cell), cell.length, 0.75);
  }
  // A long line, or one carrying times or asides, is less surely the title as printed.
  const plain = seg.lang !== 'en' || line.text.length <= 80 && !/[|()（）]|\d{3,4}\s?(?:to|-|–)\s?\d{3,4}|\bheld\b/i.test(line.text);
  // A heading found below the body's first sentence is a reading, not a sure title.
  return at(line.text, line, 0, line.text.length, late || twoHeadings ? 0.7 : best.score > 0 ? (plain ? 0.9 : 0.75) : 0.6);
}

/** A meeting's first item of business, where a heading wrapped over lines has ended. */
const FIRST_ITEM = new RegExp(`^(?:${alt([...EN_PROCEDURE_LINES, 'roll call'])})\\b`, 'i');
/** A line that is one full date and nothing more (a weekday and stops around it allowed): "MAY 12, 2011", "Tuesday, 3rd March 2015." */
function wholeDate(text: string): boolean {
  const d = findDates(text).find((x) => x.year);
  if (!d) return false;
  const rest = text.slice(0, d.index) + text.slice(d.index + d.length);
  return /^[\s,.\-–]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.\-–]*$/i.test(rest);
}
/** A line set in bold whole, as Markdown prints it. */
const WHOLE_STRONG = /^\*\*(.+)\*\*$/;

const DOC_NUMBER = [
  // A volume in Roman numerals may lead the number ("第III-105期"); digits may be full-width ("第１２期").
  /^(?:[\d０-９]{4}\s?年\s?)?第\s?(?:[IVXLC]{1,6}\s?[-－—]\s?)?[0-9０-９一二三四五六七八九十百]{1,4}\s?期$/,
  /^[（(]第\s?[0-9０-９一二三四五六七八九十百]{1,4}\s?[次期号][）)]$/,
  /^[\u3400-\u9fff]{0,12}\s?[〔［[【(（]\s?(?:\d{4}|[\d*＊xX×]{2,4})\s?[〕］\]】)）]\s?第?\s?\d{1,4}\s?[号號]$/,
  /^(?:No|Number|Issue)\.?\s?\d{1,4}$/i,
  // A meeting's number on a header line of its own: "Mtg No: 12", "Meeting No. 5".
  /^(?:Meeting|Mtg)\.?\s(?:No|Number)\.?\s?[:：]?\s?\d{1,4}$/i,
];
/**
 * Numbers printed so, on a header line of their own, read less surely: a series' "第21次", a Hong Kong
 * paper's "立法會CB(2)1699/98-99號文件", an English reference "AC/10/2018".
 */
const DOC_NUMBER_OTHER = [
  /^第\s?[0-9一二三四五六七八九十百]{1,4}\s?次$/,
  /^[\u3400-\u9fff]{0,6}\s?[A-Z]{0,3}(?:\(\d\))?\s?\d{1,5}\/\d{2}-\d{2}\s?[号號]文件$/,
  /^[A-Z]{1,6}(?:\/[A-Z]{1,6})*\/\d{1,4}\/(?:\d{4}|\d{2}-\d{2})$/,
];
/** A meeting's number in an English title: "CSAF TC Meeting #13 February 28, 2018". */
const EN_MEETING_NUMBER = /\b(?:meeting|session)\s+(#\s?\d{1,4})\b/i;
const DOC_NUMBER_SUFFIX = /[（(]第\s?[0-9一二三四五六七八九十百]{1,4}\s?[次期][）)]$/;

function matchDocNumber(token: string): boolean {
  return DOC_NUMBER.some((re) => re.test(token));
}

/** A Taiwanese letter's number, "X字第N號", at a line's end (函 may close it). */
const LETTER_NUMBER = /(?:^|[日\s])([\u3400-\u9fff]{1,10}字第\s?[\d０-９]{3,12}\s?[号號])函?[)）]?\s*$/;

/** A meeting's number under its label ("Meeting No. : 5", "Mtg No: 12"): the number is the value, as a label's is. */
const LABELLED_MEETING_NUMBER = /^((?:Meeting|Mtg)\.?\s(?:No|Number)\.?\s?[:：]?\s?)(\d{1,4})$/i;

export function findDocNumber(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  const hit = readDocNumber(seg, title);
  const m = hit ? LABELLED_MEETING_NUMBER.exec(hit.value) : null;
  return hit && m ? { ...hit, value: m[2], start: hit.start + m[1].length } : hit;
}

function readDocNumber(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, 30))) {
    if (l.kind === 'meta' && l.label?.kind === 'docNumber' && l.label.value) {
      return at(l.label.value, l, l.label.valueAt, l.label.value.length, 0.8);
    }
  }
  const listed = registerNumber(seg);
  if (listed) return listed;
  for (const l of headerRange(seg)) {
    if (matchDocNumber(l.text)) return at(l.text, l, 0, l.text.length, 0.9);
    // "院办发〔2022〕5号(…会议纪要)": the number opens the title line.
    const lead = l.text.match(/^[\u3400-\u9fff]{1,12}\s?[〔［[【]\s?\d{4}\s?[〕］\]】]\s?第?\s?\d{1,4}\s?[号號]/);
    if (lead) return at(lead[0], l, 0, lead[0].length, 0.9);
    // A letter's number closing a short header line, after the day it was sent ("2018年01月02日台種福字第20188號函").
    const letter = l.text.length <= 48 ? LETTER_NUMBER.exec(l.text) : null;
    if (letter) return at(letter[1], l, l.text.indexOf(letter[1]), letter[1].length, 0.8);
    for (const tok of l.text.split(/\s{2,}|\s(?=第|No\.)/)) {
      const t = tok.trim();
      if (t && matchDocNumber(t)) return at(t, l, l.text.indexOf(t), t.length, 0.8);
    }
  }
  for (const l of headerRange(seg)) {
    const t = l.text.trim();
    if (DOC_NUMBER_OTHER.some((re) => re.test(t))) return at(t, l, l.text.indexOf(t), t.length, 0.8);
  }
  if (title) {
    const m = title.value.match(DOC_NUMBER_SUFFIX);
    if (m && m.index !== undefined) return { value: m[0], start: title.start + m.index, end: title.start + m.index + m[0].length, confidence: 0.7 };
    const n = seg.lang === 'en' ? EN_MEETING_NUMBER.exec(title.value) : null;
    if (n) {
      const from = title.start + n.index + n[0].indexOf(n[1]);
      return { value: n[1], start: from, end: from + n[1].length, confidence: 0.7 };
    }
  }
  return null;
}

function looksLikeOrg(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= 3 && t.length <= 40 && ZH_ORG_END.test(t) && !/[，。；：:]/.test(t);
}

const ZH_TITLE_BODY_END = new RegExp(`${alt(ZH_TITLE_BODY_ENDS)}$`);
/** A school's or an association's name alone on a line, with no verb of a headline ("…召开…"). */
function looksLikeTitleBody(s: string): boolean {
  const t = s.trim();
  return t.length >= 4 && t.length <= 30 && !/\s/.test(t) && ZH_TITLE_BODY_END.test(t) && !/[，。；：:、]|召开|召開|举行|舉行/.test(t);
}

const ZH_ISSUER_FIELD = new RegExp(`${alt(ZH_LABELS.issuer)}\\s*[：:]?\\s*([^\\s：:]{3,40})`);
const ZH_LETTERHEAD_END = new RegExp(`(?<=[\\u3400-\\u9fff]{3})${alt(ZH_LETTERHEAD_SUFFIXES)}$`);
const ZH_WELCOME = new RegExp(`^${alt(ZH_SITE_GREETINGS)}`);

/** Whether a body's name is only words for a kind of body ("SPECIAL COUNCIL", "Parish Council"). */
function genericBody(name: string): boolean {
  return name.split(/\s+/).every((w) => EN_GENERIC_BODY_WORD.test(w));
}

const EN_ORG_END_WORD = new RegExp(`^${alt(EN_ORG_ENDS.filter((w) => /^[A-Z][a-z]+$/.test(w)))}$`, 'i');
/** An abbreviation that may stand inside a body's name: "ST. MARY", "MT. HOPE". */
const EN_NAME_ABBREVIATION = /^(?:st|mt|ft|pt)\.$/i;
/** What joins two names into one body's: "BERRY & DISTRICT", "Andover and District". */
const EN_NAME_JOIN = /^(?:&|and)$/i;
const EN_SITTING_KIND = new RegExp(`^${alt(EN_SITTING_KINDS)}$`, 'i');
const MEMBERS_WORD = new RegExp(`^(?:${alt(EN_BOARD_MEMBERS)})$`, 'i');
const MONTH_WORD = new RegExp(`^(?:${alt(EN_MONTHS)})$`, 'i');
/** A word that carries a body's name on to its last word: "… DISTRICT LOCAL GOVERNMENT". */
const EN_NAME_GOES_ON = /^(?:local)$/i;
/** Words that cannot be part of a body's name in a heading run together ("MINUTES", "HELD"). */
const EN_NOT_IN_BODY = /^(?:minutes|meetings?|held|confirmed|unconfirmed|draft|proceedings|page|agenda|notes|report|of|the|a|an|at|on|in|from|to|for|with|by)$/i;

/** A body's name run together with a heading: a run of capitalised words ending with what a body is. */
function enRunOnBody(text: string, prev = ''): { name: string; at: number } | null {
  const toks = [...text.matchAll(/\S+/g)];
  for (let e = 0; e < toks.length; e++) {
    const end = toks[e][0].replace(/[,.;:)]+$/, '');
    if (!EN_ORG_END_WORD.test(end)) continue;
    const caps = end === end.toUpperCase();
    // Back over the words of the same case up to four: "ETHERIDGE SHIRE COUNCIL", "Callander Community Council",
    // in any script's capitals ("TŪWHARETOA MĀORI TRUST BOARD").
    let s = e;
    // A dash run into the first word of the name ("MINUTES -MORRO BAY CITY COUNCIL") is left out of it.
    let lead = 0;
    const inName = (w: string) =>
      !EN_NOT_IN_BODY.test(w) && (caps ? /^\p{Lu}[\p{Lu}\p{M}'’.&-]+$/u.test(w) : /^\p{Lu}[\p{Ll}\p{M}'’.&-]+$/u.test(w));
    while (s > 0 && e - s < 6) {
      const w = toks[s - 1][0];
      // "BERRY & DISTRICT GARDEN CLUB", "Andover and District Beekeepers Association": two names joined are one.
      if (EN_NAME_JOIN.test(w) && s > 1 && (!caps || w === w.toUpperCase()) && inName(toks[s - 2][0])) {
        s -= 2;
        continue;
      }
      // "ST. MARY MUNICIPAL CORPORATION": a saint's or a mount's abbreviation is part of the name.
      const abbr = EN_NAME_ABBREVIATION.test(w);
      const word = w.replace(/^[-–—]/, '');
      if ((!abbr && /[,.;:()–—-]$/.test(w)) || !inName(word)) break;
      s--;
      if (word !== w) {
        lead = w.length - word.length;
        break;
      }
    }
    if (s === e) continue;
    // The name goes on past its first body word: "WATERBERG DISTRICT MUNICIPALITY", "MASINDI DISTRICT LOCAL GOVERNMENT".
    let last = e;
    let lastWord = end;
    while (last + 1 < toks.length && last - s < 6) {
      const w = toks[last + 1][0].replace(/[,.;:)]+$/, '');
      const sameCase = caps ? w === w.toUpperCase() : /^\p{Lu}\p{Ll}/u.test(w);
      if (!sameCase || !(EN_ORG_END_WORD.test(w) || (EN_NAME_GOES_ON.test(w) && /^(?:government)$/i.test(toks[last + 2]?.[0].replace(/[,.;:)]+$/, '') ?? '')) || /^government$/i.test(w))) break;
      last++;
      lastWord = w;
      if (/[,.;:)]$/.test(toks[last][0])) break;
    }
    // …and over words of its name to a later body word: "MINDEN & DISTRICT HORTICULTURAL SOCIETY".
    for (let j = last + 1; j < toks.length && j - s <= 7 && !/[,.;:)]$/.test(toks[j - 1][0]); j++) {
      const w = toks[j][0].replace(/[,.;:)]+$/, '');
      if (!inName(w) || EN_SITTING_KIND.test(w)) break;
      if (EN_ORG_END_WORD.test(w)) {
        last = j;
        lastWord = w;
      }
    }
    const words = toks.slice(s, last + 1).map((t) => t[0]);
    words[0] = words[0].slice(lead);
    words[words.length - 1] = lastWord;
    const name = words.join(' ');
    const next = toks[last + 1]?.[0] ?? '';
    // In ordinary case it must head the record's title ("… Council Minutes of the meeting"); in capitals it
    // stands apart from the words of the heading around it.
    const heads = /^minutes$/i.test(next);
    if (!caps && !heads) continue;
    // Not the object of a heading's "… MEETING OF THE NATIONAL EXECUTIVE COMMITTEE".
    // …the line above too, when the name opens its line ("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF" / "LIMERICK CITY AND COUNTY COUNCIL HELD IN THE").
    const before = s > 0 ? toks[s - 1][0] : (prev.trim().split(/\s+/).pop() ?? '');
    if (genericBody(name) || /^(?:MEETING|CHAMBERS?|ROOM|HALL|OFFICES?|MEMBERS?)$/i.test(next) || /^(?:of|the|a|an)$/i.test(before)) continue;
    // In capitals, before the heading, not inside it ("MINUTES OF … HELD … AT THE AUDITORIUM, NBA NATIONAL SECRETARIAT").
    // A running header before it is no matter where the name heads the heading ("CONFIRMED MINUTES – … 2017 ETHERIDGE SHIRE COUNCIL MINUTES OF …").
    if (caps && !/^(?:MINUTES|PROCEEDINGS)$/.test(next) && /\b(?:MINUTES|PROCEEDINGS)\b/.test((s === 0 ? prev : '') + ' ' + text.slice(0, toks[s].index ?? 0))) continue;
    return { name: name + whoseBoard(toks, last, caps), at: (toks[s].index ?? 0) + lead };
  }
  return null;
}

/**
 * Whose or what a board is, printed after it in the same capitals ("MCLEOD COUNTY BOARD OF COMMISSIONERS
 * MEETING", "TENNESSEE BOARD OF PHARMACY", "MEDICAL COUNCIL OF INDIA"): part of its name, up to the
 * heading's own words.
 */
function whoseBoard(toks: RegExpMatchArray[], last: number, caps: boolean): string {
  if (!caps || toks[last + 1]?.[0] !== 'OF' || /[,.;:)]$/.test(toks[last][0])) return '';
  const words: string[] = [];
  for (let j = last + 2; j < toks.length && words.length < 4; j++) {
    const t = toks[j][0];
    const w = t.replace(/[,.;:)]+$/, '');
    if (!/^\p{Lu}[\p{Lu}\p{M}'’&-]+$/u.test(w) || EN_NOT_IN_BODY.test(w) || EN_SITTING_KIND.test(w) || MONTH_WORD.test(w)) break;
    words.push(w);
    // Its members close the name ("BOARD OF SUPERVISORS MOHAVE COUNTY, KINGMAN": the place is the letterhead's).
    if (w !== t || MEMBERS_WORD.test(w)) break;
  }
  const next = toks[last + 2 + words.length]?.[0] ?? '';
  // The heading's words, a date or the end must follow: a name that runs on further is not read so.
  return words.length && (MEMBERS_WORD.test(words[words.length - 1]) || !next || /^(?:MEETING|MINUTES|REGULAR|SPECIAL|HELD|AGENDA|PROCEEDINGS|[-–—|]|\d.*)$/.test(next) || /[,.;:)]$/.test(toks[last + 1 + words.length][0])) ? ` OF ${words.join(' ')}` : '';
}

export function findIssuer(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  const hit = readIssuer(seg, title);
  if (!hit || seg.lang !== 'en') return hit;
  // "Municipality of Mountain" read where "Rural Municipality of Mountain" is printed: the whole name.
  const start = widerPlaceStart(seg.text, hit.start, hit.value);
  return start === hit.start ? hit : { ...hit, value: seg.text.slice(start, hit.start).replace(/\s+/g, ' ') + hit.value, start };
}

function readIssuer(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  // The 印发 line names the office that issued the minutes.
  for (let i = seg.lines.length - 1; i >= Math.max(0, seg.bodyStart); i--) {
    const l = seg.lines[i];
    if (l.kind !== 'print') continue;
    const m = l.text.match(PRINT_LINE);
    const who = m?.[1]?.trim();
    if (who && looksLikeOrg(who)) return at(who, l, l.text.indexOf(who), who.length, 0.9);
    // The office on the line above: "XX县人民政府办公室" / "2019年5月8日印发".
    const above = seg.lines[i - 1];
    if (m && !who && above && looksLikeOrg(above.text)) return at(above.text, above, 0, above.text.length, 0.85);
  }
  // A listed company's announcement: the company on the line above its own title.
  const company = announcementIssuer(seg) ?? (seg.lang === 'zh' ? selfNamedCompany(seg) : null);
  if (company) return company;
  // A disclosure page's metadata: 发布机构 / 发文机关 among other fields on one line ("发文日期 2022-04-08 … 发布机构 区政府办公室").
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, 30))) {
    if (l.kind !== 'meta' && l.kind !== 'text' && l.kind !== 'label') continue;
    const m = ZH_ISSUER_FIELD.exec(l.text);
    const who = m?.[1];
    if (m && who && looksLikeOrg(who)) return at(who, l, m.index + m[0].length - who.length, who.length, 0.8);
  }
  // …then 来源 when it names a body.
  const meta = seg.lines.filter((l) => l.kind === 'meta');
  for (const want of ['issuer', 'source']) {
    for (const l of meta) {
      const lab = l.label;
      let value = lab?.value ?? '';
      let valueAt = lab?.valueAt ?? 0;
      if (lab && !value) {
        const next = seg.lines[l.i + 1];
        if (next && next.kind === 'text') {
          value = next.text;
          valueAt = -1;
        }
      }
      if (want === 'issuer' && lab?.kind === 'issuer' && value) {
        return valueAt >= 0 ? at(value, l, valueAt, value.length, 0.8) : at(value, seg.lines[l.i + 1], 0, value.length, 0.8);
      }
      if (want === 'source') {
        const src = (lab && /来源|來源/.test(lab.label) ? value : '') || (l.text.match(/来源\s*[：:]\s*(\S{3,40})/)?.[1] ?? '');
        // A bare office ("来源：办公室", "来源：党政办") is whichever site's own, no body named.
        if (src && looksLikeOrg(src) && src.replace(/\s+/g, '').length >= 4) return at(src, l, Math.max(0, l.text.indexOf(src)), src.length, 0.6);
      }
    }
  }
  // A header line that is only a body's name (with a date perhaps): "XX县人民政府办公室　2019年5月6日".
  for (const l of headerRange(seg)) {
    if (title?.headedByBody && l.start >= title.start && l.end <= title.end) continue;
    // A note page's heading markup ("## 某某法团") is no part of the name, nor a letterhead's "文件" ("XX局文件").
    const first = l.text.replace(MARKUP_BEFORE, '').split(/\s{2,}|\s(?=\d{4}\s?[年./-])/)[0].trim().replace(ZH_LETTERHEAD_END, '');
    // The title's own words, not a column apart ("XX工作组 2024-Q1 会议纪要"): the labels leave the body to the title.
    const rest = l.text.slice(l.text.indexOf(first) + first.length);
    if (title && title.start >= l.start && title.start < l.end && !/^\s{2,}/.test(rest) && TITLE_MARK_ZH.test(rest)) continue;
    // A site's greeting is no issuer: "欢迎访问沈阳市法库县人民政府".
    // A page's keywords, words parted by single spaces ("陈平 会议 召开 主持 市政府"), are no body's name; a name
    // spaced out letter by letter ("龍 門 居 業 主 立 案 法 團") is one.
    const keywords = /^[\u3400-\u9fff]{1,6}(?: [\u3400-\u9fff]{1,6}){2,}$/.test(first) && first.split(' ').filter((w) => w.length >= 2).length >= 2;
    if (looksLikeOrg(first) && !keywords && !TITLE_MARK_ZH.test(first) && !ZH_WELCOME.test(first)) return at(first, l, l.text.indexOf(first), first.length, 0.7);
  }
  // An English header line naming a body: "Broomhaugh & Riding Parish Council".
  // The body may share its line with other columns ("Fair Oaks Water District Financing Corporation      AGENDA ITEM III.1a").
  for (const l of enHeadLines(seg)) {
    if (seg.lang !== 'en' || l.kind !== 'text') continue;
    // The body may share its line with the meeting and the date ("19 November, 2014 – Ordinary Meeting of
    // Council – Minutes Shire of Kent"): each part, a leading "Minutes" left out, may be it.
    // A part's date after the body is left out ("SALDANHA BAY MUNICIPALITY 28 JANUARY 2021 AT").
    // A note page's markup ("# ", "- ") is no part of the name.
    const parts = l.text
      .trim()
      .replace(MARKUP_BEFORE, '')
      // A letterhead's address after the body ("Cedar County Ambulance District, 319 Englewood, Stockton MO") is a part apart.
      .split(/\s{3,}|\s+[-–|]\s+|,\s+(?=\d{1,5}\s+\p{Lu})(?!\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/u)
      .map((p) => p.trim().replace(/^(?:minutes|agenda)\s+(?:of\s+(?:the\s+)?)?(?=\p{Lu})/iu, ''))
      .map((p, k) => {
        const d = k > 0 ? findDates(p)[0] : undefined;
        return d && d.index > 3 ? p.slice(0, d.index).trim() : p;
      });
    // A kind of meeting named like a body ("SPECIAL COUNCIL") names no one body.
    const body = parts.find((p, k) => p.length <= 80 && isEnOrgLine(p, true) && !hasTitleMark(p) && !/\bmeeting\b/i.test(p) && (k === 0 || !findDates(p).length) && !genericBody(p));
    if (body) {
      // A name wrapped onto two lines: the line is only its kind ("Regional Council"), its name above.
      const above = seg.lines[l.i - 1];
      const wrapped = body === l.text.trim().replace(MARKUP_BEFORE, '') && above?.kind === 'text' && !above.num ? nameAbove(above.text.replace(MARKUP_BEFORE, ''), body) : null;
      if (wrapped) {
        const start = above.start + above.text.indexOf(wrapped.words);
        return { value: `${wrapped.words} ${body}`, start, end: l.start + l.text.indexOf(body) + body.length, confidence: 0.5 };
      }
      return at(body, l, l.text.indexOf(body), body.length, 0.6);
    }
  }
  // A name of any form alone on the first line, the meeting it held named below it.
  if (seg.lang === 'en') {
    const found = bodyAboveMeeting(seg, genericBody);
    if (found) return at(found.name, found.line, found.line.text.indexOf(found.name), found.name.length, 0.5);
  }
  // A body's name in capitals run together with the title or the address ("… 17 MAY 2017 ETHERIDGE SHIRE COUNCIL MINUTES
  // OF THE …", "UNIVERSITY GRANTS COMMISSION BAHADURSHAH ZAFAR MARG NEW DELHI"), or before "Minutes" in a run-on line.
  if (seg.lang === 'en') {
    for (const l of seg.lines.slice(0, reach(seg, 8))) {
      if (l.kind === 'chrome' || l.kind === 'meta') continue;
      const found = placeHeadingBody(l.text.slice(0, 200)) ?? enRunOnBody(l.text.slice(0, 400), seg.lines[l.i - 1]?.text ?? '');
      if (found) return at(found.name, l, found.at, found.name.length, 0.5);
    }
  }
  // An English title "Minutes of the 487th Meeting of the University Grants Commission held on …" names its body.
  if (title && seg.lang === 'en') {
    const found = enBodyOfMeeting(title.value);
    if (found) return { value: found.name, start: title.start + found.at, end: title.start + found.at + found.name.length, confidence: 0.6 };
  }
  // An English title "X Meeting Minutes" names its body.
  if (title) {
    const m = title.value.match(/^(.{3,100}?)\s+(?:Meeting\s+)?Minutes$/i);
    if (m && !/^minutes\b/i.test(m[1]) && /^[A-Z]/.test(m[1]) && /\s/.test(m[1].trim()) && EN_BODY_END.test(m[1].replace(/\s+(?:meeting|session)$/i, ''))) return { value: m[1], start: title.start, end: title.start + m[1].length, confidence: 0.6 };
  }
  // …or names it before its meeting: "Shropshire Mammal Group Committee meeting", "Minutes UHBC AGM 02/10/2017".
  if (title && seg.lang === 'en') {
    const found = enTitleBody(title.value, genericBody);
    if (found) return { value: found.name, start: title.start + found.at, end: title.start + found.at + found.name.length, confidence: 0.5 };
  }
  // A signature: a body's name alone on a line, just before a date line, after the body.
  for (let i = seg.lines.length - 2; i > seg.bodyStart; i--) {
    const l = seg.lines[i];
    const next = seg.lines[i + 1];
    if (next.kind === 'date' && l.kind === 'text' && looksLikeOrg(l.text)) return at(l.text, l, 0, l.text.length, 0.6);
  }
  if (seg.lang !== 'en') return null;
  // Where only the title names the body it still states it (../shared/corpus/README.md: the issuer as
  // printed): a part of the title set off by a dash ("Directors' Meeting - Eastby Cubing Canada").
  if (title) {
    const part = enTitleBodyPart(title.value);
    if (part) return { value: part.name, start: title.start + part.at, end: title.start + part.at + part.name.length, confidence: 0.5 };
  }
  // …or the record's opening sentence ("Regular Meeting of the Board of Trustees of the Village of Eastby, NY was held on …",
  // "The Ordinary Meeting of Eastby Community Council took place on …", "There was a remote Annual General Meeting of Eastby Parish Council on …",
  // "The regular meeting of the Eastby Planning Commission was called to order by …").
  for (const l of seg.lines.slice(Math.max(0, seg.bodyStart - 2), Math.min(seg.tailStart, seg.bodyStart + 4))) {
    if (l.kind !== 'text' || !/\b(?:was|were)\s+held\b|\bheld\s+(?:on|at|in)\b|\btook\s+place\s+(?:on|at|in)\b|^there\s+was\s+an?\s[^.]{0,60}?\bmeeting\s+of\b|\b(?:was|were)\s+called\s+to\s+order\b|\bmeeting\s+of\s+.{3,80}?\s(?:met|convened)\s+(?:on|at|in)\b/i.test(l.text)) continue;
    const found = enBodyOfMeeting(l.text);
    if (found) return at(found.name, l, found.at, found.name.length, 0.5);
  }
  // …or the sentence that opens the record on the body met ("The Eastby County Board of Commissioners, in and for …, convened …").
  for (const l of seg.lines.slice(Math.max(0, seg.bodyStart - 2), Math.min(seg.tailStart, seg.bodyStart + 4))) {
    const found = l.kind === 'text' ? enBodyConvened(l.text) : null;
    if (found) return at(found.name, l, found.at, found.name.length, 0.5);
  }
  // …or a closing line that is only the body's name ("Eastby Parish Council" under the clerk's signature).
  for (const l of seg.lines.slice(Math.max(seg.bodyStart + 1, seg.lines.length - 8)).reverse()) {
    const t = l.text.trim();
    if (l.kind === 'text' && t.length <= 60 && isEnOrgLine(t) && !hasTitleMark(t) && !/\bmeeting\b/i.test(t) && !genericBody(t)) return at(t, l, l.text.indexOf(t), t.length, 0.5);
  }
  return null;
}

/** A place's government named by its kind inside a longer name: "… of the Village of Croton-on-Hudson". */
const EN_PLACE_IN_NAME = new RegExp(`\\b${alt(EN_PLACE_KINDS)}\\s+of\\s+[A-Z][\\w'’.-]*(?:[\\s-]+[A-Z][\\w'’.-]*){0,3}`);
/** A name ending with what a body is, perhaps then its town: "Minhaj University Lahore", "Academic Council". */
const EN_BODY_THEN_PLACE = new RegExp(`\\b${alt(EN_ORG_ENDS)}(?:\\s+[A-Z][\\w'’-]+){0,2}$`);

/** A board named by its members: "Board of County Commissioners", "Board of Trustees". */
const EN_BOARD_OF_MEMBERS = new RegExp(`\\b(?:Board|Court|Council)\\s+of\\s+(?:[A-Z][\\w'’-]+\\s+){0,2}${alt(EN_BOARD_MEMBERS)}$`, 'i');

/** The body a "meeting of …" phrase names, with its offset: "… Meeting of the University Grants Commission held on …". */
function enBodyOfMeeting(text: string): { name: string; at: number } | null {
  const m = text.match(/\b(?:meeting|AGM|EGM|session|sitting)\s+of\s+(?:the\s+)?([A-Z][^,.(]{2,90}?)(?=\s+(?:held|at|on|in|was|which|met|convened|took|HELD|AT|ON|IN|WAS|WHICH|MET|CONVENED|TOOK)\b|\s*[,.(]|\s*$)/i);
  const body = m?.[1].trim();
  // A name, capitalised: not "the board of Trustees" told in passing ("the maranoa Regional Council" is one, mistyped).
  if (!m || !body || (!/^\p{Lu}/u.test(body) && body.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2)) return null;
  const from = (m.index ?? 0) + m[0].indexOf(body);
  // Named, not generic ("the Council", "Village Liaison Committee" name no one body), and not a
  // heading in capitals, whose words cannot be told from the rest of the line.
  const named = /[a-z]/.test(body) && body.split(/\s+/).some((w) => /^[A-Z]/.test(w) && !EN_GENERIC_BODY_WORD.test(w));
  if (!named) return null;
  // A board of a place names the place's government: "Board of Trustees of the Village of Croton-on-Hudson".
  const place = EN_PLACE_IN_NAME.exec(body);
  if (place && place.index > 0) return { name: place[0], at: from + place.index };
  return EN_BODY_END.test(body) || EN_MEETING_BODY_END.test(body) || EN_BODY_THEN_PLACE.test(body) || EN_BOARD_OF_MEMBERS.test(body) || EN_BODY_FOR_FIELD.test(body) ? { name: body, at: from } : null;
}

/** A body named by its kind, then its field: "Northern European Association for Language Technology", "Society of Friends of the Museum". */
const EN_BODY_FOR_FIELD = new RegExp(`\\b${alt(EN_ORG_ENDS)}\\s+(?:for|of)\\s+(?:the\\s+)?[A-Z][\\w'’-]+(?:\\s+(?:[A-Z][\\w'’-]+|and|&|of|the)){0,5}$`);

/** "The X, …, convened / met …" opening a record: the body that met, named, not a kind of body alone ("The Council met"). */
const EN_BODY_MET = /^The\s+([A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&|the|for)){1,10})(?=,|\s+(?:convened|met)\b)/;

function enBodyConvened(line: string): { name: string; at: number } | null {
  // The record's date may open its first sentence: "December 12, 2016 The Mahaska County Board of Supervisors met …".
  const date = findDates(line.slice(0, 40))[0];
  const skip = date && date.index === 0 ? date.length + (line.slice(date.length).match(/^[\s,.:–-]*/)?.[0].length ?? 0) : 0;
  const text = line.slice(skip);
  const m = EN_BODY_MET.exec(text);
  const name = m?.[1];
  if (!m || !name || genericBody(name) || !/\b(?:convened|met)\b/.test(text.slice(0, 300))) return null;
  return EN_BODY_END.test(name) || EN_BODY_THEN_PLACE.test(name) || EN_BOARD_OF_MEMBERS.test(name) ? { name, at: skip + m[0].length - name.length } : null;
}

/** A part of an English title set off by dashes that is only a body's name: "Directors' Meeting - Eastby Cubing Canada". */
function enTitleBodyPart(title: string): { name: string; at: number } | null {
  const parts = title.split(/\s+[-–—|]\s+/);
  if (parts.length < 2) return null;
  for (const p of parts) {
    const t = p.trim();
    if (!t || hasTitleMark(t) || /\d|\b(?:meeting|agm|egm|session|call|notes|agenda|minutes)\b/i.test(t) || genericBody(t)) continue;
    const words = t.split(/\s+/);
    // Not a meeting's own name ("Road Safety Local Partnership Forum", "Users Group"): a body's name ends otherwise.
    const last = words[words.length - 1];
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^(?:[A-Z][\w'’.&-]*|of|the|and|&|for)$/.test(w)) || !/^[A-Z]/.test(last) || EN_GENERIC_BODY_WORD.test(last) || /^(?:forum|panel|conference|workshop|summit|network|partnership|team|plenum|retreat)$/i.test(last)) continue;
    return { name: t, at: title.indexOf(t) };
  }
  return null;
}

/** The year of the 印发 line ("…办公室 2023年3月2日印"), for a meeting date printed without one. */
let printYear: number | null = null;
/** How many of the page's first lines are its opening, for the year they carry. */
const HEAD_LINES = 12;

/**
 * The one year the dates of the page's opening lines carry ("Meeting of the Council / 30 September and 1 October 1999"),
 * for a meeting date the record tells without it further down ("called the Council to order … on 30 September").
 */
function openingYear(seg: Segmented): number | null {
  const years = new Set(seg.lines.slice(0, HEAD_LINES).filter((l) => l.kind !== 'chrome').flatMap((l) => findDates(l.text).map((d) => d.year).filter((y): y is number => !!y)));
  return years.size === 1 ? [...years][0] : null;
}

function withYear(d: FoundDate, line: string): string {
  if (d.year) return d.iso;
  // A masked year ("200x") stays masked; an absent one may be stated nearby ("2022年第17次").
  const masked = /[xX×＊*]/.test(line.slice(d.index, d.index + d.length + 8));
  if (masked) return d.iso;
  const rest = line.slice(0, d.index) + ' ' + line.slice(d.index + d.length);
  const y = findYear(rest) ?? printYear;
  return y ? `${y}${d.iso.slice(4)}` : d.iso;
}

function isDeadline(text: string, d: FoundDate): boolean {
  const after = text.slice(d.index + d.length, d.index + d.length + 3);
  const before = text.slice(Math.max(0, d.index - 14), d.index);
  return /^\s?(?:前|之前|以前|为限)/.test(after) || /\b(?:by|before|no later than|not later than|prior to)\s+(?:the\s+)?$/i.test(before);
}

export function findMeetingDate(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  // A static site's post stamp in the front matter yields to the record's own date a little before it.
  const stamp = frontMatterStamp(seg);
  return stamp ? stampOrRecord(stamp, meetingDateOf(withoutFrontStamp(seg, stamp), title)) : meetingDateOf(seg, title);
}

function meetingDateOf(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  const hit = findMeetingDateAsPrinted(seg, title);
  // No line holds a date whole, or only its day: one broken over two lines, as a reading.
  const wrapped = !hit || hit.value.startsWith('XXXX') ? wrappedDate(seg) : null;
  if (!hit && wrapped) return { value: wrapped.date.iso, start: wrapped.start, end: wrapped.end, confidence: 0.6 };
  if (!hit) {
    // A Chinese record's closing date under its recorder's name (fields/recorder-date-zh.ts).
    const kept = recorderDateZh(seg);
    return kept ? { value: kept.iso, start: kept.start, end: kept.end, confidence: 0.5 } : null;
  }
  if (wrapped && wrapped.date.iso.slice(4) === hit.value.slice(4)) return { ...hit, value: wrapped.date.iso, confidence: Math.min(hit.confidence, 0.8) };
  if (!hit.value.startsWith('XXXX')) return sameDayOtherYear(seg, spelledOut(seg, hit));
  // The same day printed with its year in the record's first lines ("6月7日召开…" over "2011年6月7日，我校召开…"): that year.
  const same = seg.lines
    .slice(0, Math.min(seg.tailStart, seg.bodyStart + 6))
    .filter((l) => l.kind !== 'chrome' && l.kind !== 'meta')
    .flatMap((l) => datesIn(l.text))
    .find((d) => d.year && d.iso.slice(4) === hit.value.slice(4));
  if (same) return { ...hit, value: same.iso, confidence: Math.min(hit.confidence, 0.8) };
  // A date printed without its year: the page's publication date ("发布日期:2021-06-28") gives the
  // year when the meeting falls on or before it that year; a year printed elsewhere leaves it a guess.
  const pub = publicationDate(seg);
  if (pub && hit.value.slice(5) <= pub.slice(5)) return { ...hit, value: pub.slice(0, 4) + hit.value.slice(4), confidence: Math.min(hit.confidence, 0.75) };
  // The year the record's own header prints ("2022年第8次", "（2022年第8期）", the title's "2023年第4次…"):
  // the meeting's, read as a guess (a date without a year scores by its month and day alone).
  const headerYear = headerYearOf(seg, title);
  if (headerYear) return { ...hit, value: headerYear + hit.value.slice(4), confidence: Math.min(hit.confidence, 0.6) };
  // Else the one year the page's opening lines date themselves in, as a guess too.
  const opening = openingYear(seg);
  if (opening) return { ...hit, value: opening + hit.value.slice(4), confidence: Math.min(hit.confidence, 0.6) };
  const anyYear = seg.lines.some((l) => findDates(l.text).some((d) => d.year));
  return anyYear ? { ...hit, confidence: Math.min(hit.confidence, 0.6) } : hit;
}

/**
 * The date a title gives the meeting: its first, or, where a file's date leads a heading that prints another
 * ("02 February 2014 Regular MINUTES OF THE … MEETING FEBRUARY 24, 2014"), the one after the minutes mark.
 */
function titleDate(title: string): (FoundDate & { other?: boolean }) | undefined {
  const all = datesIn(title);
  const mark = TITLE_MARK_EN.exec(title) ?? TITLE_MARK_ZH.exec(title);
  const after = mark ? all.find((d) => d.year && d.index > mark.index) : undefined;
  const before = all.find((d) => d.year);
  if (after && before && before.index < mark!.index && before.iso !== after.iso) return { ...after, other: true };
  return all[0];
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday a date is printed with ("Wednesday 8 June 2011"), when it is that date's own. */
function weekdayHolds(text: string, d: FoundDate): boolean {
  const day = /^(sun|mon|tue|wed|thu|fri|sat)/i.exec(text.slice(d.index, d.index + d.length))?.[1].toLowerCase();
  return !!day && WEEKDAYS[new Date(`${d.iso}T12:00:00Z`).getUTCDay()] === day;
}

/**
 * The same day printed twice in the header with two years ("Minutes of Meeting 8 June 2012" over "Meeting
 * Wednesday 8 June 2011"): the one whose weekday holds for its year is the meeting's, the other a slip.
 */
function sameDayOtherYear(seg: Segmented, hit: Hit<string>): Hit<string> {
  for (const l of seg.lines.slice(0, Math.min(seg.tailStart, seg.bodyStart + 6))) {
    if (l.kind === 'chrome' || l.kind === 'meta') continue;
    const d = datesIn(l.text).find((x) => x.year && x.iso.slice(4) === hit.value.slice(4) && x.iso !== hit.value);
    if (d && weekdayHolds(l.text, d)) return { ...hit, value: d.iso, start: l.start + d.index, end: l.start + d.index + d.length, confidence: Math.min(hit.confidence, 0.8) };
  }
  return hit;
}

/** A numeric date either way round ("10.02.2014": 10 February or October 2). */
const EITHER_WAY = /^(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})$/;

/**
 * A numeric date that reads either way round, where the record's first lines spell one of the readings out
 * ("Minutes 10.02.2014" over "OCTOBER 2, 2014"): the reading spelled out.
 */
function spelledOut(seg: Segmented, hit: Hit<string>): Hit<string> {
  const m = EITHER_WAY.exec(seg.text.slice(hit.start, hit.end).trim());
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return hit;
  const other = hit.value.slice(0, 4) + '-' + hit.value.slice(8, 10) + '-' + hit.value.slice(5, 7);
  const spelled = seg.lines
    .slice(0, Math.min(seg.tailStart, seg.bodyStart + 6))
    .filter((l) => l.kind !== 'chrome' && l.kind !== 'meta')
    .some((l) => datesIn(l.text).some((d) => d.year && d.iso === other && !/^\d/.test(l.text.slice(d.index, d.index + d.length))));
  return spelled ? { ...hit, value: other, confidence: Math.min(hit.confidence, 0.8) } : hit;
}

/** A year printed in the title or on a header line of the record's own, before its body. */
function headerYearOf(seg: Segmented, title: Hit<string> | null): number | null {
  const lines = [...(title ? [title.value] : []), ...headerRange(seg).filter((l) => l.kind === 'text' || l.kind === 'label').map((l) => l.text)];
  for (const t of lines) {
    // A year of the record's series or of the document number, not a date of something else.
    const m = t.match(/(?<!\d)((?:19|20)\d{2})\s?(?:年度?\s?第|年\s?[（(]?第|年\s*$|学年|學年)|[〔［[【(（]\s?((?:19|20)\d{2})\s?[〕］\]】)）]/);
    const y = m ? Number(m[1] ?? m[2]) : null;
    if (y) return y;
  }
  // An English title naming the meeting with its year ("Minutes Of Annual General Meeting 2017", "2019 AGM").
  const en = title && seg.lang === 'en' ? EN_MEETING_YEAR.exec(title.value) : null;
  return en ? Number(en[1] ?? en[2]) : null;
}

/** A meeting's name and its year, either way round: "Annual General Meeting 2017", "AGM 2019", "2019 AGM". */
const EN_MEETING_YEAR = /\b(?:AGM|EGM|A\.G\.M\.?|(?:General|Annual|Committee|Board)\s+Meeting)\s+((?:19|20)\d{2})\b(?![-/.]\d)|\b((?:19|20)\d{2})\s+(?:AGM|EGM|Annual\s+General\s+Meeting|Annual\s+Meeting)\b/i;

/** A page's metadata line: when and where it was posted, and how often read ("人气:", "阅读量："). */
const PUBLISHED = /发布|發布|发表|發表|日期|来源|來源|点击|點擊|浏览|瀏覽|(?:人气|人氣|阅读量?|閱讀量?|访问量|訪問量)\s*[:：]|posted|published/i;

/** A line that is only a date stamp, with its time perhaps ("2020-03-24", "2019-08-31 15:41:00"): a page's. */
const dateStamp = (text: string): boolean => {
  const d = findDates(text).find((x) => x.year);
  return !!d && text.length <= 40 && (text.slice(0, d.index) + text.slice(d.index + d.length)).replace(/\d{1,2}:\d{2}(?::\d{2})?|[\s|｜()（）]/g, '').length <= 2;
};

/** The page's own publication date, from a metadata line near the top, or a date stamp alone on its line. */
function publicationDate(seg: Segmented): string | null {
  for (const l of seg.lines.slice(0, 30)) {
    if (!PUBLISHED.test(l.text) && !dateStamp(l.text)) continue;
    const d = findDates(l.text).find((x) => x.year);
    if (d) return d.iso;
  }
  return null;
}

/**
 * A record that counts years from the Republic of China (民國, 學年度) prints a two-digit year in that
 * calendar too ("98年2月11日" is 2009-02-11); elsewhere such a year is left alone.
 */
const ROC_MARK = /民[国國]|学年度|學年度/;
const ROC_SHORT = /(?<![\d年xX×＊*])(\d{2})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号號]/g;
let rocRecord = false;

function datesIn(text: string): FoundDate[] {
  const found = findDates(text);
  if (!rocRecord) return found;
  ROC_SHORT.lastIndex = 0;
  const out = [...found];
  let m: RegExpExecArray | null;
  while ((m = ROC_SHORT.exec(text))) {
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) continue;
    const year = Number(m[1]) + 1911;
    const at = m.index;
    // It replaces the month-day date read inside it, which had no year.
    const inner = out.findIndex((d) => d.index >= at && d.index < at + m![0].length);
    const date: FoundDate = { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year, month, day, index: at, length: m[0].length };
    if (inner >= 0) out.splice(inner, 1, date);
    else out.push(date);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The date a labelled meeting time gives: a Gregorian date with its year first; else, in Chinese, a
 * Republic-of-China reading ("113/11/12", "97年12月6日", "民國1061021" with its 年月日 lost), which is
 * less sure; else a date without its year.
 */
function timeLabelDate(value: string, lang: 'zh' | 'en'): { d: FoundDate; sure: boolean } | null {
  const found = datesIn(value);
  const dated = found.find((d) => d.year);
  if (dated) return { d: dated, sure: true };
  const roc = lang === 'zh' ? rocTimeDates(value)[0] : undefined;
  if (roc) return { d: roc, sure: false };
  const compact = compactLabelDate(value);
  if (compact) return { d: compact, sure: true };
  return found[0] ? { d: found[0], sure: true } : null;
}

/** A meeting-time label that is all of its line ("开会日期", "會議時間：", "Date:"). */
const TIME_LABEL_ALONE = new RegExp(`^(?:${alt([...ZH_LABELS.time])}|${alt(EN_LABELS.time.map((w) => w[0].toUpperCase() + w.slice(1)))}|${alt(EN_LABELS.time.map((w) => w.toUpperCase()))})\\s*[：:︰]?$`);

/** A meeting-time label run into a line ("…會議紀錄日期︰2003年6月9日(星期一)時間︰…"), not a page's 发布日期 or 收文日期. */
const RUN_TIME_LABEL = /(?<![发發布成文印新送收稿更报報上])(?:会议|會議|开会|開會)?(?:日期|时间|時間)\s*[：:︰]\s*/g;

/** A record's meeting date from a time label run on from its title: its date and offset in the line. */
function runOnTimeDate(text: string): { d: FoundDate; at: number } | null {
  RUN_TIME_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_TIME_LABEL.exec(text))) {
    const from = m.index + m[0].length;
    const d = datesIn(text.slice(from, from + 40))[0];
    // Run on from the record's own title, not a page's "时间: 2022-01-27 来源: …" line.
    if (d && d.index === 0 && d.year && TITLE_MARK_ZH.test(text.slice(0, m.index))) return { d, at: from };
  }
  return null;
}

/** An English header line that is only a date, perhaps with its weekday and time ("Tuesday 6th March 2012  5.30pm"). */
function enDateLine(text: string): FoundDate | null {
  const d = findDates(text).find((x) => x.year);
  if (!d || text.length > 80) return null;
  const rest = (text.slice(0, d.index) + ' ' + text.slice(d.index + d.length))
    .replace(/\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/\b(?:at|from|to|commencing|starting|beginning|and|date|meeting date|time)\b|[\s,.:;()|–—-]+/gi, '');
  return rest.length <= 2 ? d : null;
}

/** A date told as the previous meeting's: "the previous Ordinary Meeting held on …", "上次会议" ("the last meeting" may be this one). */
const PREVIOUS_MEETING = /\b(?:previous|prior|preceding)\s+(?:[A-Za-z-]+\s+){0,3}(?:meeting|minutes)\b[^.;]{0,40}$|(?:上次|上一次|前次)(?:会议|會議)[^。；]{0,20}$/i;
/** A full stop inside the clause that only closes an abbreviation ("Co. Leitrim", "St. Mary's"). */
const ABBR_DOT = String.raw`(?<=\b(?:Co|St|Rd|No|Mt|Ave|Dr|Ft|Ltd|Inc))\.`;
const MINUTES_BEFORE = new RegExp(String.raw`\bminutes\b(?:[^.;]|${ABBR_DOT}){0,150}$`, 'i');
const ADOPTED_AFTER = /^[^.;]{0,60}?\b(?:be|were|was|are|is|being)\s+(?:hereby\s+)?(?:adopted|confirmed|approved|accepted|signed|taken\s+as\s+read|received|agreed)\b/i;
/** An item's heading naming the minutes it takes: "Minutes of Meeting of … held on Monday 13th January 2020". */
const MINUTES_ITEM = /^(?:(?:approval|adoption|confirmation)\s+of\s+)?(?:the\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,8}?meeting\b[^.;]{0,120}\bheld\b/i;
/** The minutes of a meeting being adopted ("That the Minutes of the Meeting … on Monday 13th January 2020 be adopted"): that meeting was an earlier one. */
const minutesAdopted = (text: string, d: FoundDate): boolean =>
  MINUTES_BEFORE.test(text.slice(Math.max(0, d.index - 150), d.index)) && ADOPTED_AFTER.test(text.slice(d.index + d.length));

/** "MINUTES OF A MEETING … HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM …": the date right after "held on", in the first lines. */
function heldOnDate(seg: Segmented): Hit<string> | null {
  for (const l of seg.lines.slice(0, reach(seg, 8))) {
    // Nor a numbered item naming the minutes it takes ("1. Minutes of the Parish Council meeting held on 28th June 2017").
    if (l.kind === 'chrome' || l.num || /^\s*\d{1,3}\s*[.)]/.test(l.text)) continue;
    const re = /\bheld\s+on\s+/gi;
    let m: RegExpExecArray | null;
    while ((m = re.exec(l.text))) {
      // The heading's own words, at the line's start, not an item naming the last meeting ("To receive the minutes of the meeting held on …").
      const before = l.text.slice(0, m.index);
      if (m.index > 200 || !TITLE_MARK_EN.test(before) || /\b(?:receive|approve|confirm|adopt|accept|previous|last|earlier|motion|moved|that the)\b/i.test(before)) continue;
      const from = m.index + m[0].length;
      const d = findDates(l.text.slice(from, from + 48))[0];
      // Nor a sentence telling what became of those minutes ("Minutes of the meeting held on June 8th, 2023 were received as correct.").
      const said = d ? /^[\s,]{0,3}(?:were|was|have been|has been|are|be)\b/i.test(l.text.slice(from + d.index + d.length)) : false;
      if (d && d.index === 0 && d.year && !said) return at(d.iso, l, from, d.length, 0.8);
    }
  }
  return null;
}

/** A run-on header's opening date label, and the place label that follows it on the same line. */
const RUN_HEADER_DATE = /^\s*(?:会议|會議|开会|開會)?(?:日期|日\s期|时间|時間)\s*[：:︰]\s*/;
const RUN_HEADER_PLACE = /(?:地点|地點|地址|会址|會址)\s*[：:︰]/;
const PAGE_PARTICULARS = /来源|來源|发布|發布|浏览|瀏覽|点击|點擊|作者|编辑|編輯/;

/** A date at its sentence's start (the line's, or after 。；). */
const sentenceOpening = (text: string, d: FoundDate): boolean => /(?:^|[。；;！!])\s*$/.test(text.slice(Math.max(0, d.index - 4), d.index));
const HELD_IN_SENTENCE = /召开|举行|召開|舉行/;

/** Days from one ISO date to a later one. */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The date of a Chinese record's opening sentence ("7月31日上午，…召开第十九次主任会议", "2017731日上午，…")
 * among its first lines, its year completed from the line; a full date only.
 */
function heldOpening(seg: Segmented): Hit<string> | null {
  if (seg.lang !== 'zh') return null;
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, seg.bodyStart + 6))) {
    if (l.kind !== 'text' || !/召开|举行|主持/.test(l.text) || l.text.length <= 15) continue;
    const d = lostMonthDate(l.text) ?? datesIn(l.text)[0];
    if (!d || d.index > 2) continue;
    const iso = withYear(d, l.text);
    if (!iso.startsWith('XXXX')) return at(iso, l, d.index, d.length, 0.8);
  }
  return null;
}

/** An English sentence opening the meeting on its date ("THAT the Regular Council Meeting held on May 27, 2024 be called to order"). */
const EN_OPENED_ON = /\b(?:called\s+to\s+order|declared\s+(?:the\s+meeting\s+)?open|opened\s+the\s+meeting)\b/i;

function findMeetingDateAsPrinted(seg: Segmented, title: Hit<string> | null): Hit<string> | null {
  rocRecord = seg.lang === 'zh' && seg.lines.slice(0, 40).some((l) => ROC_MARK.test(l.text));
  const print = [...seg.lines].reverse().find((l) => l.kind === 'print' && findDates(l.text)[0]?.year);
  printYear = print ? findDates(print.text)[0].year : null;
  // A labelled meeting time: "时间：2016年11月29日", "Date: 8 May 2014".
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, seg.bodyStart + 15))) {
    if (l.kind === 'label' && l.label?.kind === 'time') {
      const found = timeLabelDate(l.label.value, seg.lang);
      if (found) {
        const { d, sure } = found;
        const iso = withYear(d, l.label.value);
        // Another labelled date further on that differs (a shared file's upload time above the record's own
        // "日期︰…"): which one is the meeting's is a guess; the one run on from the record's own title is it.
        let titled: Hit<string> | null = null;
        const other = seg.lines.slice(l.i + 1, l.i + 40).some((o) => {
          const m = o.text.match(/(?:日期|时间|時間|开会时间|會議日期|\bDate)\s*[：:︰]\s*/i);
          const od = m ? datesIn(o.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30))[0] : undefined;
          const differs = !!od && od.index === 0 && withYear(od, o.text) !== iso;
          if (differs && od && TITLE_MARK_ZH.test(o.text.slice(0, m!.index)) && !titled) {
            const from = (m!.index ?? 0) + m![0].length;
            titled = at(withYear(od, o.text), o, from, od.length, 0.7);
          }
          return differs;
        });
        if (titled) return titled;
        // A bare "日期:" over the page (its publication stamp) a few days after the meeting the opening
        // sentence dates ("7月31日上午，…召开…"): the opening's is the meeting's.
        const held = /^(?:日期|时间|時間)$/.test(l.label.label) ? heldOpening(seg) : null;
        if (held && held.value < iso && daysBetween(held.value, iso) <= 60) return { ...held, confidence: 0.8 };
        return at(iso, l, l.label.valueAt + d.index, d.length, other ? 0.7 : sure ? 0.95 : 0.85);
      }
    }
  }
  // A record's header run together in one line, read as the page's particulars: "日期: 二零零六年六月七日 (星期三)
  // 时间: 上午十时 地点: …" — a meeting's date beside its time and place, not a page's 发布日期 beside its 来源.
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, seg.bodyStart + 15))) {
    if (l.kind !== 'meta' && l.kind !== 'text') continue;
    const m = RUN_HEADER_DATE.exec(l.text);
    if (!m || !RUN_HEADER_PLACE.test(l.text.slice(m[0].length)) || PAGE_PARTICULARS.test(l.text)) continue;
    const d = datesIn(l.text.slice(m[0].length, m[0].length + 40))[0];
    if (d && d.index === 0) return at(withYear(d, l.text), l, m[0].length, d.length, 0.85);
  }
  // A time label alone in its cell, the date in the next ("开会日期" / "2020-12-22 09:00:00", "Date:" / "5 March 2024").
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length - 1, seg.bodyStart + 15))) {
    if ((l.kind !== 'text' && l.kind !== 'label') || !TIME_LABEL_ALONE.test(l.text.trim())) continue;
    const next = seg.lines[l.i + 1];
    const d = next.kind === 'chrome' ? undefined : datesIn(next.text)[0];
    if (d && d.index <= 2) return at(withYear(d, next.text), next, d.index, d.length, d.year ? 0.85 : 0.7);
  }
  // A time label run into a line of a PDF's text: "…會議紀錄日期︰二○○九年九月三日(星期四)時間︰…".
  for (const l of seg.lines.slice(0, Math.min(seg.lines.length, seg.bodyStart + 15))) {
    if (seg.lang !== 'zh' || l.kind === 'chrome' || l.kind === 'print' || l.kind === 'label') continue;
    const run = runOnTimeDate(l.text);
    if (run) return at(run.d.iso, l, run.at + run.d.index, run.d.length, 0.85);
  }
  if (title) {
    const d = titleDate(title.value);
    if (d) {
      const value = withYear(d, title.value);
      // A heading line further down says when the meeting was "held on" another date (the title is a search
      // snippet's or a file's, its date a later one): the held-on date is the meeting's.
      const heldOn = seg.lang === 'en' ? heldOnDate(seg) : null;
      if (heldOn && heldOn.value !== value) return heldOn;
      return { value, start: title.start + d.index, end: title.start + d.index + d.length, confidence: d.other ? 0.8 : 0.9 };
    }
  }
  // An English header line that is only the date: "Tuesday 6th March 2012  5.30pm", "January 20, 2024".
  if (seg.lang === 'en') {
    for (const l of headerRange(seg)) {
      const d = l.kind === 'text' || l.kind === 'date' ? enDateLine(l.text) : null;
      if (d) return at(d.iso, l, d.index, d.length, 0.8);
    }
  }
  // A note's heading that dates the meeting ("## 2021年2月4日星期四"), over the dates its notes print.
  const heading = headingDate(headerRange(seg), datesIn);
  if (heading) return at(heading.d.iso, heading.line, heading.d.index, heading.d.length, 0.75);
  // The opening sentence: "2021年11月21日上午，…主持召开…", "On May 26, 200x, …"; in Chinese it may
  // stand among the header lines ("12月31日，县长王军主持召开…" over the items).
  const opening = seg.lang === 'zh' ? seg.lines.slice(0, Math.max(0, seg.bodyStart)).find((l) => l.kind === 'text' && /召开|举行|主持/.test(l.text) && l.text.length > 15 && (datesIn(l.text)[0]?.index ?? 99) <= 2) : undefined;
  const body = [...(opening ? [opening] : []), ...seg.lines.slice(seg.bodyStart, Math.min(seg.tailStart, seg.bodyStart + 6))];
  const headerDated = headerRange(seg).some((l) => datesIn(l.text).some((x) => x.year));
  for (const l of body) {
    if (l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'print' || l.kind === 'distribution') continue;
    // A page saved without its 月: "423日，校长…主持召开…".
    const lost = seg.lang === 'zh' ? lostMonthDate(l.text) : null;
    if (lost) return at(withYear(lost, l.text), l, lost.index, lost.length, 0.7);
    // A deadline in a decision ("于5月20日前", "by 30 June") is not the meeting's date, nor the day its notice
    // went out ("于2025年12月5日以书面方式发出会议通知"): the meeting's follows.
    // Nor is the previous meeting's ("Minutes of the previous Ordinary Meeting held on 16 July 2008"), nor
    // that of the minutes being adopted ("That the Minutes of the Meeting … on 13th January 2020 be adopted").
    // Nor, below the header, an item's heading naming the minutes it takes ("Minutes of Meeting of … held on Monday 13th January 2020").
    // Only where the header dates the page itself: a record's own title may open its body.
    if (l.i >= seg.bodyStart && seg.lang === 'en' && MINUTES_ITEM.test(l.text) && headerDated) continue;
    const dates = datesIn(l.text).filter((x) => !isDeadline(l.text, x) && !noticeSent(l.text.slice(x.index + x.length), seg.lines[l.i + 1]?.text) && !PREVIOUS_MEETING.test(l.text.slice(Math.max(0, x.index - 70), x.index)) && !minutesAdopted(l.text, x));
    // A date told in passing ("青川县7月25日召开…启动会…。7月31日上午，总医院党委第一次会议…召开") yields to one
    // that opens its own sentence on the meeting held.
    const opens = seg.lang === 'zh' && dates[0] && !sentenceOpening(l.text, dates[0]) ? dates.find((x) => x.index < 200 && sentenceOpening(l.text, x) && HELD_IN_SENTENCE.test(l.text.slice(x.index).split(/[。；]/)[0])) : undefined;
    const d = opens ?? dates[0];
    if (d && d.index < 200) return at(withYear(d, l.text), l, d.index, d.length, 0.8);
  }
  for (const l of headerRange(seg)) {
    // A listing's posting stamp after the title ("…Minutes  2023-06-12") dates the page, not the meeting.
    const stamp = stampAt(l.text);
    const d = datesIn(l.text).find((x) => x.index !== stamp);
    if (d) return at(withYear(d, l.text), l, d.index, d.length, 0.6);
  }
  if (seg.lang === 'en') {
    // A sentence that opens the meeting on its date, further down: "… held on May 27, 2024 be called to order".
    for (const l of seg.lines.slice(0, Math.min(seg.tailStart, 60))) {
      if (l.kind === 'chrome' || l.kind === 'meta' || !EN_OPENED_ON.test(l.text)) continue;
      const d = findDates(l.text).find((x) => x.year && !isDeadline(l.text, x));
      if (d) return at(d.iso, l, d.index, d.length, 0.7);
    }
    // A line that is only a date, below a heading the header did not reach ("BOARD OF DIRECTORS MEETING" / "February 27, 2018 at 5:30 PM").
    for (const l of seg.lines.slice(0, Math.min(seg.tailStart, 30))) {
      const d = l.kind === 'text' || l.kind === 'date' ? enDateLine(l.text) : null;
      if (d) return at(d.iso, l, d.index, d.length, 0.6);
    }
  }
  return null;
}
