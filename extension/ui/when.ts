import { currentLanguage } from './i18n';

/** An ISO time as the reader reads it: short date and time, on the bureau's clock. */
export function when(iso: string | undefined | null, timeZone: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const lang = currentLanguage();
  const locale = lang === 'en' ? 'en-GB' : lang === 'zh_CN' ? 'zh-CN' : undefined;
  return d.toLocaleString(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
