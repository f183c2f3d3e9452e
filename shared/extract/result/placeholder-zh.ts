/**
 * A Chinese template's bracketed blanks ("[填写会议名称]", "【姓名】", "[时间]"), counted only where the
 * page leaves them blank. A team's running notes print their template at the top, then each meeting
 * under the same labels filled in ("[时间] 2019年9月30日 10:00"): a label the page fills is its
 * record's field, and the template above is the record's key, not a blank form.
 */
import { alt } from '../lexicon/build';
import { ZH_PLACEHOLDER_WORDS } from '../lexicon/zh';

/** Not a link's words ("[会议内容](…)"). */
const PLACEHOLDER_ZH = new RegExp(`[\\[【［]([^\\]】］\\n]{0,16}?(?:${alt(ZH_PLACEHOLDER_WORDS)})[^\\]】］\\n]{0,8})[\\]】］](?!\\()`, 'g');

/** The bracketed blanks a page leaves unfilled: a label given its value on its line anywhere counts nowhere. */
export function blankPlaceholdersZh(text: string, limit = 1000): number {
  const found = [...text.matchAll(PLACEHOLDER_ZH)].slice(0, limit);
  // A label opening its line, its value after it: "[时间] 2019年9月30日", not "**会议时间**：【日期】　**会议地点**：…".
  const opensLine = (m: RegExpMatchArray) => /(?:^|\n)[ \t　]*$/.test(text.slice(Math.max(0, m.index! - 8), m.index));
  const filled = new Set(found.filter((m) => opensLine(m) && /^[ \t　]+[^\s*【[［]/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))).map((m) => m[1].trim()));
  return found.filter((m) => !filled.has(m[1].trim())).length;
}
