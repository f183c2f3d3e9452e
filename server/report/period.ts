import { z } from 'zod';
import { dayIn, startOfDay, type Lang } from '../dashboard/locale';

/** A 通报 period: whole days in the bureau's time zone, `from` and `to` both included. */
export interface Period {
  kind: 'week' | 'month' | 'range';
  from: string;
  to: string;
  /** The UTC instants it starts and ends at (end excluded). */
  start: string;
  end: string;
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar day');

/** `?period=week|month|range&at=DAY` (week or month containing it) or `&from=DAY&to=DAY` (a range). */
export const PeriodQuery = z
  .object({
    period: z.enum(['week', 'month', 'range']).default('week'),
    at: Day.optional(),
    from: Day.optional(),
    to: Day.optional(),
  })
  .refine((q) => q.period !== 'range' || (q.from && q.to && q.from <= q.to), { message: 'a range needs from ≤ to', path: ['to'] })
  .refine((q) => q.period !== 'range' || !q.from || !q.to || dayNumber(q.to) - dayNumber(q.from) <= 366, { message: 'a range is at most a year', path: ['to'] });

const DAY_MS = 86_400_000;
const dayNumber = (ymd: string) => Math.floor(Date.parse(`${ymd}T00:00:00Z`) / DAY_MS);
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The period a query asks for; a week runs Monday to Sunday, as Chinese offices count it. */
export function periodOf(q: z.infer<typeof PeriodQuery>, now: Date, timeZone: string): Period {
  const at = q.at ?? dayIn(now.getTime(), timeZone);
  let from: string;
  let to: string;
  if (q.period === 'range') [from, to] = [q.from!, q.to!];
  else if (q.period === 'month') {
    from = `${at.slice(0, 7)}-01`;
    const [y, m] = [Number(at.slice(0, 4)), Number(at.slice(5, 7))];
    to = dayOf(Math.floor(Date.UTC(y, m, 0) / DAY_MS));
  } else {
    const n = dayNumber(at);
    const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
    [from, to] = [dayOf(n - weekday), dayOf(n - weekday + 6)];
  }
  return { kind: q.period, from, to, start: startOfDay(from, timeZone), end: startOfDay(dayOf(dayNumber(to) + 1), timeZone) };
}

/** The period as a heading: "2026年11月23日至11月29日" or "23 Nov – 29 Nov 2026". */
export function periodLabel(p: Period, lang: Lang): string {
  const [fy, fm, fd] = p.from.split('-').map(Number);
  const [ty, tm, td] = p.to.split('-').map(Number);
  if (lang === 'zh') {
    if (p.kind === 'month') return `${fy}年${fm}月`;
    return `${fy}年${fm}月${fd}日至${ty === fy ? '' : `${ty}年`}${tm}月${td}日`;
  }
  const month = (m: number) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  if (p.kind === 'month') return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][fm - 1]} ${fy}`;
  return `${fd} ${month(fm)}${ty === fy ? '' : ` ${fy}`} – ${td} ${month(tm)} ${ty}`;
}

/** The query string that asks for this period again (links to the workbook, the CSV). */
export function periodQueryString(p: Period): string {
  return p.kind === 'range' ? `period=range&from=${p.from}&to=${p.to}` : `period=${p.kind}&at=${p.from}`;
}
