import { EN_MONTHS } from '../lexicon/en';
import { cnNumber, cnYear } from '../text/numerals';
import { ROC_WORD_YEAR_DATE, readRocWordYear } from './roc-year-words';
import { ROC_BRACKET_YEAR_DATE, readRocBracketYear } from './roc-bracket-year';
import { DAY_FIRST_DASHES, readDayFirstDashes } from './day-first-dashes';

/** A date found in text: ISO form (XXXX for a masked or absent year) and where it was printed. */
export interface FoundDate {
  iso: string;
  year: number | null;
  month: number;
  day: number;
  index: number;
  length: number;
}

/** Month number by its first three letters ("sep" → 9). */
const MONTHS: Record<string, number> = Object.fromEntries(EN_MONTHS.map((m, i) => [m.slice(0, 3), i + 1]));
MONTHS.sept = 9;
/**
 * A month name or its abbreviation ("Sept", "Dec"), captured; with the misspellings clerks often type
 * ("Febuary", "Feburary", "Novemeber", "Decemeber", "Janaury", "Septmeber").
 */
const SPELLINGS: Record<string, string> = {
  january: 'jan(?:uary|aury|uray)?',
  february: 'feb(?:ruary|uary|urary)?',
  september: 'sept?(?:ember|emeber|meber|mber)?',
  november: 'nov(?:ember|emeber|mber)?',
  december: 'dec(?:ember|emeber|mber)?',
};
export const MONTH_RE = `(${EN_MONTHS.map((m) => SPELLINGS[m] ?? `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})`;
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s{1,3})?';
const YEAR_EN = '(\\d{4}|\\d{3}[xX]|\\d{2}[xX]{2}|[xX]{4})';

// Each pattern is anchored on a fixed token (年/月/a month name/a dash), with bounded repeats only.
/** Day, month and a two-digit year (19xx from 50), day first unless the first number cannot be a day that way round. */
function readTwoDigitYear(m: RegExpExecArray): [string, number, number] {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = String(Number(m[3]) >= 50 ? 1900 + Number(m[3]) : 2000 + Number(m[3]));
  return b > 12 && a <= 12 ? [y, a, b] : [y, b, a];
}

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [string | null, number, number] }[] = [
  {
    // The Republic-of-China calendar: 民國112年3月8日 is 2023-03-08 (year + 1911).
    re: /民[國国]\s{0,2}(\d{1,3})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号號]/g,
    read: (m) => [String(Number(m[1]) + 1911), Number(m[2]), Number(m[3])],
  },
  {
    // A Republic-of-China year of three digits without 民國 ("104年6月10日"): no Gregorian date is
    // printed so, while a two-digit year ("98年") may be either calendar and is left alone.
    re: /(?<![\d年xX×＊*])(1[0-4]\d)\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号號]/g,
    read: (m) => [String(Number(m[1]) + 1911), Number(m[2]), Number(m[3])],
  },
  {
    re: /(\d{4}|\d{3}[xX×＊*]|\d{2}[xX×＊*]{2}|[xX×＊*]{2,4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号]/g,
    read: (m) => [m[1], Number(m[2]), Number(m[3])],
  },
  {
    // The Republic-of-China year in numerals: 民國九十一年八月十一日 is 2002-08-11; written digit by digit
    // (民國一一二年) where it has no 十 or 百.
    re: /民[國国]\s{0,2}([〇零○一二三四五六七八九十百]{1,6})\s{0,2}年\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}月\s{0,2}([一二三四五六七八九十廿卅]{1,3})\s{0,2}[日号號]/g,
    read: (m) => [String((/[十百]/.test(m[1]) ? cnNumber(m[1]) : cnYear(m[1])) + 1911), cnNumber(m[2]), cnDay(m[3])],
  },
  // An ROC year in words without 民國 ("九十二年十月廿一日").
  { re: ROC_WORD_YEAR_DATE, read: readRocWordYear },
  // This ROC year in brackets ("本(109)年3月17日").
  { re: ROC_BRACKET_YEAR_DATE, read: readRocBracketYear },
  {
    // A zero typed as a letter or a digit ("二OO六年九月二十五日").
    re: /([〇零○Ｏ一二三四五六七八九][〇零○ＯOo0一二三四五六七八九]{3})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/g,
    read: (m) => [String(cnYear(m[1].replace(/[ＯOo0]/g, '〇'))), cnNumber(m[2]), cnDay(m[3])],
  },
  {
    // A date whose 月 was lost when the page was saved ("2025年1127日", "民国1061021"): read only with
    // its year printed, where the digits split one way into a month and a day.
    re: /(?<!\d)(\d{4})\s{0,2}年\s{0,2}(1[0-2]|0?[1-9])([0-3]\d)\s{0,2}日/g,
    read: (m) => [m[1], Number(m[2]), Number(m[3])],
  },
  {
    re: /(?<![\d年xX×＊*])(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号]/g,
    read: (m) => [null, Number(m[1]), Number(m[2])],
  },
  {
    re: /(?<![〇零○一二三四五六七八九十年])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/g,
    read: (m) => [null, cnNumber(m[1]), cnDay(m[2])],
  },
  {
    re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => [m[1], Number(m[2]), Number(m[3])],
  },
  {
    // 12/03/2021, 12.03.2021: day first (as in British and most minutes) unless the first number
    // cannot be a day-month pair that way round (03/25/2021 is month first).
    re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/.])/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return b > 12 && a <= 12 ? [m[3], a, b] : [m[3], b, a];
    },
  },
  // 29-01-2022: day first with dashes.
  { re: DAY_FIRST_DASHES, read: readDayFirstDashes },
  {
    // 12/3/97, 4/11/06: a two-digit year, with slashes only ("1.2.10" numbers a clause), read the same way round.
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    read: readTwoDigitYear,
  },
  {
    // "… at 7.30 pm on 19.07.23", "AGM 4.3.14.", "branch meeting 19.11.13": a two-digit year with full stops, where
    // "on" or "dated", or the meeting named just before, says it is a date; a sentence's full stop may close it.
    re: /(?<=\b(?:on|dated|AGM|EGM|meeting|minutes)\s{1,2})(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d|\.\d)/gi,
    read: readTwoDigitYear,
  },
  {
    // Year first: "Monday, 2017 October 02", "2017 Oct 2".
    re: new RegExp(`${WEEKDAY}(?<!\\d)((?:19|20)\\d{2})\\s{1,2}${MONTH_RE}\\b\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'gi'),
    read: (m) => [m[1], MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[3])],
  },
  {
    // A month's name between dashes, as a records system prints it: "02-Mar-2023", "2023-Mar-02".
    re: new RegExp(`(?<![\\d-])(\\d{1,2})-${MONTH_RE}\\.?-((?:19|20)\\d{2})(?![\\d-])|(?<![\\d-])((?:19|20)\\d{2})-${MONTH_RE}\\.?-(\\d{1,2})(?![\\d-])`, 'gi'),
    read: (m) => (m[1] ? [m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1])] : [m[4], MONTHS[m[5].slice(0, 3).toLowerCase()], Number(m[6])]),
  },
  {
    // A formal record's "the 28th day of March, 2019", "this 5th day of June 2020".
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\s(?:st|nd|rd|th)(?![a-z]))?\\s{1,2}day\\s{1,2}of\\s{1,2}${MONTH_RE}\\b\\.?(?:,?\\s{0,2}${YEAR_EN}(?![\\dxX]))?`, 'gi'),
    read: (m) => [m[3] ?? null, MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1])],
  },
  {
    // 26 May 2007, 8th May 2014, Wednesday 9 May, 2018, 27 May
    // Not a number of a meeting or item ("Meeting #13 February 28, 2018", "No. 4 May …").
    // An ordinal's full stop, as Irish councils print it: "22nd. APRIL, 2015".
    re: new RegExp(`${WEEKDAY}(?<![\\d#№]|[Nn]o\\.\\s?)(\\d{1,2})(?:(?:st|nd|rd|th)\\.?|\\s(?:st|nd|rd|th)(?![a-z]))?\\s{0,2}(?:of\\s{1,2})?${MONTH_RE}\\b\\.?(?:,?\\s{0,2}${YEAR_EN}(?![\\dxX]))?`, 'gi'),
    read: (m) => [m[3] ?? null, MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1])],
  },
  {
    // 22, February 2013; Friday 3rd, March 2021: the day set off from its month by a comma, the year printed
    // (without the year, or after a number and its comma, "items 3, 4, May 2013", it is a list running into a month).
    re: new RegExp(`${WEEKDAY}(?<![\\d#№.]\\s{0,2}|\\d,\\s{0,2}|[Nn]o\\.\\s?)(\\d{1,2})(?:st|nd|rd|th)?,\\s{1,2}${MONTH_RE}\\b\\.?,?\\s{1,2}${YEAR_EN}(?![\\dxX])`, 'gi'),
    read: (m) => [m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1])],
  },
  {
    // May 26 2004, May 26, 200x, Sep. 30, 2016
    re: new RegExp(`${WEEKDAY}${MONTH_RE}\\b\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s{0,2}${YEAR_EN}(?![\\dxX]))?`, 'gi'),
    read: (m) => [m[3] ?? null, MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2])],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** All dates printed in `s`, in order of position, overlapping matches removed. */
