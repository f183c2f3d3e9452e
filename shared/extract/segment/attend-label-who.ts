/**
 * Chinese attendance labels name who attended in words of their own: "出席干事：", "列席住户：",
 * "到场社员：", "参与人员：", "出席公职人员：", "### 参与人员". No list of whole labels holds them all, but
 * they are built alike: a verb of attending, then a short noun of persons, whose last character says
 * it is one (员, 者, 人, 户, 事 …). A verb then a word of another kind ("出席情况", "参与度", "到场人数",
 * "参会方式") is no label. Such a word alone in a cell, without its colon, is left to the known labels:
 * without the colon it may head a table's column as well as a list.
 */
import { alt } from '../lexicon/build';
import { ZH_ATTENDEE_ENDS, ZH_ATTEND_WHO_VERBS } from '../lexicon/zh';

const WHO_LABEL = new RegExp(`^(?:${alt(ZH_ATTEND_WHO_VERBS)})[\\u3400-\\u9fff]{0,4}(?:${alt(ZH_ATTENDEE_ENDS)})$`);

/** "出席干事", "到场社员", "参与人员": the words before a colon are an attendance label. */
export function isAttendWhoLabel(words: string): boolean {
  return words.length <= 8 && WHO_LABEL.test(words);
}
