/**
 * A Chinese page names its title by a key before it: a bulletin board's header ("作者…" / "標題社員大會
 * 紀錄" / "時間…"), a news page's field ("会议题目 • 于某主持召开区政府第4次常务会议"). The key is the page's
 * furniture, the value after it is the title. "标题" runs straight into the value on a board; the other keys
 * are taken only before a colon, bullet or space, since a title may begin with the same word ("主题教育…").
 */
import { alt } from '../lexicon/build';
import { ZH_TITLE_KEYS } from '../lexicon/zh';
import type { Hit } from './header';

const KEYED = new RegExp(`^([•·*\\-\\s]{0,4}(?:(?:${alt(ZH_TITLE_KEYS.bare)})\\s{0,2}[:：•·|｜]?\\s{0,2}|(?:${alt([...ZH_TITLE_KEYS.bare, ...ZH_TITLE_KEYS.separated])})(?:\\s{0,2}[:：•·|｜]\\s{0,2}|\\s{1,4})))(?=[^\\s:：•·|｜])`);

export function zhKeyedTitle(t: Hit<string> | null): Hit<string> | null {
  const m = t ? KEYED.exec(t.value) : null;
  if (!t || !m) return t;
  const value = t.value.slice(m[0].length).trim();
  if (value.length < 4) return t;
  return { ...t, value, start: t.start + m[0].length, end: t.start + m[0].length + value.length, confidence: Math.min(t.confidence, 0.8) };
}
