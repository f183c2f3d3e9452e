/**
 * A record's part, numbered as its other agenda parts are ("一、報告事項 … 三、臨時動議 四、主席結論
 * 五、散會"), that is named for what the chair or the meeting concluded: what stands under it, up to the
 * next part, is what was decided. Student, society and office records print their closing rulings so,
 * without the colon an outcome label carries. The part number is what makes it the record's own part:
 * a bare "## 结论" more often heads a template's empty part.
 */
import { alt } from '../lexicon/build';
import { ZH_CONCLUSION_PARTS } from '../lexicon/zh';

/** A part's number: "四、", "肆、", "（四）", "第四、", after a heading's hashes or bold. */
const PART = /^(?:#{1,6})?(?:\*\*)?(?:[一二三四五六七八九十]{1,3}|[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,3})[、.．](?:\*\*)?/;
const WORDS = new RegExp(`^(?:${alt(ZH_CONCLUSION_PARTS)})(?:\\*\\*)?[：:]?(?:\\*\\*)?$`);

/** Whether a line with its spaces taken out is only a numbered part of the chair's or the meeting's conclusion. */
export function isConclusionPartZh(short: string): boolean {
  if (short.length > 16) return false;
  const m = PART.exec(short);
  return !!m && WORDS.test(short.slice(m[0].length));
}
