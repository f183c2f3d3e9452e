/**
 * Why a decision list read from a sure marker (a decisions heading, motion blocks) may still be
 * wrong as a whole: an item that is only a motion's title ("Motion to adopt the voting system, G.
 * Brimble": its words and its outcome stand under it), or an item cut inside a sentence ("合约要显示
 * 提供资讯，": a list broken at a comma), or two items read as one (a sentence that runs on into the
 * next item's number, "…代辦採購。(二)、報告…", or an item's own sub-items run together, "1.1需…;1.2每人…"),
 * or an item that swallowed a note's next heading ("初步制定计划###未决事项": where the list ends is a guess).
 * One such item makes the list a reading to check.
 */

import { alt } from '../lexicon/build';
import { EN_NOTES } from '../lexicon/en';
import { isPreamble } from '../fields/motions';
import { lineAt } from '../segment/line-at';

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

/** A Markdown heading's hashes inside an item, run on from the next line. */
const HEADING_INSIDE = /(?:^|\n|\S)#{2,6}\s?\S/;

/** A table's row printed as text, read whole as one item ("| 任务 | 负责人 | DDL |", "| ---- | ---- |"): its cells were not read apart. */
const TABLE_ROW = /^\s*\|[^|\n]*\|[^|\n]*\|/;

