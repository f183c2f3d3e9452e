/**
 * One reading of a calendar date as people type it, for every date field:
 * 2025-06-18 · 2025-6-18 · 2025/6/18 · 2025.6.18 · 2025年6月18日 · 二〇二五年六月十八日 ·
 * 民國114年6月18日 / 民国114年6月18日 (Minguo years: 1911 + n), full-width digits included.
 * A calendar date has no time zone; rules that need one (what "today" is) take it as a parameter.
 */
export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: 'format' | 'calendar' };

const MINGUO_OFFSET = 1911;
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits and punctuation to ASCII, spaces removed. */
function fold(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, '/')
    .replace(/[－—–]/g, '-')
    .replace(/[．。]/g, '.')
    .replace(/\s+/g, '');
}

/** 二〇二五 (digit by digit) or 十八 / 二十 / 三十一 (a number up to 99). */
function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || ![...s].every((c) => c in CN_DIGITS || c === '十')) return null;
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  const [tens, ones] = s.split('十');
  if (s.split('十').length > 2 || tens.length > 1 || ones.length > 1) return null;
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

function isoOf(year: number, month: number, day: number): ParsedDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return { ok: false, reason: 'format' };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, reason: 'calendar' };
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Reads a typed date; `null` for an empty field (no date is not a wrong date). */
export function parseDateInput(text: string): ParsedDate | null {
  const s = fold(text);
  if (s === '') return null;
  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (numeric) return isoOf(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = /^(民國|民国)?([\d〇零O一二三四五六七八九十]+)年([\d〇零一二三四五六七八九十]+)月([\d〇零一二三四五六七八九十]+)[日号號]?$/.exec(s);
  if (written) {
    const [, minguo, y, m, d] = written;
    const year = chineseNumber(y);
    const month = chineseNumber(m);
    const day = chineseNumber(d);
    if (year === null || month === null || day === null) return { ok: false, reason: 'format' };
    return isoOf(minguo ? year + MINGUO_OFFSET : year, month, day);
  }
  return { ok: false, reason: 'format' };
}

/** The ISO date a typed text stands for, or undefined (empty or not a date). */
export function isoDateOf(text: string): string | undefined {
  const r = parseDateInput(text);
  return r?.ok ? r.iso : undefined;
}
