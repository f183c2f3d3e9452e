/**
 * A portal's widgets above the record, read as text: a weather and air-quality panel, a district
 * menu, icons' labels — a dozen or more short lines before the page says anything ("晴天", "今日气温",
 * "25 ~ 31", "• 台南", "AQI", "124" …). Each line alone passes for a heading or a name; together, at the
 * top of the page and before its first line of substance, they are the site's furniture.
 */
import type { SegLine } from './segment';
import { TITLE_MARK_EN, TITLE_MARK_ZH } from './markers';

/** How many short lines in a row, at the top, make a widget block rather than a header. */
const MIN_RUN = 12;

/** A line the page's own text could open with: long enough to say something, a minutes mark, a label or an item. */
function substantial(l: SegLine, lang: 'zh' | 'en'): boolean {
  const t = l.text.trim();
  if (l.kind !== 'text' && l.kind !== 'chrome') return true;
  if (l.num || TITLE_MARK_ZH.test(t) || TITLE_MARK_EN.test(t)) return true;
  return lang === 'zh' ? t.replace(/\s+/g, '').length >= 15 : t.length >= 25;
}

/** Marks the widget block at the top of the page as chrome, in place. */
export function markWidgetChrome(lines: SegLine[], lang: 'zh' | 'en'): void {
  const first = lines.findIndex((l) => substantial(l, lang));
  const end = first < 0 ? lines.length : first;
  if (end < MIN_RUN) return;
  for (const l of lines.slice(0, end)) if (l.kind === 'text') l.kind = 'chrome';
}