export function decisionDoubted(text: string, lang: 'zh' | 'en'): boolean {
  if (subItemsRunTogether(text) || HEADING_INSIDE.test(text.trim().replace(/^#{1,6}\s/, '')) || TABLE_ROW.test(text)) return true;
  if (lang === 'zh') return CUT_ZH.test(text) || RUNS_INTO_NEXT_ZH.test(text);
  return MOTION_TITLE_EN.test(text) && !OUTCOME_EN.test(text);
}

/**
 * Outcomes read from the middle of their items or paragraphs ("3. Approval of the minutes … – Ref 24/106:
 * Proposed and seconded; … It was therefore RESOLVED that …"): whether the decision is the item or the
 * resolution inside it is where readers differ (LABELS.md takes an item from its start). Half the list or
 * more read so makes it a reading.
 */
export function readInsideItems(decisions: { start: number }[], lines: { start: number; end: number; num?: { restAt: number } | null }[]): boolean {
  const inside = decisions.filter((d) => {
    const l = lineAt(lines, d.start);
    return !!l && d.start - (l.start + (l.num?.restAt ?? 0)) > 40;
  }).length;
  return inside > 0 && inside * 2 >= decisions.length;
}

/** A motion's outcome as printed ("CARRIED", "Motion carried 5-0"); work carried out or over is none. */
const CARRIED_MARK = /\bcarried\b(?!\s+(?:out|over|forward|on|through|across|into)\b)/gi;

/**
 * More motions carried in the record than decisions read: some were printed in a form not read
 * ("4. DELEGATIONS … 17-93 MOVED by … CARRIED" inside an item's paragraph), so the list is a reading.
 */
export function outcomesUnread(read: number, lines: { text: string }[]): boolean {
  let carried = 0;
  for (const l of lines) carried += l.text.match(CARRIED_MARK)?.length ?? 0;
  return carried > read;
}

/** A resolution's lettered or numbered part ("(i) … be approved …", "b) that … be noted"). */
const RESOLUTION_PART_EN = /^\s*\(?(?:[ivx]{1,4}|[a-h])\)\s.*\bbe\s+(?:approved|noted|adopted|agreed|received|accepted|endorsed|confirmed|authori[sz]ed|granted|refused)\b/i;

/**
 * A resolution's parts left outside every decision read ("RESOLVED that …" in one cell, its "(i) … be
 * approved", "(ii) … be noted" below it): the parts are outcomes of their own, so the list is a reading.
 */
export function partsUnread(decisions: { start: number; end: number }[], lines: { start: number; end: number; text: string }[]): boolean {
  return lines.some((l) => RESOLUTION_PART_EN.test(l.text) && !decisions.some((d) => d.start < l.end && d.end > l.start));
}

/** An outcome told by its vote ("The Committee consented on a two-thirds vote that …", "… was approved by a vote of 5-2"). */
const VOTED_OUTCOME_EN = /\b(?:on|by)\s+a\s+(?:two-thirds|2\/3|majority|unanimous|recorded|roll[- ]call|voice|show[- ]of[- ]hands)\s+vote\b|\bby\s+a\s+vote\s+of\s+\d/i;

/** A vote's outcome left outside every decision read: a form not read, so the list is a reading. */
export function votesUnread(decisions: { start: number; end: number }[], lines: { start: number; end: number; text: string }[]): boolean {
  return lineOutside(VOTED_OUTCOME_EN, decisions, lines);
}

/** A task given by name on a list's line, the name in bold or not ("- **Thoms** will lead the prototyping", "* Ann to book the hall"). */
// The words linking the name to its task are the notes' own (lexicon/en.ts EN_NOTES.taskLinks, as result/meeting-notes.ts reads them).
const TASK_BY_NAME_EN = new RegExp(`^\\s*[-*•]\\s+(?:\\*\\*|__)?\\p{Lu}[\\p{L}'’.-]{1,20}(?:\\*\\*|__)?\\s+${alt(EN_NOTES.taskLinks)}\\s+\\p{Ll}{3,}`, 'u');

/** A task given by name left outside every decision read: a section not read as decisions, so the list is a reading. */
export function tasksUnread(decisions: { start: number; end: number }[], lines: { start: number; end: number; text: string }[]): boolean {
  return lineOutside(TASK_BY_NAME_EN, decisions, lines);
}

/** A line the pattern marks that no decision read covers. */
function lineOutside(mark: RegExp, decisions: { start: number; end: number }[], lines: { start: number; end: number; text: string }[]): boolean {
  return lines.some((l) => mark.test(l.text) && !decisions.some((d) => d.start < l.end && d.end > l.start));
}

/** A member's motion and its passing on one line: "Approval of last minutes: Motion by Kathleen, second by Jose - passed". */
const MOTION_PASSED_EN = /\b(?:motion\s+(?:was\s+)?(?:made\s+)?by|moved\s+by|second(?:ed)?\s+by)\b.*\b(?:passed|carried|approved|adopted)\b/i;

/** A motion passed left outside every decision read: the list was read from another part (an "Action Items" heading's notes), so it is a reading. */
export function motionsUnread(decisions: { start: number; end: number }[], lines: { start: number; end: number; text: string }[]): boolean {
  return lineOutside(MOTION_PASSED_EN, decisions, lines);
}

/** A Chinese item that acts: what a decision says it does ("同意…", "由…负责", "通过"). */
const ACTS_ZH = /同意|决定|決定|通过|通過|负责|負責|完成|要求|研究|确定|確定|批准|安排|落实|落實|推进|推進|由|请|請|将|將|应|應|须|須|予以/;

/**
 * Half the items or more are a list's bare rows, short and saying nothing done ("2011年 高醫", "2012年 慈濟"):
 * a rota or a table read under the decisions, not its outcomes told, so the list is a reading.
 */
export function bareRowsZh(decisions: { text: string }[]): boolean {
  const bare = decisions.filter((d) => d.text.trim().length <= 14 && !ACTS_ZH.test(d.text)).length;
  return decisions.length >= 3 && bare * 2 >= decisions.length;
}

/** How many lines above a resolution its preamble may start. */
const PREAMBLE_REACH = 4;

/**
 * A resolution under a preamble ("WHEREAS … and; WHEREAS …; THEREFORE BE IT RESOLVED THAT …"): whether the
 * decision opens at the preamble or at the resolved words is where readers differ, so the list is a reading.
 */
export function underPreamble(decisions: { start: number }[], lines: readonly { start: number; end: number; text: string }[]): boolean {
  return decisions.some((d) => {
    const l = lineAt(lines, d.start);
    if (!l) return false;
    const k = lines.indexOf(l);
    if (/\bwhereas\b/i.test(l.text.slice(0, d.start - l.start))) return true;
    return lines.slice(Math.max(0, k - PREAMBLE_REACH), k).some((x) => isPreamble(x.text));
  });
}

/**
 * The last item running on to the very end of the page without closing its sentence ("That the minutes of the
 * special meeting of the Gener"): the page stops there, cut off, and the item with it.
 */
export function cutAtPageEnd(decisions: { text: string; end: number }[], text: string): boolean {
  const last = decisions.reduce<{ text: string; end: number } | null>((a, d) => (!a || d.end > a.end ? d : a), null);
  return !!last && !text.slice(last.end).trim() && /[\p{Ll}]$/u.test(last.text.trim());
}
