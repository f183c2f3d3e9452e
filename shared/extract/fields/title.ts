/**
 * The title when no minutes title was found: the page's own heading line as printed, over its body.
 * A record published without a 纪要 / minutes heading still prints one ("汉阴:县政府召开2018年第八次
 * 常务会议", "田尾公路花園休閒農業區-輔導會議", "A.B.M. 12 MARCH 2005"); a record that opens on its first
 * sentence, or under a date alone, prints none, and gets none here. Every reading is a guess, below the
 * confident level.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { SITE_LABEL, isChrome } from '../segment/markers';
import { findDates } from './dates';
import { reach, unmarked, type Hit } from './header';
import { alt } from '../lexicon/build';
import { ZH_HEADING_MEETING } from '../lexicon/zh';
import { PORTAL_BAR } from '../linearize/portal-bar';
import { aboutRecord } from './title-about-record';
import { datedHeadingZh } from './dated-heading-zh';

/** How far down a heading may stand: past a site's furniture, never into the body. */
const SCAN = 8;
const CONFIDENCE = 0.5;

/** A share or listing page's stamp before the heading: "2025-12-11 18:40│", "2020-05-22 |". */
const STAMP_BEFORE = /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[│|｜]\s*/;
/** A line that is only rules of a text table ("────┬────"), or a cell bar. */
const RULE_ONLY = /^[\s│┃|｜─━┬┴┼┌┐└┘├┤=_*#-]*$/;

const ZH_MEETING_WORD = new RegExp(alt(ZH_HEADING_MEETING));
const ZH_SENTENCE = /[，,。；;！!？?]/;

/** A numeric date an English heading prints: "27-01-2017", "11/13/2018". */
const NUMERIC_DATE = /\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b/;
const EN_SENTENCE_END = /[.,;:]$/;
/** What a dateline prints beside its date: the weekday, the hour ("7:30 PM", "11:50am", "17:00"), "at". */
const NOT_A_HEADING_WORD = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon)\b|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?/gi;
const EN_MEETING_WORD = /\b(?:meeting|committee|board|council|session|assembly|a\.?g\.?m|a\.?b\.?m|e\.?g\.?m|syndicate|senate|plenum|conference)\b/i;

function hit(line: SegLine, value: string): Hit<string> {
  const start = line.start + line.text.indexOf(value);
  return { value, start, end: start + value.length, confidence: CONFIDENCE };
}

/** The lines above the body a heading may be among: furniture left out, up to the first label, item or paragraph. */
function topLines(seg: Segmented, bodyLength: number): SegLine[] {
  const out: SegLine[] = [];
  for (const l of seg.lines.slice(0, reach(seg, SCAN))) {
    const t = l.text.trim();
    if (l.kind === 'chrome' || l.kind === 'meta' || RULE_ONLY.test(t) || isChrome(t)) continue;
    if (l.kind === 'label' || l.num || l.kind === 'distribution' || l.kind === 'print') break;
    if (t.length > bodyLength) break;
    // A sentence of the record, even cut short by a narrow column's wrapping ("3月2日上午，县长…主持召开县政府第"):
    // the body has begun, and a short line after it is more of it, not a heading.
    if (seg.lang === 'zh' && t.length >= 12 && ZH_SENTENCE.test(t)) break;
    out.push(l);
  }
  return out;
}

/** "汉阴:县政府召开2018年第八次常务会议": a short line naming a meeting, no sentence, over the body. */
function zhHeading(seg: Segmented): Hit<string> | null {
  for (const l of topLines(seg, 60)) {
    // A note page's front matter keys its title ("title: …"): the value is the heading.
    const value = l.text.replace(STAMP_BEFORE, '').replace(/^\s*title\s*[:：]\s*/i, '').trim();
    if (value.length < 6 || value.length > 60 || ZH_SENTENCE.test(value) || SITE_LABEL.test(value)) continue;
    if (!ZH_MEETING_WORD.test(value)) continue;
    // A line about the record (where it is posted or linked) names it without heading it.
    if (aboutRecord(value)) continue;
    // The line after must be the record itself, not more of a listing.
    const next = seg.lines[l.i + 1];
    if (!next) continue;
    return hit(l, value);
  }
  return null;
}

