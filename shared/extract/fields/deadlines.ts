/**
 * Deadlines in a decision, as printed ("6月底前", "于5月20日前", "限期15日内", "mid-June",
 * "by 30 June"), and the date they mean when the meeting date gives the year.
 */
import { cnNumber } from '../text/numerals';
import { findDates, isoOf, lastDayOf, MONTH_RE } from './dates';
import { EN_EVENT_DEADLINE } from './event-deadlines';

export interface Deadline {
  phrase: string;
  index: number;
  dueDate?: string;
}

const N = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const ZH_PATTERNS: RegExp[] = [
  new RegExp(`(?:于|在|於)?(?:(\\d{4})\\s?年)?\\s?${N}\\s?月\\s?${N}\\s?(?:[日号號]\\s?)?(?:前|之前|以前|为限|為限)`, 'g'),
  new RegExp(`(?:于|在|於)?(?:(\\d{4})\\s?年)?\\s?${N}\\s?月(?:份)?(底|末|上旬|中旬|下旬|中|初)\\s?(?:前|之前|以前)?`, 'g'),
  /(?:于|在|於)?(?:(\d{4})\s?年)?(?:本|今)?年(?:底|末)(?:前|之前)?|(?:本|下)[周週][一二三四五六日天](?:前|之前)|(?:春节|春節|国庆节?|國慶節?|元旦|五一|汛期?|开学|開學|节|節)前|年[内內]|本月(?:底|内|內)(?:前)?|(?:本|下)[周週][内內]|月底前|下(?:次|一次|届|屆)(?:会议|會議|会|會)(?:召开|召開)?(?:之前|前|中|上|时|時|后|後)|今年(?=力争|力爭|完成|开工|開工|动工|動工|建成|竣工)/g,
  /限期\s?(\d{1,3}|[一二两兩三四五六七八九十]{1,3})\s?(?:个|個)?(工作日|日|天|周|週|个月|個月)[内內]?|(?<![\d年月])(\d{1,3}|[一二两兩三四五六七八九十]{1,3})\s?(?:个|個)?(工作日|日|天|周|週|个月|個月)(?:之|以)?[内內]/g,
  // A month and day in figures before 前: "请总干事于12/30前完成建档".
  /(?:于|在|於)?(?<![\d/／])(\d{1,2})\s?[/／]\s?(\d{1,2})(?![\d/／])\s?(?:前|之前|以前)/g,  // Half units: "半个月内", "半年内", "一个半月内" (a month and a half). Before it, "半年内" gave "年内".
  /(?<![\d年月上下])(?:(\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s?(?:个|個)半月|半\s?(?:个|個)?月|(半)年)(?:之|以)?[内內]/g,
  // The day the work is to be done by, without 前: "争取在6月20日完成征收任务" (read as pattern 0). Not a
  // day it was done ("已于6月20日完成").
  new RegExp(`(?<!已|已经|已經)(?:于|在|於)(?:(\\d{4})\\s?年)?\\s?${N}\\s?月\\s?${N}\\s?[日号號](?=\\s?(?:全面|全部|基本)?(?:完成|办结|辦結|上报|上報|报送|報送|提交|交付|竣工|建成))`, 'g'),
];
/** The index of the pattern just above, read as a month and a day like the first. */
const ZH_DAY_TO_FINISH = ZH_PATTERNS.length - 1;

const EN_MONTH = MONTH_RE;
const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const EN_PATTERNS: RegExp[] = [
  new RegExp(`\\b(early|mid|late|end of|the end of|beginning of|start of)[- ]${EN_MONTH}\\b`, 'gi'),
  new RegExp(`\\b(?:by|before|no later than|not later than|prior to|on or before|due)\\s+(?:the\\s+)?(?:end of (?:the |this )?(?:month|week|year|quarter)|next meeting|end of ${EN_MONTH}(?:,?\\s+\\d{4})?|\\d{1,2}(?:(?:st|nd|rd|th)\\s*|\\s+)(?:of\\s+)?${EN_MONTH}(?:,?\\s+\\d{4})?|${EN_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`, 'gi'),
  // "within 10 working days", "within a month", "in two weeks' time".
  /\b(?:within|in)\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(working\s+days?|days?|weeks?|months?)(?:['’]?\s+time)?\b(?<=\bwithin\b.*|time)/gi,
  // "at next meeting" without its article too, but not "for next meeting" (an item's heading: what to prepare for it).
  /\b(?:(?:at|by|before|for)\s+the|(?:at|by|before))\s+next\s+(?:board\s+|council\s+|committee\s+|full\s+)?meeting\b/gi,
  // A day something is held on ("the AGM would be held on Wednesday 8th July") is no deadline: only a
  // day the work is due on is.
  new RegExp(`(?<!\\b(?:held|hold|place|meet|meets|meeting|convened?|reconvened?)\\b[^.;]{0,80})\\bon\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:${EN_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH})\\b`, 'gi'),
  /\b(?:within|during|by the end of|before the end of|by end of|before end of)\s+(?:this|the current)\s+(week|month|year)\b/gi,
  // "over weekend", "this week", "for next week".
  /\b(?:(?:over|during|by|before)\s+(?:the\s+)?(weekend)|(this)\s+week|(?:for|by|before|during|within)\s+(next)\s+week)\b/gi,
  // A numeric date after "by" ("by 30/06/2024"): kept as printed, its order of day and month unknown.
  /\b(?:by|before|due|no later than|not later than)\s+\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/gi,
  // "before next AGM", "for the April meeting": an event to come (fields/event-deadlines.ts); no date counted.
  EN_EVENT_DEADLINE,
  // "next Tuesday", "Tuesday next week": that weekday of the week after the meeting's.
  /\b(?:(?:by|before|on)\s+)?(?:next\s+(mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tues|wednes|thurs|fri|satur|sun)day\s+next\s+week)\b/gi,
  // "before Easter", "by the Christmas holidays", "by the end of the academic year", "by end of term": a season's
  // close, no date counted.
  /\b(?:by|before|in time for|prior to)\s+(?:the\s+)?(?:Easter|Christmas|Xmas|half[- ]term|(?:summer|Christmas|Easter)\s+(?:holidays?|break|recess)|end\s+of\s+(?:the\s+|this\s+)?(?:(?:academic|financial|school|fiscal)\s+year|term|semester))\b/gi,
];
/** The pattern of a weekday next week. */
const EN_NEXT_WEEKDAY = EN_PATTERNS.length - 2;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days of the week counted from Monday = 0. */
function weekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** N working days (Monday to Friday) after the meeting. */
function addWorkdays(iso: string, n: number): string {
  let d = iso;
  for (let left = Math.min(n, 3660); left > 0; ) {
    d = addDays(d, 1);
    if (weekday(d) < 5) left--;
  }
  return d;
}

/** N calendar months after the meeting, the day kept where the month has it. */
function addMonths(iso: string, n: number): string {
  const [y, m, day] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoOf(year, month, Math.min(day, lastDayOf(year, month)));
}

/** The last day of the meeting's week (Sunday), month, quarter or year. */
function endOf(iso: string, unit: string): string {
  const [y, m] = iso.split('-').map(Number);
  if (unit === 'week') return addDays(iso, 6 - weekday(iso));
  if (unit === 'month') return isoOf(y, m, lastDayOf(y, m));
  if (unit === 'quarter') {
    const q = Math.ceil(m / 3) * 3;
    return isoOf(y, q, lastDayOf(y, q));
  }
  return isoOf(y, 12, 31);
}

/** Year for a month, rolled to the next year when the month lies before the meeting's. */
function yearFor(month: number, meeting: { year: number; month: number }): number {
  return month < meeting.month ? meeting.year + 1 : meeting.year;
}

function zhDue(m: RegExpExecArray, pattern: number, meetingIso: string | null): string | undefined {
  const known = meetingIso && /^\d{4}/.test(meetingIso) ? { year: Number(meetingIso.slice(0, 4)), month: Number(meetingIso.slice(5, 7)) } : null;
  const explicitYear = m[1] ? Number(m[1]) : null;
  if (pattern === 0 || pattern === ZH_DAY_TO_FINISH) {
    const month = cnNumber(m[2]);
    const day = cnNumber(m[3]);
    const year = explicitYear ?? (known ? yearFor(month, known) : null);
    return year && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoOf(year, month, day) : undefined;
  }
  if (pattern === 1) {
    const month = cnNumber(m[2]);
    const year = explicitYear ?? (known ? yearFor(month, known) : null);
    if (!year || !(month >= 1 && month <= 12)) return undefined;
    const part = m[3];
    const day = part === '上旬' || part === '初' ? 10 : part === '中旬' || part === '中' ? 20 : lastDayOf(year, month);
    return isoOf(year, month, day);
  }
  if (pattern === 2) {
    const wk = m[0].match(/(本|下)[周週]([一二三四五六日天])/);
    if (wk) {
      if (!known || !meetingIso) return undefined;
      const want = '日一二三四五六'.indexOf(wk[2] === '天' ? '日' : wk[2]);
      const d = new Date(`${meetingIso}T00:00:00Z`);
      // Weeks start on Monday: days from the meeting to that weekday of this (or next) week.
      const dow = (d.getUTCDay() + 6) % 7;
      const target = (want + 6) % 7;
      return addDays(meetingIso, target - dow + (wk[1] === '下' ? 7 : 0));
    }
    const week = m[0].match(/(本|下)[周週][内內]/);
    if (week) return known && meetingIso ? addDays(endOf(meetingIso, 'week'), week[1] === '下' ? 7 : 0) : undefined;
    if (!/\d|年|月/.test(m[0])) return undefined;
    if (/年/.test(m[0])) {
      const year = explicitYear ?? known?.year;
      return year ? isoOf(year, 12, 31) : undefined;
    }
    if (/月/.test(m[0]) && known && meetingIso) return isoOf(known.year, known.month, lastDayOf(known.year, known.month));
    return undefined;
  }
  if (pattern === 4) {
    const month = cnNumber(m[1]);
    const day = cnNumber(m[2]);
    const year = known ? yearFor(month, known) : null;
    return year && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoOf(year, month, day) : undefined;
  }
  if (pattern === 5 && meetingIso && known) {
    // Half a year is six months; half a month, fifteen days after the whole months.
    if (m[2]) return addMonths(meetingIso, 6);
    const months = m[1] ? cnNumber(m[1]) : 0;
    return Number.isFinite(months) ? addDays(addMonths(meetingIso, months), 15) : undefined;
  }
  if (pattern === 3 && meetingIso && known) {
    const n = cnNumber(m[1] ?? m[3]);
    const unit = m[2] ?? m[4];
    if (!Number.isFinite(n)) return undefined;
    if (unit === '工作日') return addWorkdays(meetingIso, n);
    if (unit === '个月' || unit === '個月') return addMonths(meetingIso, n);
    return addDays(meetingIso, unit === '周' || unit === '週' ? n * 7 : n);
  }
  return undefined;
}

const WORD_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14, thirty: 30 };

function enDue(m: RegExpExecArray, pattern: number, meetingIso: string | null): string | undefined {
  const known = meetingIso && /^\d{4}/.test(meetingIso) ? { year: Number(meetingIso.slice(0, 4)), month: Number(meetingIso.slice(5, 7)) } : null;
  if (!known || !meetingIso) return undefined;
  if (pattern === 0) {
    const month = MONTH_NUM[m[2].slice(0, 3).toLowerCase()];
    const year = yearFor(month, known);
    const part = m[1].toLowerCase();
    const day = part === 'early' || part === 'beginning of' || part === 'start of' ? 10 : part === 'mid' ? 15 : lastDayOf(year, month);
    return isoOf(year, month, day);
  }
  if (pattern === 1) {
    const phrase = m[0].toLowerCase();
    const rel = phrase.match(/end of (?:the |this )?(month|week|year|quarter)\b/);
    if (rel) return endOf(meetingIso, rel[1]);
    const monthEnd = phrase.match(new RegExp(`end of ${EN_MONTH}(?:,?\\s+(\\d{4}))?`, 'i'));
    if (monthEnd) {
      const month = MONTH_NUM[monthEnd[1].slice(0, 3)];
      const year = monthEnd[2] ? Number(monthEnd[2]) : yearFor(month, known);
      return isoOf(year, month, lastDayOf(year, month));
    }
    const d = findDates(m[0], false)[0];
    if (d) return isoOf(d.year ?? yearFor(d.month, known), d.month, d.day);
    const day = phrase.match(/(mon|tues|wednes|thurs|fri|satur|sun)day\b/);
    if (day) {
      // The next such weekday after the meeting.
      const want = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].indexOf(day[1]);
      const ahead = (want - weekday(meetingIso) + 7) % 7 || 7;
      return addDays(meetingIso, ahead);
    }
    return undefined;
  }
  if (pattern === EN_NEXT_WEEKDAY) {
    const want = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].indexOf((m[1] ?? m[2]).toLowerCase());
    return addDays(meetingIso, 7 - weekday(meetingIso) + want);
  }
  if (pattern === 5) return endOf(meetingIso, m[1].toLowerCase());
  // Weeks end on Sunday: the weekend and this week end with the meeting's week, next week a week later.
  if (pattern === 6) return addDays(endOf(meetingIso, 'week'), m[3] ? 7 : 0);
  if (pattern === 4) {
    const d = findDates(m[0], false)[0];
    return d ? isoOf(d.year ?? yearFor(d.month, known), d.month, d.day) : undefined;
  }
  if (pattern === 3) return undefined;
  if (pattern === 2) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : WORD_NUM[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    if (unit.startsWith('working')) return addWorkdays(meetingIso, n);
    if (unit.startsWith('month')) return addMonths(meetingIso, n);
    return addDays(meetingIso, unit.startsWith('week') ? n * 7 : n);
  }
  return undefined;
}

