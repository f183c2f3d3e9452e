/**
 * Lines that say nothing was decided: a part or an outcome's label answered "none" ("討論事項：無",
 * "主席裁示：無", "决议：无"). A record prints them to close a part left empty; read as an item they
 * would be a decision that is not there. English notes answer an empty part so too: "Nothing to
 * report", "None to discuss.", "Action items: * None", "Sam: Nothing to talk about this week" — a
 * speaker's or a part's label may stand before the answer, but nothing but the answer may follow it.
 */
import { alt } from '../lexicon/build';
import { ZH_EMPTY_PARTS, ZH_NIL_OUTCOMES, ZH_OUTCOME_LABELS } from '../lexicon/zh';
import { EN_NIL_AFTER, EN_NIL_VERBS, EN_NIL_WORDS } from '../lexicon/en';

/** A part's number, its label, its colon and "none": "二、討論事項：無", "主席裁示:無。". */
/** The answer may stand in brackets instead, after the label or on the line below it: "臨時動議\n(無)". */
const LABEL_NONE = new RegExp(
  `(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．])?[ \\u3000]{0,2}${alt([...ZH_EMPTY_PARTS, ...ZH_OUTCOME_LABELS])}(?:[ \\u3000]{0,2}[：:][ \\u3000]{0,2}${alt(ZH_NIL_OUTCOMES)}|[：:]?\\s{0,3}[(（]\\s?${alt(ZH_NIL_OUTCOMES)}\\s?[)）])[。；;]?`,
  'g',
);

/** An English answer "none", after at most a bullet and a short label: "Nothing to add to agenda", "Jo: None". */
const EN_NONE = new RegExp(
  `^(?:[-*•]\\s{1,3})?(?:[\\p{L}'’ ]{1,30}:\\s{0,3})?(?:${alt(EN_NIL_WORDS)})(?:\\s(?:further|new|else|more))?(?:\\s(?:to\\s(?:${alt(EN_NIL_VERBS)})(?:\\s[\\w'’]{1,20}){0,5}|${alt(EN_NIL_AFTER)}))?\\s{0,3}[.!]?$`,
  'iu',
);

/** "无" alone, or in brackets: the answer printed under a part's heading ("## 后续行动项\n无"). */
const NONE_ALONE = new RegExp(`^[(（]?\\s?${alt(ZH_NIL_OUTCOMES)}\\s?[)）]?[。.]?$`);

/** Whether a decision's text is only labels answered "none", or the answer alone. */
export function statesNothing(text: string): boolean {
  return NONE_ALONE.test(text.trim()) || (/[：:(（]/.test(text) && text.replace(LABEL_NONE, '').trim() === '') || EN_NONE.test(text.trim());
}
