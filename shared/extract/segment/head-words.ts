/**
 * A Chinese heading's words without its marks and number ("## 二、团队分工" → "团队分工", "**待办事项**" →
 * "待办事项"), for the stages that know a heading by its words alone.
 */
import { HASHES, STRONG } from '../text/markup';

/** A heading's marks and number before its words: "## ", "三. ", "（二）", "2、". */
const LEAD = new RegExp(`^(?:${HASHES})?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．)])?`);
/** A head set in bold alone: "**团队分工**". */
const BOLD_HEAD = new RegExp(`^${STRONG}(.{1,20})${STRONG}$`);

/** The words of a heading given with its spaces taken out. */
export const headWords = (short: string): string => short.replace(LEAD, '').replace(BOLD_HEAD, '$1');