/** The pattern of a day named "on Monday 13th January": it tells when something was, or is to be. */
const EN_ON_DAY = 4;

/**
 * "… held in the Council Chamber, Co. Leitrim on Monday 13th January 2020 …": a day named with its year
 * before the meeting's is when something was, not a deadline.
 */
function pastDay(text: string, m: RegExpExecArray, p: number, lang: 'zh' | 'en', meetingIso: string | null): boolean {
  if (lang !== 'en' || p !== EN_ON_DAY || !meetingIso) return false;
  const year = /^,?\s+((?:19|20)\d{2})\b/.exec(text.slice(m.index + m[0].length))?.[1];
  const d = year ? findDates(`${m[0]} ${year}`, false)[0] : undefined;
  return !!d?.year && isoOf(d.year, d.month, d.day) < meetingIso;
}

/** The first deadline printed in a decision's text. */
export function findDeadline(text: string, lang: 'zh' | 'en', meetingIso: string | null): Deadline | null {
  const patterns = lang === 'zh' ? ZH_PATTERNS : EN_PATTERNS;
  let best: { m: RegExpExecArray; p: number } | null = null;
  patterns.forEach((re, p) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && m[0] && !pastDay(text, m, p, lang, meetingIso) && (!best || m.index < best.m.index)) best = { m, p };
  });
  if (!best) return null;
  const { m, p } = best as { m: RegExpExecArray; p: number };
  const phrase = m[0].trim();
  const dueDate = lang === 'zh' ? zhDue(m, p, meetingIso) : enDue(m, p, meetingIso);
  return { phrase, index: m.index, ...(dueDate ? { dueDate } : {}) };
}
