/**
 * Why a decision list read from a sure marker (a decisions heading, motion blocks) may still be
 * wrong as a whole: an item that is only a motion's title ("Motion to adopt the voting system, G.
 * Brimble": its words and its outcome stand under it), or an item cut inside a sentence ("合约要显示
 * 提供资讯，": a list broken at a comma), or two items read as one (a sentence that runs on into the
 * next item's number, "…代辦採購。(二)、報告…", or an item's own sub-items run together, "1.1需…;1.2每人…").
 * One such item makes the list a reading to check.
 */

/** A motion named, not decided: "Motion to …", "Motion re …", with no outcome word in it. */
const MOTION_TITLE_EN = /^\s*(?:\d{1,2}[:.]\d{2}\s*[–—-]\s*\d{1,2}[:.]\d{2}\s+)?motion\s+(?:to|re|regarding|on|for)\b/i;
const OUTCOME_EN = /\b(?:carried|passed|adopted|approved|agreed|resolved|defeated|lost|failed|withdrawn)\b/i;
/** A Chinese item ending on a comma or an enumeration mark: the sentence goes on elsewhere. */
const CUT_ZH = /[，,、]\s*$/;

/** A Chinese sentence end followed by the next item's number: "。(二)、", "；三、". */
const RUNS_INTO_NEXT_ZH = /[。；;!！?？]\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])/;
/** Sub-numbers printed one after the other inside one item ("1.1 … 1.2 …"). */
const SUB_NUMBER = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.])/g;

function subItemsRunTogether(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(SUB_NUMBER)) {
    if (seen.has(`${m[1]}.${Number(m[2]) - 1}`)) return true;
    seen.add(`${m[1]}.${Number(m[2])}`);
  }
  return false;
}

/** The most a list with such an item may claim. */
export const DOUBTED_DECISIONS = 0.8;

export function decisionDoubted(text: string, lang: 'zh' | 'en'): boolean {
  if (subItemsRunTogether(text)) return true;
  if (lang === 'zh') return CUT_ZH.test(text) || RUNS_INTO_NEXT_ZH.test(text);
  return MOTION_TITLE_EN.test(text) && !OUTCOME_EN.test(text);
}
