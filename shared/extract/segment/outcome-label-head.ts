/**
 * An outcome's label alone on its line ("主席裁示：", "結論:", "裁决：", "**决策**："), its outcomes
 * numbered on the lines below ("(1) 請各科室…", "1. 前端由…"): a record states what was decided under it,
 * so it opens the decisions as a bare "决议：" does. Any label of lexicon ZH_OUTCOME_LABELS.
 */
import { ZH_DECIDE, ZH_OUTCOME_LABELS } from '../lexicon/zh';

/** A heading's marks before its words: "## ", "**" (a spaced label, "結 論", has lost its spaces already). */
const LEAD = /^(?:#{1,6})?(?:\*\*)?/;
const LABEL = new Set(ZH_OUTCOME_LABELS as readonly string[]);
/** What follows the label: its "事项" and "如下", the bold's close, and a colon (a note's bare "## 结论" heads a template's part). */
const TAIL = /(?:事项|事項)?(?:如下)?(?:\*\*)?[：:](?:\*\*)?$/;

/** The labels a bare "决议：" head already stood for (segment/markers.ts DECISION_HEAD_ZH). */
const DECIDED = new Set(ZH_DECIDE as readonly string[]);

/**
 * Whether a line with its spaces taken out is only an outcome's label; with `othersOnly`, one other
 * than the "决议：" / "决定：" a record's motions were already read under.
 */
export function isOutcomeLabelHeadZh(short: string, othersOnly = false): boolean {
  if (short.length > 12) return false;
  if (!TAIL.test(short)) return false;
  const words = short.replace(LEAD, '').replace(TAIL, '');
  return LABEL.has(words) && !(othersOnly && DECIDED.has(words));
}


/** How deep each numbering sits in a Chinese record: 壹、 > 一、 > （一） > 1. > (1) > ①. */
const DEPTH: Record<string, number> = { cnCapital: 0, cn: 1, cnParen: 2, arabic: 3, arabicParen: 4, arabicHalfParen: 4, circled: 5 };

/**
 * Whether a numbered line ends the outcomes listed under such a label: its number sits higher than
 * the outcomes' own ("(1)…(3)" then "三、散會"), so it is the record's next part.
 */
export function endsOutcomeList(lineStyle: string | undefined, itemStyle: string | undefined): boolean {
  if (!lineStyle || !itemStyle) return false;
  const a = DEPTH[lineStyle];
  const b = DEPTH[itemStyle];
  return a !== undefined && b !== undefined && a < b;
}