/** The file's name a records portal prints before the text, up to where the text runs on ("…MinutesSPECIAL …"). */
function portalName(seg: Segmented): Hit<string> | null {
  for (const l of seg.lines.slice(0, reach(seg, SCAN))) {
    const m = PORTAL_BAR.exec(l.text);
    if (!m) continue;
    const rest = l.text.slice(m[0].length);
    const join = /[a-z0-9)][A-Z]/.exec(rest);
    const value = (join ? rest.slice(0, join.index + 1) : rest).trim();
    if (value.length >= 8 && value.length <= 120 && (/\bminutes\b/i.test(value) || EN_MEETING_WORD.test(value))) return hit(l, value);
  }
  return null;
}

/** "26 May 2020", "A.B.M. 12 MARCH 2005", "CONFIDENTIAL O.SYNDICATE 27-01-2017": a dated heading line over the body. */
function enHeading(seg: Segmented): Hit<string> | null {
  for (const l of topLines(seg, 120)) {
    const value = l.text.trim();
    // A full stop after the year closes a heading as well ("3.5m Users Committee Meeting Oct 14, 1996.").
    if (value.length < 6 || value.length > 80 || (EN_SENTENCE_END.test(value) && !/\b(?:19|20)\d{2}\.$/.test(value))) continue;
    const date = findDates(value).find((d) => d.year);
    if (!date && !NUMERIC_DATE.test(value)) continue;
    // A date alone, a weekday or an hour with it ("Tuesday, March 2, 2010", "7pm, Tuesday 23 March 2004"), is
    // when the meeting sat, which the meeting date holds; it names no record.
    const rest = (date ? value.slice(0, date.index) + ' ' + value.slice(date.index + date.length) : value.replace(NUMERIC_DATE, ' ')).replace(NOT_A_HEADING_WORD, ' ');
    if (!/[\p{L}\d]/u.test(rest)) continue;
    // A dateline alone, which the opening sentence below repeats ("10 June 2020" / "… met on the 10th June
    // 2020"), dates a letter; it heads the record only where nothing else says when it met.
    const next = seg.lines[l.i + 1];
    if (date && value.length - date.length <= 2 && next && findDates(next.text).some((d) => d.iso === date.iso)) continue;
    // A date with a few words of heading, not a sentence that mentions one.
    const words = value.split(/\s+/).length;
    if (words > 8) continue;
    return hit(l, value);
  }
  return null;
}

/** A note page's level-one heading ("# Releases WG", "# 組內開會(寒假_1th)"), not a label ("# Roll call:"). */
const MD_TITLE = /^#[ \t]+(?!#)(\S.{0,118}?)\s*#*\s*$/;

/** The first line of a Markdown note page, where it is its level-one heading: the page's title as its author gave it. */
function markdownTitle(seg: Segmented): Hit<string> | null {
  const first = seg.lines.find((l) => l.kind !== 'chrome' && l.kind !== 'meta' && !RULE_ONLY.test(l.text.trim()));
  const m = first ? MD_TITLE.exec(first.text.trim()) : null;
  if (!first || !m || /[:：]$/.test(m[1])) return null;
  return hit(first, m[1]);
}

/** The page's own heading line, where no minutes title was found: a reading to check. */
export function headingLine(seg: Segmented): Hit<string> | null {
  // A note page's markup ("# 14 March 2021", "- 汉阴:县政府召开…会议") is no part of the heading.
  // A team's note page headed by its date and name, over the meeting's particulars (fields/dated-heading-zh.ts).
  if (seg.lang === 'zh') return unmarked(zhHeading(seg) ?? datedHeadingZh(seg)) ?? markdownTitle(seg);
  return unmarked(portalName(seg) ?? enHeading(seg)) ?? markdownTitle(seg);
}
