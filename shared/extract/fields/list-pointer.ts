/**
 * Where the names are kept elsewhere, an attendance label points there instead of listing them: "参加人员：如附件",
 * "出席人员：如视讯截图", "参会人员 | 参照考勤表". Such a pointer opens with a word of pointing (如, 见, 参照 …) and
 * ends with what it points to (附件, 表, 截图, 名单 …); it names no one, and read as a name it would be the only
 * attendee of a record that lists none.
 */
import { alt } from '../lexicon/build';
import { ZH_POINTER_LEADS, ZH_POINTER_TARGETS } from '../lexicon/zh';

const POINTER = new RegExp(`^(?:${alt(ZH_POINTER_LEADS)})[\\u3400-\\u9fff]{0,6}?(?:${alt(ZH_POINTER_TARGETS)})$`);

/** "如附件", "参照考勤表": an item of an attendance list that points to the list kept elsewhere. */
export function isListPointer(item: string): boolean {
  // In brackets too: "(詳如簽到簿)".
  const t = item.replace(/\s+/g, '').replace(/^[（(](.*)[）)]$/, '$1');
  return t.length <= 10 && POINTER.test(t);
}