/** The first day of a range just before a day-month date: "18TH & ", "18-", "18th and ". */
const RANGE_START = /(?<![\d./-])(\d{1,2})(?:st|nd|rd|th)?\s*(?:&|and|-|–|to)\s*$/i;

/** A day in numerals, 廿 and 卅 read as twenty and thirty ("廿五日" is the 25th). */
function cnDay(d: string): number {
  return cnNumber(d.replace(/^廿/, '二十').replace(/^卅/, '三十'));
}

/**
 * The date text read as the patterns expect it, each character kept in its place: full-width digits as
 * digits ("２０２１年３月５日"), and 元月 as the first month, in the numerals its day is printed in ("元月5日", "元月五日").
 */
function foldDateText(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/元(?=月\s{0,2}\d)/g, '1').replace(/元(?=月)/g, '一');
}

/** `firstOfRange`: a range of days is dated by its first (a meeting's date), else by its last (a deadline). */
export function findDates(s: string, firstOfRange = true): FoundDate[] {
  s = foldDateText(s);
  const found: FoundDate[] = [];
  // Characters already taken by a date: an overlap check per match costs its own length, not the
  // number of dates found so far (a page of ten thousand dates stays linear).
  const taken = new Uint8Array(s.length);
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const [y, month, day] = read(m);
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) continue;
      // "may" is also a verb: "8 may be" is not a date; demand a capital or a year with it.
      if (/\bmay\b/.test(m[0]) && !/\d{4}/.test(m[0])) continue;
      const yearNum = y && /^\d{4}$/.test(y) ? Number(y) : null;
      let index = m.index;
      let length = m[0].replace(/[\s,]+$/, '').length;
      if (taken.subarray(index, index + length).includes(1)) continue;
      taken.fill(1, index, index + length);
      // A meeting over two days ("18TH & 19TH JULY, 2012", "18-19 July 2012") is dated by its first.
      let first = day;
      const before = firstOfRange && /^\d/.test(m[0]) ? RANGE_START.exec(s.slice(Math.max(0, index - 16), index)) : null;
      if (before && Number(before[1]) >= 1 && Number(before[1]) < day) {
        first = Number(before[1]);
        const from = index - before[0].length;
        if (!taken.subarray(from, index).includes(1)) {
          taken.fill(1, from, index);
          length += index - from;
          index = from;
        }
      }
      found.push({ iso: `${yearNum ?? 'XXXX'}-${pad(month)}-${pad(first)}`, year: yearNum, month, day: first, index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A year stated on its own near a month-day date ("2022年第17次", "in 2019"). */
// A year's account ("召开2022年度…委员会会议", "2022年度总结") is often held the year after: not the date's year,
// unless it numbers the meeting in its series ("2022年度第3次").
export function findYear(s: string): number | null {
  const m = s.match(/(?<!\d)((?:19|20)\d{2})\s{0,2}年(?!度(?!\s{0,2}第))/) ?? s.match(/\b((?:19|20)\d{2})\b(?!\s{0,2}年度(?!\s{0,2}第))/);
  return m ? Number(m[1]) : null;
}

export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const dateOf = (year: number | null, month: number, day: number, index: number, length: number): FoundDate | null =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { iso: `${year ?? 'XXXX'}-${pad(month)}-${pad(day)}`, year, month, day, index, length } : null;

/** The one way a run of digits splits into a month and a day ("1021" → 10, 21; "43" → 4, 3); null when none or two. */
function monthDay(digits: string): [number, number] | null {
  const ways: [number, number][] = [];
  for (let k = 1; k <= 2 && k < digits.length; k++) {
    const [m, d] = [digits.slice(0, k), digits.slice(k)];
    if (d.length > 2) continue;
    const [mm, dd] = [Number(m), Number(d)];
    if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) ways.push([mm, dd]);
  }
  return ways.length === 1 ? ways[0] : null;
}

const ROC_SLASH = /(?<![\d/.])(?:民[國国]\s{0,2})?(1[0-4]\d|[4-9]\d)\s{0,2}[/.．]\s{0,2}(\d{1,2})\s{0,2}[/.．]\s{0,2}(\d{1,2})(?![\d/.])/g;
const ROC_TWO_DIGIT = /(?<![\d年xX×＊*])(\d{2,3})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号號]/g;
// Digits whose 年, 月 and 日 were lost when the page was saved: "民國1061021(星期六)", "10342(週三)".
const ROC_LOST = /(?<!\d)(民[國国]\s{0,2})?(\d{4,7})(?![\d/.:：-])/g;

