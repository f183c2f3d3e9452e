import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { dayIn as dayOnCalendar } from '../../shared/rules';
import { bureauTimeZone } from '../tasks/time-zone';

/** The dashboard's two languages: Chinese (the users' own, and the default) and English. */
export type Lang = 'zh' | 'en';
export const LANG_COOKIE = 'circulate_lang';

export const langOf = (c: Context): Lang => (getCookie(c, LANG_COOKIE) === 'en' ? 'en' : 'zh');

/** Picks the text of the page's language. */
export const tr = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

/** A plain-text answer (a refused form, a page that is not there) in the page's language. */
export const textIn = (c: Context, status: 400 | 403 | 404 | 409 | 422, zh: string, en: string) =>
  c.text(tr(langOf(c), zh, en), status);

/**
 * The bureau the service belongs to: its name (BUREAU_NAME) heads the 通报 report; its time zone
 * (BUREAU_TIME_ZONE, an IANA name, default Asia/Shanghai) is the one every time is shown in.
 */
export function bureau(env: NodeJS.ProcessEnv = process.env): { name: string; timeZone: string } {
  // One reading of BUREAU_TIME_ZONE for the whole service (the service refuses to start on a bad one).
  return { name: env.BUREAU_NAME?.trim() || '督查室', timeZone: bureauTimeZone(env) };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, timeZone: string, withTime: boolean) {
  const key = `${lang}|${timeZone}|${withTime}`;
  let f = formats.get(key);
  if (!f) {
    const time = withTime ? ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const) : {};
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone, year: 'numeric', month: lang === 'en' ? 'short' : '2-digit', day: '2-digit', ...time });
    formats.set(key, f);
  }
  return f;
}

/** A stored ISO time in the bureau's zone and the page language's format; '—' for none. */
export function showTime(iso: string | null | undefined, lang: Lang, timeZone = bureau().timeZone): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '—' : format(lang, timeZone, true).format(ms);
}

/** A calendar day (YYYY-MM-DD) in the page language's format. */
export function showDay(ymd: string | null | undefined, lang: Lang): string {
  if (!ymd) return '—';
  const ms = Date.parse(`${ymd}T12:00:00Z`);
  return Number.isNaN(ms) ? ymd : format(lang, 'UTC', false).format(ms);
}

/** The calendar day (YYYY-MM-DD) a time falls on in `timeZone`. */
export function dayIn(ms: number, timeZone: string): string {
  return dayOnCalendar(new Date(ms), timeZone);
}

/** The UTC instant a day (YYYY-MM-DD) starts in `timeZone` (midnight there). */
export function startOfDay(ymd: string, timeZone: string): string {
  const guess = Date.parse(`${ymd}T00:00:00Z`);
  // The zone's offset at that moment, then once more at the corrected moment (across a DST change).
  let t = guess;
  for (let i = 0; i < 2; i++) t = guess - offsetMs(t, timeZone);
  return new Date(t).toISOString();
}

function offsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(ms);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - (ms - (ms % 1000));
}
