/**
 * Lines that say nothing was decided: a part or an outcome's label answered "none" ("討論事項：無",
 * "主席裁示：無", "决议：无"). A record prints them to close a part left empty; read as an item they
 * would be a decision that is not there.
 */
import { alt } from '../lexicon/build';
import { ZH_EMPTY_PARTS, ZH_NIL_OUTCOMES, ZH_OUTCOME_LABELS } from '../lexicon/zh';

/** A part's number, its label, its colon and "none": "二、討論事項：無", "主席裁示:無。". */
const LABEL_NONE = new RegExp(`(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．])?[ \\u3000]{0,2}${alt([...ZH_EMPTY_PARTS, ...ZH_OUTCOME_LABELS])}[ \\u3000]{0,2}[：:][ \\u3000]{0,2}${alt(ZH_NIL_OUTCOMES)}[。；;]?`, 'g');

/** Whether a decision's text is only labels answered "none". */
export function statesNothing(text: string): boolean {
  return /[：:]/.test(text) && text.replace(LABEL_NONE, '').trim() === '';
}
