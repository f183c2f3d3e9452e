import { t } from './i18n';

/**
 * The BCP 47 locale dates are written in: the one of the messages the UI shows (the language
 * chosen in Settings, else the browser's), so a date never reads in another language than its text.
 */
export function uiLocale(): string {
  const tag = t('dateLocale');
  return tag === 'dateLocale' ? 'zh-CN' : tag;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (about half a
// millisecond each, once per Inbox row before): one per locale, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  return f;
}

/**
 * A calendar day (YYYY-MM-DD) as the user's locale writes it: 2025年6月18日, June 18, 2025. A list
 * passes `locale` (uiLocale()) once for all its rows.
 */
export function formatDay(iso: string, locale: string = uiLocale()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // UTC on both sides: a calendar day has no time zone, so none may shift it.
  return dayFormat(locale).format(day);
}