/**
 * The meeting's own time as a Taiwan record labels it (時間：…), in the Republic-of-China calendar:
 * "113/11/12 19:00", "97年12月6日", and digits whose 年月日 were lost ("民國1061021", "10342(週三)").
 * Only for a labelled meeting time, where a year counted so is what the label gives.
 */
export function rocTimeDates(value: string): FoundDate[] {
  const out: FoundDate[] = [];
  let m: RegExpExecArray | null;
  ROC_SLASH.lastIndex = 0;
  while ((m = ROC_SLASH.exec(value))) {
    const d = dateOf(Number(m[1]) + 1911, Number(m[2]), Number(m[3]), m.index, m[0].length);
    if (d) out.push(d);
  }
  ROC_TWO_DIGIT.lastIndex = 0;
  while ((m = ROC_TWO_DIGIT.exec(value))) {
    const d = dateOf(Number(m[1]) + 1911, Number(m[2]), Number(m[3]), m.index, m[0].length);
    if (d) out.push(d);
  }
  ROC_LOST.lastIndex = 0;
  while ((m = ROC_LOST.exec(value))) {
    const run = m[2];
    // A year of the 2010s and 2020s (民國 100–119) without 民國; with it, a year of two digits too.
    const yLen = /^1[01]\d/.test(run) && run.length >= 5 ? 3 : m[1] && /^[4-9]\d/.test(run) ? 2 : 0;
    if (!yLen) continue;
    const md = monthDay(run.slice(yLen));
    if (md) {
      const d = dateOf(Number(run.slice(0, yLen)) + 1911, md[0], md[1], m.index, m[0].length);
      if (d) out.push(d);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A record's opening whose 月 was lost when the page was saved ("423日，校长…主持召开…", with its 年
 * too: "2017731日上午，…"): the digits before 日 at the start of the line, read where they split one way only.
 */
export function lostMonthDate(line: string): FoundDate | null {
  // Its 年 lost too ("2017731日上午，…"): a year of this century or the last, then the month and day.
  const y = line.match(/^\s*((?:19|20)\d{2})(\d{2,4})\s?日(?=\s?(?:[，,上下晚早中凌]|在|于))/);
  const ymd = y ? monthDay(y[2]) : null;
  if (y && ymd) return dateOf(Number(y[1]), ymd[0], ymd[1], line.indexOf(y[1]), y[0].trim().length);
  const m = line.match(/^\s*(\d{3,4})\s?日(?=\s?(?:[，,上下晚早中凌]|在|于))/);
  if (!m) return null;
  const md = monthDay(m[1]);
  return md ? dateOf(null, md[0], md[1], line.indexOf(m[1]), m[0].trim().length) : null;
}
