/**
 * Team and project notes under a minutes title ("# 会议记录 / ## 4/14会议记录", "管委会例会 会议纪录",
 * "Team meeting minutes") that record what the meeting did in a notes' own forms, where the fields
 * read none of it: an outcome under a label set in bold or brackets ("**决议**：照案通过",
 * "__Decision__: …", "【结论】…"), or work items each followed by its owner's name ("1. 新增用例图的描述
 * - 陆广炎", "- Update the wiki — Alice", "完善界面——陈宇航 李明"). A title alone is no record
 * (verdict.ts refuses a minutes title over a page that records nothing); these items are. What a
 * guide or a template under the same title prints instead: labels left blank or described
 * ("决议：写明会议的决定"), items followed by a role, not a person ("1. 开场 - 主持人", "Updates - All").
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_NOTES, EN_TITLED_NOTES } from '../lexicon/en';
import { ZH_NOTES, ZH_OUTCOME_LINE_LABELS, ZH_TITLED_NOTES } from '../lexicon/zh';

/** Bold or underline marks around a label or its colon ("**决议**：", "__Decision:__"). */
const MARK = '(?:\\*{1,2}|_{2})?';
const LABEL = `(?:${alt([...ZH_NOTES.outcomeLabels, ...ZH_OUTCOME_LINE_LABELS])}|${alt(EN_NOTES.outcomeLabels)}\\b)`;
/** "**決議**：照案通過", "- **Decision:** adopt X", "【结论】采用方案二": a label, its marks, then what was reached. */
export const OUTCOME_LABELLED = new RegExp(
  `^[-*#>•]{0,6}[ \\t]{0,4}(?:[【\\[]${LABEL}[】\\]][ \\t]{0,2}[：:]?|${MARK}${LABEL}${MARK}[ \\t]{0,2}[：:]${MARK})[ \\t]{0,2}([^\\n]{0,200})$`,
  'i',
);
/** What stands after a label in a guide or a blank form, not an outcome. */
const DESCRIBED = new RegExp(`^(?:${alt(ZH_TITLED_NOTES.described)}|${alt(EN_TITLED_NOTES.described)}\\b)`, 'i');

/** One owner: a handle, a Chinese name of two or three characters, or an English first name (and surname). */
const OWNER = '(?:@[\\w-]{2,24}|[\\u4e00-\\u9fff]{2,3}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)';
/** A numbered or bulleted item, its words, a dash, and one to four owners closing the line. */
export const OWNED_ITEM = new RegExp(
  `^[ \\t]{0,6}(?:[-*•+]|\\d{1,2}[.、．)）]|[①-⑳])[ \\t]{1,4}[^\\n]{4,120}?[ \\t](?:-{1,2}|—{1,2}|–)[ \\t]{0,3}(${OWNER}(?:[ \\t、,，/&]{1,3}${OWNER}){0,3})[ \\t]{0,4}$`,
);
const NOT_OWNER = new RegExp(`^(?:${alt(ZH_TITLED_NOTES.notOwners)}|${alt(EN_TITLED_NOTES.notOwners)})$`);

/** An outcome label with its outcome on the line: not blank, not a guide's description of what goes there. */
function outcomeLine(line: string): boolean {
  const m = OUTCOME_LABELLED.exec(line);
  if (!m) return false;
  const rest = m[1].trim();
  return rest.length >= 4 && !/^_{2,}|^\.{3}|^…|[：:]$|^[（(]/.test(rest) && !DESCRIBED.test(rest);
}

function ownedItem(line: string): boolean {
  const m = OWNED_ITEM.exec(line);
  if (!m) return false;
  return m[1].split(/[ \t、,，/&]{1,3}/).every((o) => o && !NOT_OWNER.test(o));
}

/** A label naming what was decided, not an action to take ("Action: Approval" heads an agenda's item). */
const DECIDED_LABEL = /^[-*#>•]{0,6}[ \t]{0,4}(?:[【[]|\*{1,2}|_{2})?(?:decisions?|decided|agreed|outcomes?|conclusion|resolved|结论|結論|决议|決議|决定|決定|共识|共識)\b/i;

/** Lines stating what was decided under a label ("* DECISION: Thursday, 29 June", "决议：照案通过"): outcomes stated, whatever the page's other headings. */
export const decidedLines = (seg: Segmented): number => seg.lines.filter((l) => l.kind !== 'chrome' && DECIDED_LABEL.test(l.text) && outcomeLine(l.text)).length;

/** How many items the notes record in these forms: outcomes under a marked label, and work with its owner. */
export function titledNotesItems(seg: Segmented): number {
  let n = 0;
  for (const l of seg.lines) {
    if (l.kind === 'chrome') continue;
    if (outcomeLine(l.text) || ownedItem(l.text)) n++;
  }
  return n;
}

/** At least two items recorded: one line in a notes' form could be a guide's example. */
export const titledNotes = (seg: Segmented): boolean => titledNotesItems(seg) >= 2;
