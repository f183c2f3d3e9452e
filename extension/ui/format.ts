import { t } from './i18n';

/**
 * The BCP 47 locale dates are written in: the one of the messages the UI shows (the language
 * chosen in Settings, else the browser's), so a date never reads in another language than its text.
 */
export function uiLocale(): string {
  const tag = t('dateLocale');
  return tag === 'dateLocale' ? 'zh-CN' : tag;
}

/** A calendar day (YYYY-MM-DD) as the user's locale writes it: 2025年6月18日, June 18, 2025. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // UTC on both sides: a calendar day has no time zone, so none may shift it.
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

