/**
 * The decisions of the meeting, from (in this order of trust):
 *  1. a decisions section ("会议议定事项如下：", "The meeting decided:") and its items;
 *  2. per-topic outcomes ("一、审议…  会议议定：原则同意…"), one decision per topic;
 *  3. English minutes without sections: sentences that record an outcome ("It was agreed …",
 *     "The council resolved …", "Clerk to …", "Action: Mike to …");
 *  4. numbered items that each assign work, when nothing above exists;
 *  5. Chinese sentences "会议同意/决定…" in running text.
 */
import { countedOutcomes } from './counted-outcomes-zh';
import { oneMotionPerParagraph } from './motion-paragraph';
import type { Segmented, SegLine } from '../segment/segment';
import { OPENS_DECISIONS_MADE_ZH, OUTCOME_ZH, PRAYER_ENDS_EN, PRAYER_OPENS_EN } from '../segment/markers';
import { splitSentences } from '../text/sentences';
import { opensAgenda, underAgendaIntro } from './agenda-intro-zh';
import { withReviewedTopics } from './reviewed-topics';
import { findAssignees, NOT_VERB } from './assignees';
import { findDeadline } from './deadlines';
import { taskFields } from './task-labels';
import { resolutionMotions } from './resolutions';
import { outsideReports } from './report-part';
import { withTaskColumns } from './task-table';
import { NUMBERED_MOTION_HEAD, NUMBERED_MOTION_LINE } from './numbered-motions';
import { numberedMotionLabel, pastMotionLabel } from './numbered-motion-label';
import { isVoteResultLine } from './vote-result-line';
import { SPACED_OUTCOME, spacedWords } from './spaced-labels';
import { readFirstMeeting } from '../segment/meeting-log';
import { carriedByNext, narrativeOutcome, secondedByNext } from './narrative-outcomes';
import { lostSentence, notCarried } from './motion-heads';
import { continuesItem } from './list-items';
import { foldOwnerMarks, ownerOnly } from './action-owners';
import { closingActionMark } from './closing-action-mark';
import { readBlocks, type BlockDecision } from './motions';
import { looseOutcomes } from './outcomes';
import { unwrapped } from './wrapped';
import { splitItems } from './runon';
import { joinedNumbers } from './numbered';
import { plainLabels } from './bold-labels';
import { splitEnRunOn } from './runon-en';
import { afterTopic, secondedAside, withoutAsides } from './topic-outcomes';
import { holdsMotionWords, presentMotion, procedureLine } from './motion-sentences';
import { withoutCheckboxes, withoutMarks } from './bullets';
import { noteTask } from './note-tasks';
import { actionMarked } from './action-marks';
import { passedMotionAt } from './passed-motions';
import { wordBeforeTo } from './word-before-to';
import { isAgreementOutcome, isVoteOutcome } from './vote-outcomes';
import { topicStart } from './topic-start';
import { withoutTemplateBlanks } from './template-items';
import { bulletedResolutions, bulletsBeforeNumbers, numberedResolutions } from './resolution-list';
import { bracketedMotionParts } from './bracketed-motion';
import { namedTaskZh, TASK_ZH } from './named-task-zh';
import { onlyPersonTasks, personTask, withoutPersonTasks } from './person-will';
import { reportsDone, statusBelow } from './action-review';
import { isSettledOutcome } from './settled-on';
import { decisionWordsOutside } from './decision-words-outside';
import { withMotionsBack } from './carried-back';
import { isInitialsOutcome } from './initials-outcomes';
import { actStart, splitActs, ZH_ACT_OPENS } from './narrative-acts';
import { toldTopics } from './told-topics';
import { HEARD_REPORT, isRecordOpening } from './heard-reports';
import { framesOutcome } from './framed-outcome';
import { endsInlineTasks, inlineActionHead } from './inline-action-head';
import { notesBody } from './notes-body';
import { isDivisionHeadZh } from '../segment/division-head';
import { isActionHeadZh } from '../segment/action-head-zh';
import { endsOutcomeList, isOutcomeLabelHeadZh } from '../segment/outcome-label-head';
import { divisionAssignees } from './division-assignees';
import { statesNothing } from './nil-outcomes';
import { secondingOnly } from './seconding-only';
import { bareName } from './bare-names';
import { readBesideList } from './beside-action-list';
import { minutesTopicOutcome } from './minutes-topic';
import { isSubjectlessOutcome } from './subjectless-outcomes';
import { isClosingOutcome } from './closing-outcome';
import { isJointTask } from './joint-owners';
import { closedByVote } from './closing-vote';
import { meetingDirectives } from './meeting-directives';
import { isConclusionPartZh } from '../segment/conclusion-part';
import { isTaskListHeadEn } from '../segment/task-list-head-en';
import { alt } from '../lexicon/build';
import { ZH_APPROVE, ZH_MOTION_LOST, ZH_VOTE_COUNT, ZH_CHOSEN, ZH_DECIDE, ZH_DECIDERS, ZH_ELECT, ZH_MEETING, ZH_MOTION_EXPLAIN, ZH_MOTION_HEADS, ZH_MOTIONS_END, ZH_OUTCOME_LABELS, ZH_PROCEDURE, ZH_QUESTIONING, ZH_ELECTED_OUT, ZH_VOTE_MEANS, ZH_RECORD, ZH_RECORD_REVIEW, ZH_REVIEW, ZH_VOTE_ADVERBS } from '../lexicon/zh';
import { EN_BODIES, EN_BOARD_MEMBERS, EN_DECIDE, EN_MOTION, EN_MOTION_VERBS, EN_CHOSEN, EN_PASSIVE_OUTCOMES, EN_REVIEWED, EN_UNDERTAKE, EN_ASKED_TO, EN_RECOMMENDED, EN_IRREGULAR_PARTICIPLES } from '../lexicon/en';
import { BULLET as BULLET_MARK, EMOJI_LEAD, HASHES, HASHES_LEAD } from '../text/markup';
import { withAgreedLists } from './agreed-list';
import { numberedResolution } from './numbered-resolution';
import { planTableRows } from './plan-table';

export interface FoundDecision {
  text: string;
  start: number;
  end: number;
  assignees: string[];
  due: string | null;
  dueDate?: string;
  confidence: number;
}

interface Block {
  lines: SegLine[];
  /** Text of the block, the first line without its number. */
  text: string;
  start: number;
  end: number;
  num: SegLine['num'];
}

/**
 * Labels as a Traditional-script record aligns them, a space between their characters ("決 議:",
 * "說　明:", "案 由:"), or as printed.
 */
const spaced = spacedWords;
/** A motion's outcome under its label: "决议：照案通过", "【議決】…", "主席裁示：…". */
const ZH_LABELLED_OUTCOME = new RegExp(`[【\\[［〔]\\s*${spaced(ZH_OUTCOME_LABELS)}\\s*[】\\]］〕]|(?:^|[。；;\\s）)])${spaced(ZH_OUTCOME_LABELS)}[一二三四五六七八九十]{0,2}\\s*[:：]\\s*\\S`);
/** An outcome stated in the record's words or under a label. */
const OUTCOME = new RegExp(`${OUTCOME_ZH.source}|${ZH_LABELLED_OUTCOME.source}`);
/**
 * An item of a body's record that says what the meeting dealt with, with no outcome stated
 * ("会议听取了…汇报", "会议研究了…事宜"): such records list these as their items (LABELS.md).
 */
const ZH_REVIEW_ITEM = new RegExp(`^(?:会议|會議)(?:还|還|首先|先后|先後|最后|最後|又|并|並)?${alt(ZH_RECORD_REVIEW)}(?:了|并|並)`);
/** The same inside a paragraph, the meeting left unsaid ("讨论了疫情防控…事宜"): where the next item starts. */
const ZH_REVIEW_NEXT = new RegExp(`^(?:(?:会议|會議)(?:还|還|首先|先后|先後|最后|最後|又|并|並)?)?${alt(ZH_RECORD_REVIEW)}(?:了|并?(?:${alt([...ZH_DECIDE, ...ZH_APPROVE])}))`);
/**
 * Whether a reviewed item records something of its own: an outcome ("…介绍后，一致同意…"), or work given
 * ("由X负责", "X牵头", "要求尽快…"). A review followed only by the meeting's views ("会议听取了…汇报，
 * 会议强调…") or a bare "会议研究了…有关事项" records nothing decided.
 */
function reviewHolds(text: string): boolean {
  return /同意|通过|通過|决定|決定|批准|确定|確定|议定|議定/.test(text) || EXPLICIT_ASSIGN.test(text) || /(?:^|[。；;])(?:并|並)?要求/.test(text) || /(?:牵头|牽頭|负责|負責)(?!人|同志)/.test(text);
}

const STOP_KINDS = new Set(['label', 'distribution', 'print', 'decisionHead', 'requirementHead', 'chrome', 'date', 'meta']);

/** A vote's count alone: "同意3 不同意1 弃票2", "赞成10票、反对2票". */
const VOTE_COUNT_ZH = new RegExp(`^(?:${alt(ZH_VOTE_COUNT.for)})\\s*\\d+\\s*票?[\\s、，,]*(?:${alt(ZH_VOTE_COUNT.against)})\\s*\\d+`);
/** A motion lost, told at the sentence's start: "（不通过，根据…）", "未通過。". */
const LOST_ZH = new RegExp(`^[（(]?\\s*(?:${alt(ZH_MOTION_LOST)})`);

/** A bullet opening a line: an item mark like a number, but with no order; a note's emoji after it marks the item too ("* 👷 Dan volunteered …"). */
const BULLET = new RegExp(`^${BULLET_MARK}\\s+${EMOJI_LEAD}*`, 'u');
const EMOJI_OPENS = new RegExp(`^${EMOJI_LEAD}+`, 'u');

function blockOf(lines: SegLine[]): Block {
  const first = lines[0];
  const skip = first.num ? first.num.restAt : (first.text.match(BULLET)?.[0].length ?? 0);
  const parts = [first.text.slice(skip), ...lines.slice(1).map((l) => l.text)];
  return { lines, text: parts.join('\n'), start: first.start + skip, end: lines[lines.length - 1].end, num: first.num };
}

/** Groups lines into items of the first numbering style met; deeper lines join their item. */
function itemsOf(lines: SegLine[]): { blocks: Block[]; style: string | null } {
  // Bullets over a quoted numbered clause are the list's items (fields/resolution-list.ts).
  if (bulletsBeforeNumbers(lines, BULLET)) return { blocks: bulletItems(lines), style: null };
  const style = lines.find((l) => l.num)?.num?.style ?? null;
  const blocks: Block[] = [];
  let cur: SegLine[] | null = null;
  for (const l of lines) {
    if (style && l.num?.style === style) {
      if (cur) blocks.push(blockOf(cur));
      cur = [l];
    } else if (cur) cur.push(l);
    else if (!style) blocks.push(blockOf([l]));
  }
  if (cur) blocks.push(blockOf(cur));
  if (!style && lines.some((l) => BULLET.test(l.text))) return { blocks: bulletItems(lines), style: null };
  return { blocks, style };
}

/**
 * Bulleted items: a bullet opens an item; a line going on in lower case, or after a line left
 * hanging ("… for the" / "BoF slides."), is its wrapped tail; the first other line after the
 * bullets ends the list ("Next Meeting", "Notes:").
 */
function bulletItems(lines: SegLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: SegLine[] | null = null;
  for (const l of lines) {
    if (BULLET.test(l.text)) {
      if (cur) blocks.push(blockOf(cur));
      cur = [l];
    } else if (cur && (/^[a-z(]/.test(l.text) || EN_HANGING.test(cur[cur.length - 1].text) || continuesItem(cur[0], l))) cur.push(l);
    else if (cur) break;
    else blocks.push(blockOf([l]));
  }
  if (cur) blocks.push(blockOf(cur));
  return blocks;
}

/** A line that stops mid-phrase, so the next one goes on with it. */
const EN_HANGING = /\b(?:the|a|an|of|to|for|and|or|in|on|with|by|from|at|as)$|,$/i;

function make(text: string, start: number, end: number, seg: Segmented, meetingIso: string | null, confidence: number): FoundDecision {
  const clean = text.replace(/\s*\n\s*/g, seg.lang === 'zh' ? '' : ' ').trim();
  // "[HP] Draft a slide …": the owners in brackets open an action item; the text keeps them as printed.
  const owner = seg.lang === 'en' ? clean.match(/^\[([A-Za-z][\w .,&/-]{0,40})\]\s*/) : null;
  const shown = clean.length > 400 ? clean.slice(0, 400) + '…' : clean;
  // A task's owner and deadline under their labels ("责任单位：…", "完成时限：…") are as printed there.
  const task = seg.lang === 'zh' ? taskFields(clean) : null;
  const due = task?.due ? { phrase: task.due, dueDate: findDeadline(`${task.due}前`, 'zh', meetingIso)?.dueDate } : findDeadline(clean, seg.lang, meetingIso);
  return {
    text: shown,
    start,
    end,
    assignees: owner ? owner[1].split(/\s*[,&/]\s*|\s+and\s+/).filter(Boolean) : task?.assignees.length ? task.assignees : (seg.lang === 'en' ? (closingActionMark(clean) ?? noteTask(clean) ?? actionOwners(clean) ?? personTask(clean))?.assignees : null) ?? findAssignees(clean, seg.lang).map((a) => a.name),
    due: due?.phrase ?? null,
    ...(due?.dueDate ? { dueDate: due.dueDate } : {}),
    confidence: looksWhole(clean, seg.lang) ? confidence : Math.min(confidence, 0.5),
  };
}

/** The owners an action mark names (fields/action-marks.ts), when it names any. */
const actionOwners = (t: string) => {
  const a = actionMarked(t);
  return a?.assignees.length ? a : null;
};

/** Small words a heading keeps in lower case ("End of Meeting", "Moved by"). */
const EN_HEADING_SMALL = /^(?:of|by|and|or|the|a|an|to|for|in|on|at|with)$/;

/**
 * Whether an item reads as a whole decision rather than a piece of one: not a wrapped line's tail
 * ("an application regarding …"), not a bullet left unread, not a heading or a table's header row
 * ("Motion Text Moved by Seconded by Status", "Action Summary"), not a scrap.
 */
export function looksWhole(text: string, lang: 'zh' | 'en'): boolean {
  const t = text.trim();
  if (/^[•·*▪◦‣-]/.test(t)) return false;
  if (lang === 'zh') return t.replace(/\s+/g, '').length >= 6;
  if (/^[a-z]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3) return false;
  const heading = words.length <= 8 && !/[.!?;:]$/.test(t) && words.every((w) => /^[A-Z0-9]/.test(w) || EN_HEADING_SMALL.test(w));
  return !heading;
}

/** "Motion:" alone on its line: the motion's words follow, then its vote and the next business. */
const EN_MOTION_HEAD = new RegExp(`^${alt(EN_MOTION.resolved)}s?\\s*[:：]?$`, 'i');
/** A line that only records the seconding: "Director Walker seconded the motion." */
const EN_SECONDED_ONLY = /^[\p{L}.'’ -]{2,60}\s(?:seconded|supported)(?: the motion)?\.?$/iu;

/**
 * The words of a motion under a bare "Motion:" head, as one item: its first paragraph, wrapped lines
 * joined, the seconder's line left out. What follows (the vote, a roll of ayes) is not the motion.
 */
function motionParagraph(seg: Segmented, sec: SegLine[]): Block | null {
  const head = seg.lines[sec[0].i - 1];
  if (seg.lang !== 'en' || !head || !EN_MOTION_HEAD.test(head.text.trim())) return null;
  // A bulleted or numbered list under the head is several resolutions (fields/resolution-list.ts).
  if (bulletedResolutions(sec, BULLET) || numberedResolutions(sec)) return null;
  const para: SegLine[] = [];
  for (const l of sec) {
    if (para.length && l.gapBefore) break;
    if (!EN_SECONDED_ONLY.test(l.text.trim())) para.push(l);
  }
  if (!para.length) return null;
  const b = blockOf(para);
  return { ...b, text: b.text.replace(/\n/g, ' ') };
}

/** Lines of each decisions section, up to the next section head, label or closing block. */
const MARKUP_ONLY = /^[>\s]{1,8}$|^[\s|:\-–—=*_]{3,200}$/;
/** A note's heading: its hashes before the line, as printed (a Chinese note is read with them taken off). */
const MD_HEADING_BEFORE = new RegExp(`(?:^|\\n)[ \\t]{0,3}${HASHES}[ \\t]{1,4}$`);
const MD_HEADING = new RegExp(`^${HASHES_LEAD}`);
const mdHeading = (seg: Segmented, l: SegLine): boolean => MD_HEADING.test(l.text) || MD_HEADING_BEFORE.test(seg.text.slice(Math.max(0, l.start - 12), l.start));
/** An item that says something passed or was agreed ("本次修改评审通过", "一致同意…"): an outcome outside the list read. */
/** A topic's outcome under its label, the outcome beside it: "议定：原则同意…", "會議決定：同意…". */
const OUTCOME_LABEL_ZH = /^\s*(?:会议|會議)?(?:议定|議定|决定|決定|决议|決議)\s*[：:]\s*\S/;
const PASSED_ZH = /(?:评审|审议|表决|审核|会议)(?:并)?(?:一致)?(?:通过|同意)|一致同意/;
/** Whether a section's head is a division of work (segment/division-head.ts). */
const dividesWork = (seg: Segmented, head: SegLine | undefined): boolean => seg.lang === 'zh' && !!head && isDivisionHeadZh(head.text.replace(/\s+/g, ''));
/** Whether a section's head is a team's notes' own (a division of work, "### 待办事项"): its list ends at the next heading, and is read less sure. */
const notesHead = (seg: Segmented, head: SegLine | undefined): boolean => dividesWork(seg, head) || (seg.lang === 'zh' && !!head && isActionHeadZh(head.text.replace(/\s+/g, '')));

/** First tasks read out of a to-do head's own line: a note's list, read less sure. */
const INLINE_TASKS = new WeakSet<SegLine>();

/** A short capitalised heading ending in a colon, alone on its line: "Financials:", "Old Business:". */
const PART_HEAD_EN = /^\p{Lu}[\p{L}'’&/ -]{1,40}:$/u;

function sections(seg: Segmented): SegLine[][] {
  const out: SegLine[][] = [];
  const lines = seg.lines;
  for (let i = 0; i < seg.tailStart; i++) {
    // "待办事项：完成X" / "Y" / "Z": a to-do head with its first task on its line (fields/inline-action-head.ts).
    const inline = seg.lang === 'zh' && lines[i].kind !== 'decisionHead' ? inlineActionHead(lines[i]) : null;
    if (lines[i].kind !== 'decisionHead' && !lines[i].opensDecisions && !inline) continue;
    const body: SegLine[] = inline ? [inline] : [];
    if (inline) INLINE_TASKS.add(inline);
    const division = notesHead(seg, lines[i]);
    // A head nested in a note's list ("      - 結論：") holds only the lines nested deeper under it.
    const nested = lines[i].indent ?? 0;
    const labelled = seg.lang === 'zh' && isOutcomeLabelHeadZh(lines[i].text.replace(/\s+/g, ''), true);
    let j = i + 1;
    for (; j < seg.tailStart; j++) {
      const l = lines[j];
      if (STOP_KINDS.has(l.kind) || (inline && endsInlineTasks(l))) break;
      // A division of work under a note's heading ends at the next heading ("### 团队分工" … "## 项目分析").
      if (division && mdHeading(seg, l)) break;
      if (nested > 0 && !inline && (l.indent ?? 0) <= nested) break;
      // Outcomes numbered under their label ("主席裁示：" / "(1)…") end at the record's next part ("三、散會").
      if (labelled && endsOutcomeList(l.num?.style, body.find((b) => b.num)?.num?.style)) break;
      // A numbered head of the same level as this section's own number ends it ("3. Action Items").
      if (lines[i].num && l.num && l.num.style === lines[i].num!.style) break;
      // After numbered items, an unnumbered view/requirement paragraph ends the section, and so does a
      // heading of the record's next part set apart from them ("Financials:").
      if (body.some((b) => b.num) && !l.num && (l.kind === 'view' || l.kind === 'requirement' || (l.gapBefore && PART_HEAD_EN.test(l.text.trim())))) break;
      body.push(l);
    }
    if (body.length) out.push(body);
    i = j - 1;
  }
  return out;
}

const VIEW_SENTENCE = /^(?:会议|會議|会上)(?:再次|还|并|進一步|进一步|一致)?(?:强调|強調|指出|认为|認為|提出|肯定|希望|号召)/;
const REPORT_ONLY = /^(?:会议|會議|会上)(?:首先|还|并|先后)?(?:听取|聽取|学习|學習|传达|傳達|通报|通報)|^(?:会议|會議)?(?:还|還)?研究了?其他事项|^(?:会议|會議)?(?:还|還)?研究了?其他事項/;
const EXPLICIT_ASSIGN = /要求[^。；]{0,6}?[\u3400-\u9fff]{1,12}?(?:部门|單位|单位|人员|人員|办公室|辦公室|政府|局|委|办|辦|处|處|科|组|組|中心|公司|集团|院|所|站|队|隊)|由[^。；，,]{2,20}?(?:负责|負責|牵头|牽頭|组织|組織|落实|落實|办理|辦理|实施|實施)/;

/** Whether an item gives work to someone: a named body or person, or an explicit 要求X/由X负责. */
function assignsWork(text: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'en') return ASSIGNS_EN.test(text) || EN_OWNER_TO.test(text) || findAssignees(text, 'en').length > 0;
  for (const s of splitSentences(text, 'zh')) {
    if (VIEW_SENTENCE.test(s.text)) {
      if (EXPLICIT_ASSIGN.test(s.text)) return true;
      continue;
    }
    if (EXPLICIT_ASSIGN.test(s.text) || /要求/.test(s.text) || findAssignees(s.text, 'zh').length > 0) return true;
  }
  return false;
}

/** A paragraph that only records views or a report, with no outcome and no assignment. */
function viewOnly(text: string): boolean {
  const t = text.replace(/^\s+/, '');
  if (!(VIEW_SENTENCE.test(t) || REPORT_ONLY.test(t))) return false;
  return !OUTCOME_ZH.test(t) && !EXPLICIT_ASSIGN.test(t) && !/要求(?!.{0,2}[，,])/.test(t.replace(VIEW_SENTENCE, ''));
}

/** A block split into its own numbered sub-items, when it has two or more. */
function subItems(b: Block, least = 2): Block[] {
  const style = b.num?.style;
  const rest = b.lines.slice(1);
  const subStyle = rest.find((l) => l.num && l.num.style !== style)?.num?.style;
  if (!subStyle) return [];
  const out: Block[] = [];
  let cur: SegLine[] | null = null;
  for (const l of rest) {
    if (l.num?.style === subStyle) {
      if (cur) out.push(blockOf(cur));
      cur = [l];
    } else if (cur) cur.push(l);
  }
  if (cur) out.push(blockOf(cur));
  return out.length >= least ? out : [];
}

/** Assignees of an outcome: read from the outcome on, not from the report or views before it. */
function fromOutcome(d: FoundDecision, lang: 'zh' | 'en'): FoundDecision {
  const m = d.text.match(OUTCOME);
  if (!m || m.index === undefined) return d;
  const tail = d.text.slice(m.index);
  return { ...d, assignees: findAssignees(tail, lang).map((a) => a.name) };
}

// English sentences that record an outcome.
const EN_DECIDED = new RegExp(
  `^(?:(?:after|following)\\s+(?:some\\s+|further\\s+|a\\s+|brief\\s+|much\\s+)?discussion,?\\s+|(?:after|following|upon|on|having)\\s+[^,.;:]{2,60},\\s+|(?:it\\s+was\\s+)?(?:therefore|then|also|further)\\s+)?(?:it|(?:the\\s+)?(?:[a-z&'’-]+\\s+){0,3}${alt([...EN_BODIES, ...EN_BOARD_MEMBERS])}|all\\s+(?:members|councillors|present)|members|council|councillors)\\s+(?:was\\s+|were\\s+|have\\s+|has\\s+)?(?:then\\s+|also\\s+|further\\s+|unanimously\\s+|duly\\s+)?${alt(EN_DECIDE)}\\b`,
  'i',
);
/** The members speaking as one at a sentence's start: "We agreed to sponsor the program", "We decided to become Platinum Sponsors",
 * or in a Friends' minute's present tense, "We approve the minutes of the last meeting" (not a speaker's "we decided …" in a chat log, lower case after the speaker's name). */
const EN_WE_DECIDED = new RegExp(`^We\\s+(?:all\\s+)?(?:then\\s+|also\\s+|unanimously\\s+)?(?:${alt(EN_DECIDE)}|approve|agree|affirm|accept|adopt|endorse|decide)\\b`);
/** Moved, seconded and carried (or passed) in three letters: "M/S/C", "M/S/P", "MSC", "MSP". */
// "MSUC", "M/S/U/C", "MSU": moved, seconded and carried unanimously.
const MSC = String.raw`(?:M\/S\/(?:U\/)?[CP]|MSU?C|MSU?P|MSU)`;
/** An item closed by its motion's shorthand, moved, seconded and passed: "Approval of October 2022 Meeting Minutes M/S/P", "… from $50 to $89 MSP". */
const EN_SHORTHAND_CLOSES = new RegExp(String.raw`\s${MSC}(?:\s*\([^()]{2,60}\))?\.?$`);
/** The same spelled out, closing an item or standing as one: "Ticket sales … under 6yo free. Motioned and passed.", "• Motioned and accepted". */
const EN_SPELLED_CLOSES = /(?:^|\s)(?:moved|motioned)(?:,?\s+(?:and\s+)?seconded)?,?\s+and\s+(?:carried|passed|accepted|approved|adopted|received)(?:\s+unanimously)?\.?$/i;
// The previous minutes "received as correct", "signed by the Chairman as a true and correct record": confirmed.
const EN_PASSIVE = new RegExp(`^(?!this\\b|that\\b|it was noted)[\\w'’,.&()£/\\- ]{1,120}?\\s+(?:was|were|has been|have been)\\s+(?:duly\\s+|unanimously\\s+|then\\s+|also\\s+)?(?:(?:${alt(EN_REVIEWED)}\\s+and\\s+)?${alt(EN_PASSIVE_OUTCOMES)}\\b|(?:received|signed|taken|read)\\b[^.;]{0,60}?\\bas\\s+(?:a\\s+|being\\s+a\\s+)?(?:true|correct|accurate)\\b)`, 'i');
/**
 * "The report was passed unanimously.": passed as an outcome, not handed on ("passed on to the clerk"),
 * and not a motion's vote told after it ("All agreed, the Resolution was passed."), which is that motion's.
 */
const EN_PASSED = /^(?!this\b|that\b|it\b)(?![^.]*\b(?:motion|resolution|proposal|amendment)\s+(?:was|were|has been|have been)\s+(?:duly\s+|unanimously\s+)?passed)[\w'’,.&()£\- ]{1,120}?\s+(?:was|were|has been|have been)\s+(?:duly\s+|unanimously\s+|then\s+|also\s+)?passed\b(?!\s+(?:on|to|around|along|over|away|down|through|out)\b)/i;
/** The outcome of a heading's item with no subject: "Reviewed and approved.", "Read and confirmed". */
const EN_REVIEWED_OUTCOME = new RegExp(`^${alt(EN_REVIEWED)}\\s+and\\s+(?:duly\\s+|unanimously\\s+)?${alt(EN_PASSIVE_OUTCOMES)}\\b`, 'i');
/** Persons chosen, named at the sentence's start and not in a story ("He was elected in 1991"): "HP and NL were elected co-chairs". */
const EN_CHOSEN_FOR = new RegExp(`^(?!(?:this|that|it|he|she|they|who|which)\\b)\\p{Lu}[\\w.'’&\\- ]{0,60}?\\s+(?:was|were|is|are|has been|have been)\\s+(?:duly\\s+|unanimously\\s+|then\\s+)?${alt(EN_CHOSEN)}\\b`, 'iu');
/** Names in capitals, a list of them ("Margaret Wood, Dean Bergin, James Henstridge are elected unopposed …") or one before a colon ("Nick Bannon: elected …"). */
const EN_NAME = "\\p{Lu}[\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,3}";
const EN_CHOSEN_LIST = new RegExp(`^(?:${EN_NAME}(?:,\\s*(?:and\\s+)?${EN_NAME}){1,8}\\s+(?:were|are|have\\s+been)\\s+|${EN_NAME}\\s*:\\s*)(?:duly\\s+|unanimously\\s+)?${alt(EN_CHOSEN)}\\b`, 'u');
/** A named person taking work on: "Gill MacKay agreed to draft the letter". */
const EN_UNDERTAKING = new RegExp(`^(?!(?:The|This|That|It|He|She|They|We|All|Everyone)\\b)(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?\\p{Lu}[\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,2}(?:\\s*\\([^()]{1,30}\\))?\\s+${alt(EN_UNDERTAKE)}\\s+(?!${NOT_VERB})\\p{Ll}`, 'u');
/** A committee's formula opening its outcome: "RECOMMENDED that the draft budget be referred …"; its THAT may be letter-spaced ("RECOMMENDED – T H A T …"). */
const EN_FORMULA_OPENS = new RegExp(`^${alt(EN_RECOMMENDED)}\\s*[:\\-–—]?\\s*(?:that|t h a t|to)\\b`, 'i');
const EN_MARK = /^there was (?:general |broad |unanimous )?(?:agreement|consensus) (?:that|to|on)\b|^it was (?:also |further |then )?(?:concluded|settled) (?:that|to)\b|^(?:unanimously\s+)?(?:agreed|decided)\s+(?:on|upon|to|not\s+to|that)\s|^(?:a\s+)?decision\s+(?:was\s+(?:made|taken)\s+)?(?:to|that)\s|^resolution\s*[:\-–—](?!\s*(?:(?:the\s+)?(?:vote|motion)\s+)?(?:passed|carried|approved|adopted|agreed|failed|lost|defeated|rejected)\b)|^(?:resolved|agreed|decision|decided|action(?:s)?(?: items?| points?)?)\s*[:\-–—]|^voted\s*[:\-–—]\s*(?:unanimously\s+)?(?:to|that)\s|^(?:\S+\s){1,3}(?:moved|motioned|proposed|moves|motions|proposes)\s+(?:to|that)\s|^(?:\S+\s){0,2}I\s+move\s+(?:to|that)\s|^resolved\b|^RESOLVED\b|^it was proposed\b.{0,120}\bthat\b/i;
/** Minutes of several meetings approved at once: "The minutes of the meetings held on … and the EGM held on … were approved". */
// Its item's heading may run in before it ("Previous Minutes Minutes of the members meeting … taken as read proposed by …").
const EN_MINUTES_APPROVED = /^(?:(?:previous|last)\s+minutes\s+)?(?:the\s+)?minutes\s+of\b[^.;:!?]{1,200}?\s+(?:(?:was|were|have been|has been)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|accepted|confirmed|agreed)\b|(?:were\s+|was\s+)?taken\s+as\s+read\b[^.;:!?]{0,120}?\b(?:agreed|approved|adopted|confirmed|accepted|signed|carried)\b)/i;
/** A mover named in full before the verb: "Councilman L. Kenneth Hall moved to approve …", "Ms. Ana B. Cruz moved that …". */
const EN_NAMED_MOVER = /^(?:[A-Z][\w.'’-]*\s+){2,6}(?:moved|motioned|moves)\s+(?:to|that)\s/;
// "Mel is to hand over the paperwork", "CJ is to email …": the task told with "is to" (not "This is to finalise …", a purpose).
const EN_ACTION = new RegExp(`^(?:(?:(?:[Aa]ctions?|ACTIONS?|TODO|To-?do|AI)\\s*[:\\-–]\\s*)?(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?(?!(?:This|That|It|There|These|Those|Which|What|Who|Here)\\s)[A-Z][\\w.'’-]*(?:\\s+(?:or\\s+|and\\s+|&\\s+)?[A-Z][\\w.'’-]*){0,2}\\s+(?:(?:is|are)\\s+)?to\\s+(?!${NOT_VERB})[a-z]|^to be [a-z]+ed by [A-Z]|(?:[Tt]he\\s+)?(?:Clerk|Chairman|Chair|Secretary|Treasurer|RFO)\\s+(?:will|would|shall|is to|undertook to)\\s+(?!${NOT_VERB})[a-z]|(?:[Tt]he\\s+)?(?:Clerk|Secretary|Treasurer|RFO)\\s+agreed to\\s+(?!${NOT_VERB})[a-z])`);

/** Work given in the passive: "The Investments Manager will be required to …", "Councillors were asked to consider …". */
const EN_ASKED = new RegExp(`^(?:(?:The|All)\\s+)?(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?\\p{Lu}[\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,3}\\s+${alt(EN_ASKED_TO)}\\s+(?!be\\b)\\p{Ll}`, 'u');
/** A note's outcome with its verb alone: "Agenda approved unchanged as published", "Minutes of last meeting agreed", "Minutes of November 6, 2003, passed as distributed". */
const EN_NOTED_OUTCOME = /^(?:the\s+)?(?:agenda|minutes|report|accounts|budget|financial (?:report|statements?))\b(?:\s+(?!(?:are|is|be|been|will|shall|should|must|to|can|may|not|unless|if)\b)[\w'’,-]+){0,8}?\s+(?:approved|adopted|accepted|confirmed|agreed|ratified|passed)\b(?!\s+(?:at|by)\s+the\s+next|\s+unless|\s+(?:on|to|around|out)\b)/i;

function isEnDecision(s: string): boolean {
  // A reference in brackets before the outcome ("(ADM) Resolved that …", "(Appendix-1) Resolved …").
  // A sub-item's letter the numbering reader leaves in the text ("c) Partnership rule:- The committee agreed …").
  // A note's emoji before its item ("* 👷 Dan volunteered to …", "- ✅ Agreed to …") marks it as a bullet does.
  const raw = s.replace(/^[\s\-–•*]+/, '').replace(EMOJI_OPENS, '').replace(EN_SUB_MARK, '').replace(/^(?:\([^()]{1,16}\)\s*){1,2}(?=\p{Lu})/u, '');
  if (testEn(raw)) return true;
  // "Item 1/13: Minutes of the previous meeting: The minutes … were approved": past the headings.
  // ("Partnership rule:- The committee agreed …": a label's colon and dash.)
  const bare = raw.replace(/^(?:(?!resolved|agreed|action)[A-Z][\w/ .'’&-]{0,50}?:[-–]?\s+){1,3}/i, '');
  if (bare !== raw && testEn(bare)) return true;
  // "Approval of minutes – these were duly approved": past the item's topic and dash.
  const outcome = afterTopic(raw);
  return outcome !== null && testEn(outcome);
}

/** Words of a sentence that may hold names with their honorifics' and initials' full stops ("Ms. O’Toole", "Mr. B. Bent"). */
const NAME_RUN = /(?:[^.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Cllr|Cr|Hon|Rev|[A-Z]))\.)/.source;
/** A motion told in one sentence: "X moved, Y seconded, to approve …", "A motion was made by X, seconded by Y, …". */
const EN_MOTION_SENTENCE = new RegExp(
  [
    // "X motioned and Y seconded approval of …", "X proposed and Y seconded that …", "X motioned, second by Y to …".
    // "Cllr A proposed, and Cllr B seconded, that …", "Proposed (AH) & Seconded (SB) that …".
    // "… was moved by X, 2nd by Y": the seconder written as a numeral, as small towns' clerks do.
    // "Moved B. Miles, 2nd J.Revitt. Carried.": the seconder after "2nd" alone, as a clerk's shorthand prints it.
    // "… moved by Mr Anderson sec. by Mr Gill …": the seconder's word cut short, as minute books write it.
    /\b(?:moved|motioned|made a motion|motion (?:was )?(?:made|moved|proposed))\b.{0,120}?\b(?:seconded\b|2nd\s+by\b|sec\.?\s+by\b|2nd\s+(?=[A-Z]))/.source,
    // "Councillor Martin proposed the minutes to be a correct record, seconded by Councillor Andrade", "A proposed the
    // accounts which were seconded by B", "A proposed B for the Chair, this was seconded by C": proposed as others move.
    /\bproposed\s+(?!by\b|and\b)[^.;:]{2,100}?,?\s+(?:(?:this|which|that)\s+(?:was|were)\s+|and\s+(?:was\s+)?)?seconded\s+by\b/.source,
    // "Minutes: on Motion of Mr Hawkins sec by Mr Gill.": made and seconded, its words in the sentence after.
    `\\b(?:on|upon)\\s+(?:the\\s+)?motion\\s+(?:of\\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr|Councillor)\\.?\\s+${NAME_RUN}{1,40}?\\bsec(?:\\.|onded)?\\s+by\\b`,
    // (Not "… seconded …, and RESOLVED that …": read by its formula, then from its mover (result/motion-sentence.ts).)
    /\bproposed\b[^.;:]{2,60}?\bseconded\b(?:(?!\b(?:resolved|agreed|decided)\b)[^.;:]){0,60}?\b(?:that|to)\s+\w/.source,
    /\b(?:proposed|motioned)\s+and\s+.{2,60}?\s+seconded\b|\bmotioned\b.{0,60}?\b(?:second(?:ed)?|2nd)\s+by\b/.source,
    // "Motion by X, second by Y to approve …", "Motion to approve the treasurer report", "Motion and second to appoint …".
    // Its number glued on by a PDF's text ("2011/49MOTION by …") leaves no word's edge before it.
    `(?:\\b|(?<=\\d))motion\\s+(?:by\\s|and\\s+(?:a\\s+)?second|was\\s+made|made\\s+by|to\\s+(?:${alt(EN_MOTION_VERBS)})\\b)`,
    /\bmade a motion\b|\bit was moved\b/.source,
    // "The motion to modify the agenda was made by Mr. Goodman, seconded by Mr. East and approved …": the motion named, then who made it.
    /\bmotion\s+to\s+[a-z]+\b[^.;]{0,100}?\bwas\s+(?:made|moved|offered|proposed)\s+by\b/.source,
    // "Moved by Deputy Mayor Fowlie to approve the agenda as presented. CARRIED": a council that does not second its motions.
    `\\bmoved\\s+by\\s+${NAME_RUN}{2,60}?\\s(?:to|that)\\s+\\p{Ll}`,
    // "MOTION 23M127 was made by BM and seconded by DG approving …", "RESOLUTION 23R137 was made by …": the motion under its number.
    /\b(?:motion|resolution)\s+(?:no\.?\s*|#\s*)?[\w-]*\d[\w-]*\s+(?:was\s+)?(?:made|moved|proposed|offered)\b/.source,
    // "On motion of Ms. A, seconded by Mr. B, the Board unanimously approved …", "On motion of X and second of Y, …, the meeting was adjourned":
    // what was done stated after them (a resolution's number and name, then its mover and seconder, states nothing).
    // "On the proposition of Councillor A, seconded by Councillor B, the minutes of … were approved and signed": a proposal so named too.
    `\\b(?:on|upon)\\s+(?:the\\s+|a\\s+)?(?:motion|proposition|proposal)\\s+(?:of|by|from)\\b${NAME_RUN}{2,80}?\\bsecond(?:ed)?\\b${NAME_RUN}{2,80}?,\\s+[^.;]{0,120}?\\b(?:approved|adopted|accepted|adjourned|agreed|authori[sz]ed|carried|passed|resolved|voted|appointed|elected|awarded|granted|denied|tabled|ratified|received)\\b`,
    // "On the motion of Seely/Perron the Select Board approved …": mover and seconder as a pair.
    `\\b(?:on|upon)\\s+(?:the\\s+)?motion\\s+of\\s+\\p{Lu}[\\p{L}'’-]+\\s*\\/\\s*\\p{Lu}[\\p{L}'’-]+,?\\s+[^.;]{0,60}?\\b(?:approved|adopted|accepted|adjourned|agreed|authori[sz]ed|carried|passed|resolved|voted|appointed|elected|awarded|granted|denied|tabled|ratified|received)\\b`,
    // "It was M/S/C (Towey/Reich) to approve …", "MSP (Lee/Ng) that …": moved, seconded and carried (or passed) in three letters;
    // the pair may stand bare after them, the motion's number glued before ("041/09M/S/C D. Hansen / L. Bodie that …").
    String.raw`(?<![A-Za-z])${MSC}\b\s*(?:\([^()]{2,60}\)\s*|(?:[A-Z][\w'’-]*\.?\s?){1,3}\s*\/\s*(?:[A-Z][\w'’-]*\.?\s?){1,3}\s*)?(?:to|that)\s+\w`,
    // "Sally made the motion and David gave the second to approve the minutes."
    /\bmade\s+the\s+motion\b[^.;]{0,80}?\b(?:gave\s+(?:the|a)\s+second|seconded)\b/.source,
  ].join('|'),
  'iu',
);
/** A resolution after its mover and seconder with no "that": "(MacDonald) the minutes of 15 October 2008 be approved as circulated". */
const THATLESS_RESOLUTION = /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:the|this|council|a|an)\s[^.;]{0,150}?\bbe\s+\p{Ll}+(?:ed|en)\b/iu;
/** A motion block's parts run into one line: "MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED". */
const EN_FLAT_PARTS = new RegExp(`^(?:${alt(EN_MOTION.mover)})\\s*[:：]?\\s*\\S.{0,50}?\\s(?:${alt(EN_MOTION.seconder)})\\s*[:：]?\\s*(?!(?:to|that)\\b)\\S+(?:\\s+(?!(?:to|that)\\b)\\S+)?(?:\\s+(?:${alt(EN_MOTION.carried)}|${alt(EN_MOTION.lost)}))?`, 'i');
/** An item's heading before a colon on the line it opens: "Minutes of Last Meeting: ". */
const INLINE_TOPIC = /^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?[A-Z][^:.;]{2,60}:\s+/;
/** A line of a motion's parts alone and its passing: "Moved – Fiona Steel. Seconded – Tony Murphy. Accepted.", "Moved: A. Lee; Seconded: B. Ray; Carried". */
const PARTS_ONLY = new RegExp(`^(?:${alt(EN_MOTION.mover)})\\s*[:：–—-]?\\s*[A-Z][\\w.'’ -]{1,40}?[.,;]?\\s+(?:${alt(EN_MOTION.seconder)})\\s*[:：–—-]?\\s*[A-Z][\\w.'’ -]{1,40}?[.,;]?\\s+(?:${alt([...EN_MOTION.carried, 'accepted', 'accepted unanimously', 'unanimously accepted'])})\\.?$`, 'i');
/** A resolution under its label inside a line: "… RESOLUTION: That …", "… RESOLVED: THAT …". */
const EN_INLINE_RESOLUTION = new RegExp(`\\s(?:${alt(EN_MOTION.resolved)})\\s*[:：]\\s*(that\\b)`, 'i');
const EN_CARRIED_WORD = /\b(?:carried|passed|approved|adopted)\b/i;
/** A motion that did not pass records no decision. */
const EN_LOST = /^(?:lost|defeated|failed|not carried|motion lost|motion failed|motion defeated)\.?$|\bmotion\s+(?:was\s+)?(?:lost|failed|defeated|withdrawn|not carried)\b|\b(?:the motion|which|it)\s+(?:was\s+)?(?:lost|failed|defeated)\b|[;,.]\s*(?:lost|defeated|failed)\s*[.;]?$/i;

/** An item closed by its mover and seconder as a pair, then the verdict: "Adoption of the agenda Motion: Delorme/Kolesar Carried". */
const EN_PAIR_CARRIED = /\S.{3,}?\b\p{Lu}[\p{L}.'’-]*\s?\/\s?\p{Lu}[\p{L}.'’-]*\.?\s+(?:[Cc]arried|CARRIED|[Pp]assed|PASSED)(?:\s+(?:[Uu]nanimously|UNANIMOUSLY))?\.?\s*$/u;
/** The pair read only where the text ends with the outcome, and only in its last stretch: tried at every start, the lazy run makes a long text's reading quadratic. */
const CARRIED_AT_TAIL = /(?:[Cc]arried|CARRIED|[Pp]assed|PASSED)(?:\s+(?:[Uu]nanimously|UNANIMOUSLY))?\.?\s*$/;
const pairCarried = (t: string): boolean => CARRIED_AT_TAIL.test(t) && EN_PAIR_CARRIED.test(t.slice(-400));

/** An outcome stated as such ("It was agreed that …", "HP and NL were elected co-chairs"), not an action line or a call for a motion. */
function statesOutcome(t: string): boolean {
  const raw = t.replace(/^[\s\-–•*]+/, '');
  if (EN_LOST.test(raw) || /^(?:this|that)\s+was\b/i.test(raw)) return false;
  return EN_DECIDED.test(raw) || EN_PASSIVE.test(raw) || EN_CHOSEN_FOR.test(raw) || EN_CHOSEN_LIST.test(raw) || EN_REVIEWED_OUTCOME.test(raw) || EN_NOTED_OUTCOME.test(raw) || isInitialsOutcome(raw) || isSettledOutcome(raw) || narrativeOutcome(raw) || isAgreementOutcome(raw) || /^(?:it was (?:unanimously )?(?:agreed|resolved|decided)|(?:unanimously )?resolved)\b/i.test(raw);
}

/** A resolution in its own words, its label left off: "That the financial report be adopted.", "THAT Mr Doney be elected trustee",
 * "That it BE NOTED that …" ("it" only as the formula's subject, not "That it was …" told). */
const IRREGULAR = [...EN_IRREGULAR_PARTICIPLES, ...EN_IRREGULAR_PARTICIPLES.map((w) => w.toUpperCase())].join('|');
const EN_THAT_BE_OPENS = new RegExp(String.raw`^[“"]?(?:That|THAT)\s+(?!(?:is|was|it(?!\s+(?:be|BE)\s)|this|would|will|has|had|they|he|she|we|there|way|said|being|means|same)\b)(?:[^.;:]|(?<=\b(?:[A-Z]|Mrs?|Ms|Dr|Cllr|St))\.){3,160}?\b(?:be|BE|is|IS|are|ARE)\s+(?:hereby\s+|HEREBY\s+)?(?:re-?)?(?:[A-Za-z]+(?:ed|en|ED|EN)|${IRREGULAR})\b`);

/** A shorthand and what it stands for: "M/S/C denotes …", "AI means action item". */
// Or set out with "=" or a colon: "Note: MSUC=It was moved, seconded, carried by Unanimous vote.", "MSC: It was moved, seconded, carried."
const SHORTHAND_LEGEND = new RegExp(String.raw`^\W{0,3}[\w/.&()-]{1,12}\s+(?:denotes|stands for|means|indicates)\b|^\W{0,3}(?:[Nn]ote\s*:\s*)?${MSC}\s*[=:]\s*(?:[Ii]t\s+was\s+)?moved,?\s+(?:and\s+)?seconded\b`, 'i');

/** Motion labels ending a line with nothing after them: "MOVED: SECONDED:", "Moved by: Seconded by:". */
const BLANK_MOTION_LABELS = /\bmoved(?:\s+by)?\s*[:：]\s*seconded(?:\s+by)?\s*[:：]\s*$/i;

function testEn(t: string): boolean {
  if (/^(?:this|that)\s+was\b/i.test(t)) return false;
  // A legend of the record's shorthand ("M/S/C denotes motion made, seconded and carried.") decides nothing.
  if (SHORTHAND_LEGEND.test(t)) return false;
  // A form's motion with blanks for the mover ("Motion by __, support by __") records nothing yet.
  if (/(?:^|\s)_{2,}|_{2,}(?:\s|,|$)/.test(t)) return false;
  // A motion's heading whose mover and seconder stand in another column ("… 159/15 RESOLUTION MOVED: SECONDED:"):
  // its labels are empty, the resolution's words follow on lines of their own.
  if (BLANK_MOTION_LABELS.test(t)) return false;
  if (EN_LOST.test(t) || EN_LOST.test(withoutAsides(t)) || lostSentence(t) || procedureLine(t) || reportsDone(t)) return false;
  return EN_DECIDED.test(t) || EN_THAT_BE_OPENS.test(t) || EN_PASSED.test(t) || pairCarried(t) || EN_MARK.test(t) || EN_NAMED_MOVER.test(t) || EN_MINUTES_APPROVED.test(t) || EN_FORMULA_OPENS.test(t) || EN_REVIEWED_OUTCOME.test(t) || EN_ASKED.test(t) || EN_NOTED_OUTCOME.test(t) || (EN_ACTION.test(t) && !wordBeforeTo(t)) || EN_PASSIVE.test(t) || EN_CHOSEN_FOR.test(t) || EN_CHOSEN_LIST.test(t) || (EN_UNDERTAKING.test(t) && !/[:：][-–]?\s*$/.test(t)) || EN_MOTION_SENTENCE.test(t) || narrativeOutcome(t) || secondedAside(t) || presentMotion(t) || noteTask(t) !== null || actionMarked(t) !== null || personTask(t) !== null || isVoteOutcome(t) || isInitialsOutcome(t) || isSettledOutcome(t) || isSubjectlessOutcome(t) || minutesTopicOutcome(t) || isClosingOutcome(t) || isJointTask(t) || numberedResolution(t) || EN_WE_DECIDED.test(t) || EN_SHORTHAND_CLOSES.test(t) || EN_SPELLED_CLOSES.test(t) || ownerOnly(t) !== null || closingActionMark(t) !== null;
}

/** A paragraph opening with what the meeting did with an item and its outcome: "会议审定通过了…", "会议研究确定了…". */
// The review alone ("会议研究了…", "会议听取了…") is how news of a meeting reads too: an outcome must follow.
const ZH_RECORD_ITEM = new RegExp(`^(?:会议|會議)(?:还|還|首先|先后|先後)?${alt(ZH_REVIEW)}(?:并|並)?(?:原则|原則)?(?:上)?${alt([...ZH_DECIDE, '通过', '通過', '批准'])}`);
const ZH_SUBJECT = `(?:经|经过|經過)?(?:${alt([...ZH_MEETING, ...ZH_DECIDERS])})?`;
const ZH_ADVERB = `(?:${alt([...ZH_RECORD.adverbs, ...ZH_VOTE_ADVERBS])}){0,2}`;
/** "以举手表决的方式，", "通过无记名投票，": how the meeting voted. */
const ZH_MEANS = `(?:以|通过|通過|经|經|采用|採用)[^，,。；]{0,8}?${alt(ZH_VOTE_MEANS)}[^，,。；]{0,6}?[，,]?`;
/**
 * A sentence stating an outcome: "会议同意…", "会议审议并原则通过了《…》", "会议审定了…", "原则同意…"; or the
 * meeting's review and its outcome in one sentence ("会议听取了…汇报，决定由市领导…").
 */
/** "通过召开…", "通过开展…": "by holding", "by carrying out" — a means told, no approval. */
const ZH_BY_MEANS = '(?!^(?:通过|通過)(?:召开|召開|开展|開展|举办|舉辦|举行|舉行|组织|組織|加强|加強|建立|搭建|利用|采取|採取|实施|實施|推进|推進|深入|广泛|廣泛|宣传|宣傳|学习|學習|线上|線上|这|這|此次|本次))';
const ZH_DECIDED = new RegExp(
  `${ZH_BY_MEANS}(?:${[
    `^${ZH_SUBJECT}${ZH_ADVERB}(?:${alt(ZH_REVIEW)}了?)?(?:并|並)?[，,]?${ZH_ADVERB}(?:上)?${alt([...ZH_DECIDE, ...ZH_APPROVE])}(?!的)`,
    // "会议听取了…汇报，研究通过了《…》": the outcome may be an approval, after a review verb of its own.
    // Those attending as its subject too ("与会人员审议了《…》，一致认为…，同意这两个办法"), the outcome within the sentence.
    `^(?:${alt([...ZH_DECIDERS, ...ZH_MEETING])})${ZH_ADVERB}${alt(ZH_REVIEW)}了?[^。；]{2,160}?[，,](?:${alt(ZH_MEETING)})?${ZH_ADVERB}(?:${alt(ZH_REVIEW)})?(?:并|並)?(?:原则|原則)?${alt([...ZH_DECIDE, ...ZH_APPROVE])}(?!的)`,
    // An election announced: "由于没有其他提名，秘书宣布刘某议员当选小组委员会主席".
    `^[^。；]{0,30}宣布[^。；]{1,30}?${alt(ZH_CHOSEN)}`,
    // A person put to a post: "推荐选举X为理事长", "会议推选X为组长".
    `^${ZH_SUBJECT}${ZH_ADVERB}${alt(ZH_ELECT)}[^，,。；]{2,30}?[为為]`,
    // The vote's means before the outcome, or a post filled with no "为": "会议以举手表决的方式，推选出大会主席团常务主席".
    `^${ZH_SUBJECT}${ZH_ADVERB}${ZH_MEANS}${ZH_ADVERB}(?:${alt([...ZH_DECIDE, ...ZH_APPROVE, ...ZH_ELECTED_OUT])})`,
    `^${ZH_SUBJECT}${ZH_ADVERB}${alt(ZH_ELECTED_OUT)}`,
    // The vote's result, then who was chosen: "根据投票结果，沈某、马某等同志被推选为积极分子", "经投票，沈某当选为支部书记".
    // So is the meeting's assent "at last" after the vote: "全体与会党员通过无记名投票，最终同意接收…".
    `^(?:(?:根据|根據|按照)[^，,。；]{0,6}?(?:表决|表決|投票|选举|選舉|计票|計票)结果|[^，,。；]{0,10}?(?:经|經|通过|通過)[^，,。；]{0,8}?(?:投票|表决|表決|选举|選舉))[，,](?:[^。；]{1,60}?${alt(ZH_CHOSEN)}|(?:最终|最終)${alt([...ZH_DECIDE, ...ZH_APPROVE])})`,
  ]
    .map((x) => `(?:${x})`)
    .join('|')})`,
);
/** A motion's outcome under its label: "决议：照案通过", "決定: 同意…". */
const ZH_INLINE_OUTCOME = new RegExp(`^${SPACED_OUTCOME}\\s*[:：]\\s*\\S`);
/** The label alone on its line, its outcome on the lines below. */
const ZH_BARE_OUTCOME = new RegExp(`^${SPACED_OUTCOME}\\s*[:：]?\\s*$`);
/** A form's label ("决议一：", "决定N:") or a template's blank ("[决议内容]", "[填写…]"): no outcome stated. */
const ZH_LABEL_OR_BLANK = /^(?:决议|決議|决定|決定|议定|議定)[一二三四五六七八九十\dNn]{0,3}\s*[:：]|[[［【〔][^\]］】〕]{0,12}(?:内容|內容|填写|填寫|姓名|名称|名稱)[\]］】〕]|_{3,}|＿{2,}/;
/** The same, with the meeting named as its subject: where a paragraph of several outcomes is cut. */
const ZH_MEETING_DECIDED = new RegExp(`^(?=${alt(ZH_MEETING)})(?:${ZH_DECIDED.source})`);
// Work given as a directive in the passive ("All appointments to be cancelled.", "Calendars to be
// prepared by PPA", "Overall responsibility will be with DCS") counts as work given.
const ASSIGNS_EN = /\b(?:should|shall|must|is to|are to|to ensure|responsible|responsibility)\b|\bto be (?:[a-z]+ly\s+)?(?:[a-z]+ed|done|made|sent|taken|held|given|kept|set|put|paid|drawn|written|met|brought|shown|seen)\b|\bwill be (?:[a-z]+ed|done|made|sent|taken|held|given|with)\b/i;
/** A line opening with the one to act: "DCS/ PPA to look into …". */
const EN_OWNER_TO = /(?:^|\n)[A-Z][\w/&.-]*(?:(?: ?\/ ?| )[A-Z][\w&.-]*){0,3} to (?!be\b|the\b|a\b)[a-z]{3,}/;

/**
 * A paragraph holding several outcomes ("会议原则同意…汇报。会议原则通过《…》。责成…") gives one part per
 * outcome: a sentence where the meeting decides again starts the next part, once the part before
 * holds an outcome of its own. A closing "会议还研究了其他事项" is left out.
 */
function outcomeParts(l: SegLine): { text: string; start: number; end: number }[] {
  const sents = splitSentences(l.text, 'zh').filter((s) => !OTHER_MATTERS.test(s.text));
  const out: { from: number; to: number }[] = [];
  let from = 0;
  let decided = false;
  // What the meeting dealt with ("会议听取了…汇报", "讨论了…事宜") opens an item too, its outcome (if any) after it.
  let reviewed = false;
  for (const s of sents) {
    // A report heard ("会议听取A关于…的汇报") opens an item with or without its "了" (fields/heard-reports.ts).
    const review = (ZH_REVIEW_NEXT.test(s.text) || HEARD_REPORT.test(s.text)) && !OTHER_MATTERS.test(s.text);
    // The record's opening before the first act ("…举行第一次会议。会议以举手表决的方式，通过了…") is no part of it.
    if (!decided && !reviewed && s.index > from && ZH_MEETING_DECIDED.test(s.text) && isRecordOpening(l.text.slice(from, s.index))) from = s.index;
    if ((decided && (ZH_MEETING_DECIDED.test(s.text) || (reviewed && ZH_DECIDED.test(s.text)))) || (review && s.index > from)) {
      // A part before the first item that neither decides nor reviews is the record's opening.
      if (decided || reviewed) out.push({ from, to: s.index });
      from = s.index;
      decided = false;
      reviewed = false;
    }
    reviewed ||= review;
    decided ||= ZH_DECIDED.test(s.text) || OUTCOME_ZH.test(s.text);
  }
  const last = sents[sents.length - 1];
  out.push({ from, to: last ? last.index + last.text.length : l.text.length });
  if (out.length === 1 && out[0].from === 0) return [{ text: l.text, start: l.start, end: l.end }];
  return out.map(({ from: a, to: b }) => {
    const t = l.text.slice(a, b).trim();
    return { text: t, start: l.start + a, end: l.start + a + t.length };
  });
}

/**
 * Numbered items whose own lines hold a labelled outcome: the item runs from its number to the next
 * numbered line; one decision per item, however many outcome lines it has.
 */
function labelledMotions(body: SegLine[]): Block[] {
  const out: Block[] = [];
  let owner: SegLine[] | null = null;
  let skip = 0;
  let decided = false;
  // Whether the motion, opened by its label, has reached its explanation ("說明：") and not yet its outcome.
  let explaining = false;
  const flush = () => {
    if (!owner || !decided) return;
    const b = blockOf(owner);
    // A motion opened by its label ("案由：…") reads from past the label.
    out.push(owner[0].num && !skip ? b : { ...b, text: b.text.slice(skip), start: b.start + skip });
  };
  for (const l of body) {
    const head = l.num ? null : ZH_MOTION_OPENER.exec(l.text);
    // "說明：（一）… / （二）敬請 公決。 / 決議：…": the explanation's numbered points are the motion's own lines.
    const point = !!l.num && explaining && !decided && !numberedMotionLabel(l);
    if ((l.num && !point) || head) {
      flush();
      owner = [l];
      explaining = false;
      // "一、案由：…" reads from past its label too (fields/numbered-motion-label.ts).
      skip = head ? head[0].length : numberedMotionLabel(l);
      // An item's outcome printed on its own line ("二、…案 决议：照案通过") counts past its opening words.
      decided = ZH_LABELLED_OUTCOME.test(l.text.slice((l.num?.restAt ?? skip) + 2));
      continue;
    }
    if (!owner || l.kind === 'distribution' || l.kind === 'print') continue;
    if (ZH_MOTIONS_CLOSE.test(l.text) && l.text.length <= 20) {
      flush();
      owner = null;
      continue;
    }
    owner.push(l);
    // A bare "決議：" has its outcome on the line below (fields/spaced-labels.ts).
    decided ||= ZH_LABELLED_OUTCOME.test(l.text) || ZH_BARE_OUTCOME.test(l.text) || isVoteResultLine(l.text);
    explaining ||= skip > 0 && ZH_EXPLAIN.test(l.text);
  }
  flush();
  return out;
}

/**
 * The body with a motion's label just above where it was taken to start ("案由：修訂…案。" / "說明：…"):
 * a page cut short may open on its first motion, whose label then falls in the header.
 */
function withOpener(seg: Segmented, body: SegLine[]): SegLine[] {
  const first = body[0];
  if (!first) return body;
  const above = seg.lines.slice(Math.max(0, first.i - 2), first.i);
  const at = above.findIndex((l) => l.kind === 'text' && !l.num && ZH_MOTION_OPENER.test(l.text));
  return at < 0 ? body : [...above.slice(at), ...body];
}

/** Assignees of a motion read from its labelled outcome on (in the whole text, not the shortened one shown). */
function afterLabel(d: FoundDecision, whole: string): FoundDecision {
  const text = whole.replace(/\s*\n\s*/g, '');
  const m = ZH_LABELLED_OUTCOME.exec(text);
  if (!m) return d;
  return { ...d, assignees: findAssignees(text.slice(m.index), 'zh').map((a) => a.name) };
}

/** "臨時動議：無", "散會": the record's motions end above it. */
const ZH_MOTIONS_CLOSE = new RegExp(`^(?:[（(]?[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾\\d]{1,3}[)）、.．]?\\s*)?${alt(ZH_MOTIONS_END)}`);
/** A motion's explanation: "說明：" opening its line. */
const ZH_EXPLAIN = new RegExp(`^${spaced(ZH_MOTION_EXPLAIN)}\\s*[:：]`);
/** A motion's opening label or number: "案由：…", "提案二：…", "第一案". */
// "第二案 (董事會提)": who moved it may follow in brackets.
const ZH_MOTION_OPENER = new RegExp(`^(?:第[一二三四五六七八九十\\d]{1,3}案(?:\\s*[（(][^（()）]{1,12}[）)])?|${NUMBERED_MOTION_HEAD}|${spaced(ZH_MOTION_HEADS)}(?:[一二三四五六七八九十\\d]{1,3}|[（(][一二三四五六七八九十\\d]{1,3}[）)])?)\\s*(?:[：:、.．]\\s*|$)`);

const ZH_QUESTION_PART = new RegExp(alt(ZH_QUESTIONING));
const ZH_PROCEDURE_ITEM = new RegExp(alt(ZH_PROCEDURE));
/** An item made of questions ("…一年使用人次率？…监测结果是？"): asked, not decided. */
function asksOnly(text: string): boolean {
  const sents = text.split(/(?<=[。！？?!；;])/).filter((x) => x.trim());
  return sents.length > 0 && sents.filter((x) => /[？?]\s*$/.test(x.trim())).length * 2 > sents.length;
}

/** A header field numbered like an item: "二、开会地点：…", "三、主持人：…". */
const ZH_FIELD = /^[\u3400-\u9fff]{2,6}\s*[:：]/;
/** An item asking for work: "请二科主动协同…", "…应随时妥备", "建议将…纳入…". */
const ZH_ASKS = /请(?!示|假|柬|教|辞|辭)|請(?!示|假|柬|教|辭)|(?<![供适相对反])应(?!用|急|届)|(?<![供適相對反])應(?!用|急|屆)|须|須|责成|責成|建议|建議|要求|务必|務必/;
/** The meeting's view or requirement opening a paragraph: "会议要求，", "会议强调". */
const VIEW_OPENING = /^(?:会议|會議|会上|會上)(?:再次|还|還|并|並|进一步|進一步|一致)?(?:强调|強調|指出|要求|认为|認為|提出|明确|明確)[，,：:]?/;
/** Where an outcome clause starts inside a sentence: after a comma, the meeting deciding, or a person elected. */
// The meeting may go unsaid where it reviewed and decided in one verb ("…的报告，研究决定了召开…").
// …its vote's adverb and means between ("…，会议一致表决通过…").
const CLAUSE_OUTCOME = new RegExp(`[，,](?=(?:${alt(ZH_MEETING)})(?:还|還|并|並)?(?:一致|全票|全体|全體)?(?:举手|舉手)?(?:表决|表決)?(?:${alt(ZH_REVIEW)})?(?:并|並)?(?:${alt([...ZH_DECIDE, ...ZH_APPROVE])})|(?:还|還|并|並)?(?:${alt(ZH_REVIEW)})(?:并|並)?(?:${alt(ZH_DECIDE)})|${alt(ZH_ELECT)}[^，,。；]{2,30}?为)`);
function clauseOutcome(t: string): number {
  const m = CLAUSE_OUTCOME.exec(t);
  return m ? m.index + 1 : -1;
}

/** "会议还研究了其他事项": a closing remark, not a decision. */
/** "散会", "Meeting adjourned": the closing item, not a decision. */
const ADJOURNED = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?\s*)?(?:散会|散會|休会|閉會|闭会|会议结束|會議結束)(?![，,].{6})/;
const OTHER_MATTERS = /^(?:会议|會議)?(?:还|還)?研究了?其他(?:事项|事項|工作)/;

type Reading = { decisions: FoundDecision[]; method: string };
export function readDecisions(printed: Segmented, meetingIso: string | null): Reading & { page?: Reading } {
  // An unfilled template's blanks are no decisions (fields/template-items.ts).
  const blankless = (x: Reading): Reading => ({ ...x, decisions: withoutTemplateBlanks(x.decisions, printed.lines.slice(printed.bodyStart, printed.tailStart)) });
  // A log of several meetings is the first meeting's record; the page is judged on all of it (segment/meeting-log.ts).
  const { page, ...r } = readFirstMeeting(printed, (s) => readPrinted(s, meetingIso));
  return { ...blankless(r), ...(page ? { page: blankless(page) } : {}) };
}

function readPrinted(printed: Segmented, meetingIso: string | null): { decisions: FoundDecision[]; method: string } {
  const boxed = withoutCheckboxes(printed);
  const first = readRecord(withoutMarks(boxed, false), meetingIso);
  // A Chinese note page bulleting every line is read without its bullets too; the surer reading is kept.
  const bare = withoutMarks(boxed, true);
  if (bare === boxed) return first;
  const second = readRecord(bare, meetingIso);
  const sure = (r: { decisions: FoundDecision[] }) => Math.max(0, ...r.decisions.map((d) => d.confidence));
  return second.decisions.length && sure(second) > sure(first) ? second : first;
}

function readRecord(marked: Segmented, meetingIso: string | null): { decisions: FoundDecision[]; method: string } {
  // Items run together on a line are read one to a line; a page cut into lines of one width, by its paragraphs.
  // A note page's first outcomes may sit above its first running sentence (fields/notes-body.ts).
  const seg = notesBody(unwrapped(splitEnRunOn(splitItems(joinedNumbers(plainLabels(marked))))));
  let r = readAllDecisions(seg, meetingIso);
  // A stand-up's table of each member's next tasks, where nothing else was read (fields/plan-table.ts).
  if (!r.decisions.length) {
    const plans = planTableRows(seg);
    if (plans.length) r = { decisions: plans.map((p) => ({ ...make(p.text, p.start, p.end, seg, meetingIso, 0.8), assignees: [p.owner] })), method: 'plan-table' };
  }
  // Plans alone ("Jane will attend …") record no decision: the page is read again without them (fields/person-will.ts).
  if (seg.lang === 'en' && onlyPersonTasks(r.decisions)) r = withoutPersonTasks(() => readAllDecisions(seg, meetingIso));
  // A topic headed "关于其他事项" over "会议还研究了其他事项" is the same closing remark.
  const closing = (t: string) => OTHER_MATTERS.test(t) || OTHER_MATTERS.test(t.replace(/^(?:关于|關於)?其他(?:事项|事項|工作)[：:。]?\s*/, ''));
  // A short task with its owner and due beside it (an action table's row, "Trello Invites | MX | 18 Aug") is work, not a bare name.
  const kept = r.decisions.filter((d) => !closing(d.text.trim()) && !ADJOURNED.test(d.text.trim()) && !statesNothing(d.text) && !secondingOnly(d.text) && !(seg.lang === 'en' && bareName(d.text) && !ownerOnly(d.text) && !(d.assignees.length && d.due)));
  // "… be inputted. Action – Mr Burgess/JK": an owner-only action mark names who acts on the sentence before it.
  // Reports heard under a report part's heading ("報告事項 … 決定：洽悉") are none (fields/report-part.ts).
  const heard = seg.lang === 'zh' ? withTaskColumns(outsideReports(kept, seg.lines.slice(seg.bodyStart, seg.tailStart))) : kept;
  // A narrative paragraph's several acts are one decision each (fields/narrative-acts.ts).
  const told = (d: FoundDecision) => NARRATIVE_METHODS.has(r.method) && !seg.lines.some((l) => l.num && l.start <= d.start && d.start < l.end);
  const acts = (d: FoundDecision) => (told(d) ? splitActs(d, (t, a, b) => make(t, a, b, seg, meetingIso, d.confidence)) : [d]);
  return { ...r, decisions: seg.lang === 'zh' ? heard.flatMap((d) => outcomeClauses(d, meetingIso)).flatMap(acts) : withAgreedLists(foldOwnerMarks(kept.filter((d) => !statusBelow(seg, d.end)), seg.text), seg, (t, a, b) => make(t, a, b, seg, meetingIso, 0.6)) };
}

const NARRATIVE_METHODS = new Set(['sentences', 'topics', 'record', 'loose']);

/** A clause of a list of acts opening with its outcome: "推选出…", "通过了…名单", "决定了大会副秘书长". */
const ZH_CLAUSE_DECIDES = new RegExp(`^(?:${alt(ZH_MEETING)})?(?:还|還|并|並|又|同时|同時|一致)?(?:讨论|討論|审议|審議|表决|表決|研究)?(?:${alt(['通过', '通過', '决定', '決定', '确定', '確定', '同意', '批准', ...ZH_ELECTED_OUT])})`);
/**
 * One outcome per clause where a decision lists the meeting's acts joined by "；" ("会议以举手表决的方式，
 * 通过了…日程；推选出…；通过了…名单；决定了…"): a presidium's record is written so. The first clause must
 * decide too, so a report heard before its outcome ("听取了…汇报；通过了…") stays one item.
 */
function outcomeClauses(d: FoundDecision, meetingIso: string | null): FoundDecision[] {
  if (d.text.endsWith('…')) return [d];
  let parts = d.text.split(/(?<=[；;])/).filter((p) => p.trim());
  // The same acts joined by commas ("会议推选出…，决定了大会日程安排，推选出…"): each act in the past ("…了", "…出").
  if (parts.length < 3) parts = d.text.split(/(?<=[，,])(?=(?:还|還|并|並|又)?(?:讨论|討論|审议|審議|研究)?(?:通过了|通過了|决定了|決定了|确定了|確定了|同意了|批准了|推选出|推選出|选举出|選舉出|推举出|推舉出|选出|選出|提出了))/).filter((p) => p.trim());
  if (parts.length < 3) return [d];
  const first = parts[0];
  const decides = (t: string) => ZH_CLAUSE_DECIDES.test(t.trim());
  if (!(OUTCOME_ZH.test(first) || ZH_DECIDED.test(first.replace(/^[^。]*。\s*/, '')) || /通过|通過|决定|決定|同意|批准/.test(first)) || parts.slice(1).filter(decides).length < 2) return [d];
  const out: FoundDecision[] = [];
  let at = 0;
  for (const p of parts) {
    const t = p.trim().replace(/[；;，,]$/, '');
    const from = Math.min(d.start + at, d.end);
    const due = findDeadline(t, 'zh', meetingIso);
    out.push({ ...d, text: t, start: from, end: Math.min(from + p.length, d.end), assignees: findAssignees(t, 'zh').map((a) => a.name), due: due?.phrase ?? null, ...(due?.dueDate ? { dueDate: due.dueDate } : { dueDate: undefined }) });
    at += p.length;
  }
  return out;
}

/**
 * Lines of an English record's opening prayer ("Almighty God, / Help Councillors to govern with
 * justice … / Amen."): a prayer asks, it decides nothing. Only a prayer closed by its "Amen" within a
 * few lines counts; its address may fall above where the body was taken to start.
 */
function prayerLines(lines: SegLine[]): Set<number> {
  const drop = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    if (!PRAYER_OPENS_EN.test(lines[k].text)) continue;
    const end = lines.slice(k, k + 15).findIndex((l) => PRAYER_ENDS_EN.test(l.text));
    if (end < 0) continue;
    for (let j = k; j <= k + end; j++) drop.add(lines[j].i);
    k += end;
  }
  return drop;
}

function readAllDecisions(seg: Segmented, meetingIso: string | null): { decisions: FoundDecision[]; method: string } {
  const zh = seg.lang === 'zh';
  const prayer = zh ? new Set<number>() : prayerLines(seg.lines.slice(0, seg.tailStart));
  const body = seg.lines.slice(seg.bodyStart, seg.tailStart).filter((l) => l.kind !== 'chrome' && l.kind !== 'meta' && !prayer.has(l.i));

  // 0. English motions and actions printed as blocks, with the outcome sentences around them.
  if (!zh) {
    const { blocks: motions, used } = readBlocks(seg);
    if (motions.length || used.size) {
      const rest = body.filter((l) => !used.has(l.i));
      const firsts = new Set(motions.map((m) => Math.min(...m.lines)));
      // "The Chair moved that the Minutes be accepted." just above a motion block is its lead-in.
      const leadIn = (l: SegLine) => [1, 2].some((k) => firsts.has(l.i + k)) && /\b(?:moved|proposed)\b/i.test(l.text);
      const sentences = enSentences(rest.filter((l) => !leadIn(l)), seg, meetingIso);
      const out = [...motions.map((m) => fromBlock(m, seg, meetingIso)), ...sentences].sort((a, b) => a.start - b.start);
      // Nothing but motions put, none seconded or voted: an agenda's proposals as much as a record's decisions.
      const proposals = motions.length > 0 && !sentences.length && motions.every((m) => m.proposed);
      return { decisions: out, method: proposals ? 'proposals' : 'blocks' };
    }
  }

  // 0. A resolution announcement's voted motions, one decision each (fields/resolutions.ts).
  if (zh) {
    const motions = resolutionMotions(body);
    if (motions.length) return { decisions: motions.map((r) => make(r.text, r.start, r.end, seg, meetingIso, 0.8)), method: 'resolutions' };
  }

  // 1. Decision sections. In a Chinese record of numbered topics, a "会议就有关事项明确如下：" under
  // topic 一 is that topic's detail, not the record's decisions: the topics are read instead (step 2).
  const allSecs = sections(seg);
  const topicFirst = zh ? body.find((l) => l.num && (l.num.style === 'cn' || l.num.style === 'cnCapital')) : undefined;
  // A bare "决议：" over one motion's outcome, where the other motions print theirs on the line
  // ("决议：照案通过"), is that motion's outcome, not the record's decisions.
  const inlineOutcomes = zh ? body.filter((l) => ZH_INLINE_OUTCOME.test(l.text)).length : 0;
  // A bare "决议" under each motion in turn ("提案一、…" / "决议" / "(一)…"): each is that motion's outcome, and
  // whether the motions or their outcome lines are the record's decisions is a judgement call (a guess below).
  const bareOutcomes = zh ? body.filter((l) => ZH_BARE_OUTCOME.test(l.text) || isOutcomeLabelHeadZh(l.text.replace(/\s+/g, ''), true)).length : 0;
  const insideTopic = (sec: SegLine[]) => {
    const head = seg.lines[sec[0].i - 1];
    if (!topicFirst || !head || head.num || head.i <= topicFirst.i) return false;
    return head.kind !== 'decisionHead' || (ZH_BARE_OUTCOME.test(head.text) && inlineOutcomes >= 2);
  };
  const secs = allSecs.every(insideTopic) ? [] : allSecs;
  if (secs.length) {
    const out: FoundDecision[] = [];
    // A paragraph of the section left out as a mere view is a judgement call: the list is less sure.
    let skipped = false;
    for (const sec of secs) {
      const motion = motionParagraph(seg, sec);
      const { blocks: read } = motion ? { blocks: [motion] } : itemsOf(sec);
      // A board's "Action Items" part of business holds its motions and what was only heard between them
      // (a bill's row, "Reports were given on"): where the items are motions, the lines stating none are no decision.
      const motions = !zh && read.some((b) => EN_MOTION_SENTENCE.test(b.text) && EN_CARRIED_WORD.test(b.text) && testEn(b.text));
      const blocks = motions ? read.filter((b) => testEn(b.text.replace(/^[^\n]{0,40}?\s[-–]\s(?=\p{Lu})/u, '')) || testEn(b.text)) : read;
      if (blocks.length < read.length) skipped = true;
      const division = dividesWork(seg, seg.lines[sec[0].i - 1]);
      for (const b of blocks) {
        // In a team's division of work, a quote's empty line (">") or a table's rule row is markup, no item.
        if (!b.text.trim() || (division && MARKUP_ONLY.test(b.text))) continue;
        if ((zh && !b.num && viewOnly(b.text)) || (zh && b.num && VIEW_SENTENCE.test(b.text) && viewOnly(b.text) && blocks.length > 1)) {
          skipped = true;
          continue;
        }
        const d = make(b.text, b.start, b.end, seg, meetingIso, 0.9);
        // "涵洋、建雄：负责原型修改": who takes the part is the side of the colon that is names.
        const given = division && !d.assignees.length ? divisionAssignees(b.text) : [];
        out.push(given.length ? { ...d, assignees: given } : d);
      }
    }
    // An English record whose other parts also carry numbered items or outcomes ("It was agreed …")
    // may hold decisions the section does not: the section alone is then a partial reading.
    const inSection = new Set(secs.flat().map((l) => l.i));
    const outside = body.filter((l) => !inSection.has(l.i) && l.kind !== 'decisionHead');
    // A Chinese team's notes likewise, when an item outside its action list says something passed ("…评审通过").
    // Or when another topic's outcome stands under its own label outside it ("议定：原则同意…"): the section is one topic's.
    const more = zh ? outside.some((l) => (l.kind !== 'label' && PASSED_ZH.test(l.text)) || OUTCOME_LABEL_ZH.test(l.text)) : outside.filter((l) => l.num).length >= 2 || outside.some((l) => splitSentences(l.text, 'en').some((x) => isEnDecision(x.text)));
    if (out.length) {
      // An English record with an action list beside its outcome sentences ("HP and NL were elected
      // co-chairs", "It was agreed that …" / "Action items: [HP] Draft …"): both are its decisions
      // (and the plainer agreements and marked tasks of fields/beside-action-list.ts).
      const passed = passedMotionAt(outside);
      const told = !zh ? enSentences(outside.filter((l) => l.kind !== 'decisionHead'), seg, meetingIso).filter((d) => (statesOutcome(d.text) || readBesideList(d.text) || passed(d.start)) && !out.some((o) => o.start <= d.start && d.start < o.end)) : [];
      const all = [...out, ...told].sort((a, b) => a.start - b.start);
      // Outcome words on a line no item was read from ("Agreed to use label …", "Result: Passed"),
      // in the section or beside it, say the list is partial: a reading.
      const wordsOutside = !zh && decisionWordsOutside(body.filter((l) => l.kind !== 'decisionHead' && !all.some((d) => d.start < l.end && l.start < d.end)));
      const perMotion = secs.length >= 2 && bareOutcomes >= 2;
      // A list opened by a sentence ("…并作出决定：") rather than a heading may hold a report among its items.
      const saidMade = secs.some((sec) => OPENS_DECISIONS_MADE_ZH.test(seg.lines[sec[0].i - 1]?.text ?? ''));
      // Who does which part is read from a team's own headings: a looser reading than "议定事项如下".
      const divided = secs.some((sec) => notesHead(seg, seg.lines[sec[0].i - 1]) || INLINE_TASKS.has(sec[0]));
      // Outcomes under a label such as "主席裁示：" may be one report's rulings among the record's: a reading.
      const ruled = secs.some((sec) => isOutcomeLabelHeadZh((seg.lines[sec[0].i - 1]?.text ?? '').replace(/\s+/g, ''), true));
      // So are a record's numbered part of the chair's conclusion and a note's "Next steps" (segment/conclusion-part.ts, task-list-head-en.ts).
      const looser = secs.some((sec) => isConclusionPartZh((seg.lines[sec[0].i - 1]?.text ?? '').replace(/\s+/g, '')) || isTaskListHeadEn(seg.lines[sec[0].i - 1]?.text ?? ''));
      return { decisions: skipped || more || wordsOutside || perMotion || saidMade || divided || ruled || looser ? all.map((d) => ({ ...d, confidence: Math.min(d.confidence, 0.8) })) : all, method: 'section' };
    }
  }

  const mainLines: SegLine[] = [];
  let inRequirements = false;
  for (const l of body) {
    if (l.kind === 'requirementHead') inRequirements = true;
    else if (l.kind === 'label' || l.kind === 'decisionHead') inRequirements = false;
    if (!inRequirements && l.kind !== 'requirementHead' && l.kind !== 'label' && l.kind !== 'date') mainLines.push(l);
  }
  const { blocks, style } = itemsOf(mainLines);
  const items = style ? blocks.filter((b) => b.num?.style === style) : [];

  // 2a. Motions opened by "案由：" or "第一案", each decided under its label: read as motions before the parts holding them.
  if (zh && body.some((l) => !l.num && (/^(?:第[一二三四五六七八九十\d]{1,3}案|案[ \u3000]?由)/.test(l.text) || NUMBERED_MOTION_LINE.test(l.text)))) {
    const motions = labelledMotions(withOpener(seg, body));
    if (motions.length) {
      return { decisions: motions.map((b) => afterLabel(make(b.text, b.start, b.end, seg, meetingIso, 0.8), b.text)), method: 'motions' };
    }
  }

  // 2. Per-topic outcomes; a topic whose numbered sub-items are each decided gives one per sub-item.
  if (zh && items.length) {
    const withOutcome = items.filter((b) => OUTCOME_ZH.test(b.text));
    // Parts of a record (壹、报告事项 贰、讨论事项 参、临时动议) whose numbered motions each carry a 决议.
    // Parts numbered 壹、贰、参 are parts whatever their share of outcomes: their decided motions are read.
    const partsHeads = style === 'cnCapital';
    const byParts = (withOutcome.length * 2 < items.length || partsHeads) && withOutcome.some((b) => subItems(b).filter((x) => OUTCOME_ZH.test(x.text)).length >= 1 && subItems(b).length >= 2);
    if (withOutcome.length && (withOutcome.length * 2 >= items.length || byParts)) {
      const out: FoundDecision[] = [];
      for (const b of byParts ? withOutcome : items) {
        // A topic that only exhorts ("会议强调…") and decides nothing is not a decision.
        const firstClause = b.text.split(/[，,。；]/)[0];
        const exhorts = /(?:^|[。；])(?:会议|會議)(?:再次|还|并|进一步)?(?:强调|強調|指出)/.test(b.text);
        if (!OUTCOME_ZH.test(b.text) && exhorts && !EXPLICIT_ASSIGN.test(b.text) && !/听取|聽取|审议|審議|研究|讨论|討論|通报|通報/.test(firstClause)) continue;
        // A topic of study alone ("学习习近平…", "传达学习…精神") decides nothing.
        if (!OUTCOME_ZH.test(b.text) && !EXPLICIT_ASSIGN.test(b.text) && /^(?:集中|专题|專題)?(?:学习|學習|传达学习|傳達學習)/.test(b.text.trim())) continue;
        // A part may hold a single motion ("参、临时动议 / 动议1. …").
        // A motion's own numbered points ("一、案由：… / 說明：(一)… / 決議：…") are no sub-items (fields/numbered-motion-label.ts).
        const subs = numberedMotionLabel(b.lines[0]) ? [] : subItems(b, byParts ? 1 : 2);
        const decidedSubs = subs.filter((x) => OUTCOME_ZH.test(x.text));
        if (byParts && subs.length && decidedSubs.length) {
          // A part's motions without an outcome (reports heard) decide nothing.
          for (const x of decidedSubs.map(pastMotionLabel)) out.push(fromOutcome(make(x.text, x.start, x.end, seg, meetingIso, 0.8), seg.lang));
        } else if (subs.length && decidedSubs.length * 2 >= subs.length) {
          for (const x of subs.map(pastMotionLabel)) out.push(fromOutcome(make(x.text, x.start, x.end, seg, meetingIso, 0.8), seg.lang));
        } else {
          const x = pastMotionLabel(b);
          out.push(fromOutcome(make(x.text, x.start, x.end, seg, meetingIso, 0.8), seg.lang));
        }
      }
      return { decisions: out, method: 'topics' };
    }
    // A body's record whose numbered items are the meeting's own acts ("1.会议传达学习了…
    // 3.会议审议通过了《…》"): the items with an outcome are its decisions, however few.
    // Items that only say what the meeting dealt with ("3.会议听取了…汇报") are items of such a record too.
    const acts = items.filter((b) => /^(?:会议|會議)/.test(b.text.trim()));
    const recorded = items.filter((b) => OUTCOME_ZH.test(b.text) || (ZH_REVIEW_ITEM.test(b.text.trim()) && !OTHER_MATTERS.test(b.text.trim()) && reviewHolds(b.text)));
    if ((withOutcome.length || recorded.length >= 2) && acts.length * 3 >= items.length * 2) {
      const conf = (b: Block) => (OUTCOME_ZH.test(b.text) ? 0.7 : 0.6);
      return { decisions: recorded.map((b) => fromOutcome(make(b.text, b.start, b.end, seg, meetingIso, conf(b)), seg.lang)), method: withOutcome.length ? 'topics' : 'record' };
    }
  }
  // 2b. Unnumbered topic paragraphs, each closed by an outcome ("会议审议…。原则同意…"), or each an item
  // of a body's record ("会议审定通过了…", "会议研究讨论了…事宜").
  if (zh && !items.length) {
    const paras = body.filter((l) => (l.kind === 'text' || l.kind === 'view') && !l.num && (OUTCOME_ZH.test(l.text) || ZH_RECORD_ITEM.test(l.text.trim()) || ZH_REVIEW_ITEM.test(l.text.trim()) || ZH_MEETING_DECIDED.test(l.text.trim())) && !/如下[：:。]?$/.test(l.text) && !OTHER_MATTERS.test(l.text.trim()));
    // A part that only says what was dealt with, with nothing recorded of it, is no item.
    const parts = withReviewedTopics(
      paras.flatMap(outcomeParts),
      paras,
      (p) => !(ZH_REVIEW_NEXT.test(p.text) || HEARD_REPORT.test(p.text)) || OUTCOME_ZH.test(p.text) || ZH_DECIDED.test(p.text) || ZH_RECORD_ITEM.test(p.text) || reviewHolds(p.text),
      (p) => OUTCOME_ZH.test(p.text) || ZH_DECIDED.test(p.text),
    );
    if (parts.length >= 2) {
      const decided = parts.some((p) => OUTCOME_ZH.test(p.text) || ZH_DECIDED.test(p.text));
      // A part that only says what was dealt with is a weaker reading than one with its outcome.
      const conf = (t: string) => (OUTCOME_ZH.test(t) || ZH_DECIDED.test(t) ? 0.7 : 0.6);
      return { decisions: parts.map((p) => fromOutcome(make(p.text, p.start, p.end, seg, meetingIso, conf(p.text)), seg.lang)), method: decided ? 'topics' : 'record' };
    }
  }

  // 2c. Motions each decided under a label of their own ("一、请推举…，请议决案。" / "决议：照案通过";
  // "提案一：…" / "【議決】…"), where the record's other items (reports heard) have none.
  if (zh) {
    const motions = labelledMotions(withOpener(seg, body));
    if (motions.length) {
      return { decisions: motions.map((b) => afterLabel(make(b.text, b.start, b.end, seg, meetingIso, 0.8), b.text)), method: 'motions' };
    }
  }

  // 3. English outcome sentences.
  if (!zh) {
    const out = enSentences(body, seg, meetingIso);
    if (out.length) return { decisions: out, method: 'sentences' };
  }

  // 4. Numbered items that assign work (requirement sections included, since nothing was decided
  // elsewhere); a single item holding numbered sub-items gives those.
  // A bare label's own list ("Present:-" / "1) Mr A" / "2) Mrs B", a speaker's "王代表:" over the points
  // made) is that field, not items of the record: its lines run to the next gap.
  const underLabel = new Set<number>();
  for (const [k, l] of body.entries()) {
    if (l.kind !== 'label' || !/[:：][-–—]?\s*$/.test(l.text)) continue;
    for (let j = k + 1; j < body.length && !body[j].gapBefore && body[j].kind !== 'label'; j++) underLabel.add(body[j].i);
  }
  const all = itemsOf(body.filter((l) => l.kind !== 'label' && l.kind !== 'date' && l.kind !== 'requirementHead' && !underLabel.has(l.i)));
  let cands = all.style ? all.blocks.filter((b) => b.num?.style === all.style) : [];
  // Items of a part under its heading: one asking for work ("请各位理事会后征询…") gives it.
  const partItems = new Set<Block>();
  if (zh && cands.length > 1) {
    // A part's heading over its own numbered items ("七、报告事项：" / "（一）…（二）…") gives its items;
    // a header field numbered like an item ("二、开会地点：…") is none.
    cands = cands.flatMap((b) => {
      const subs = subItems(b);
      if (!(subs.length >= 2 && b.lines[0].text.length <= 24)) return [b];
      // A part given to questioning ("七、议程： / 镇政总质询 / 翁代表：…（二）…"): its points are questions asked.
      if (ZH_QUESTION_PART.test(b.lines.slice(0, 3).map((l) => l.text).join(''))) return [];
      for (const x of subs) partItems.add(x);
      return subs;
    }).filter((b) => !(b.lines[0].text.length <= 40 && ZH_FIELD.test(b.text) && !ZH_ASKS.test(b.text) && !assignsWork(b.text, 'zh')));
  }
  if (cands.length === 1) {
    const subs = subItems(cands[0]);
    if (subs.length >= 2) cands = subs;
  }
  // Bulleted items of a Chinese record, its headings left out ("• 各科重大事项提报").
  if (zh && !cands.length && all.blocks.some((b) => BULLET.test(b.lines[0].text))) {
    cands = all.blocks.filter((b) => BULLET.test(b.lines[0].text) && /[，,。；]/.test(b.text));
    // Each asking for work ("…，请二科主动协同…", "…应随时妥备"): the items are what was directed.
    const asking = cands.filter((b) => ZH_ASKS.test(b.text) || assignsWork(b.text, 'zh'));
    if (cands.length >= 2 && asking.length * 3 >= cands.length * 2) {
      return { decisions: cands.map((b) => make(b.text, b.start, b.end, seg, meetingIso, 0.5)), method: 'items' };
    }
    cands = [];
  }
  if (zh) cands = cands.filter((b) => !ZH_PROCEDURE_ITEM.test(b.text) && !asksOnly(b.text));
  if (cands.length) {
    const kept = cands.filter((b) => !(zh && viewOnly(b.text)) && !(zh && VIEW_SENTENCE.test(b.text) && !assignsWork(b.text, 'zh')));
    const assigning = kept.filter((b) => assignsWork(b.text, seg.lang) || (partItems.has(b) && ZH_ASKS.test(b.text)));
    const enough = cands.length === 1 ? assigning.length === 1 && findAssignees(cands[0].text, seg.lang).length > 0 : assigning.length * 2 > cands.length;
    if (enough) {
      // An English item giving no work among items that do is a table's row or a note ("1) Sector review 20.11.08").
      const given = zh ? kept : kept.filter((b) => assigning.includes(b));
      return { decisions: given.map((b) => make(b.text, b.start, b.end, seg, meetingIso, 0.55)), method: 'items' };
    }
  }

  // 5. The meeting's demands counted point by point ("会议强调，一要…二要…"): one decision per point.
  const asked = zh ? meetingDirectives(seg.lines.slice(0, seg.tailStart)) : [];
  const counted = asked.filter((o) => o.counted);
  if (counted.length >= 2) return { decisions: counted.map((o) => make(o.text, o.start, o.end, seg, meetingIso, 0.5)), method: 'directives' };

  // 5b. Chinese sentences recording an outcome.
  if (zh) {
    const out: FoundDecision[] = [];
    // Numbered lines under a line that opens a list of topics ("…会议议题为：" / "1、审议…"): that list's items.
    let topicsOpen = false;
    for (const l of body) {
      if (l.kind !== 'text' && l.kind !== 'view' && l.kind !== 'requirement') continue;
      // A numbered paragraph ("6.议员同意于…") is read past its number.
      const skip = l.num?.restAt ?? 0;
      const line = l.text.slice(skip);
      const listed: boolean = topicsOpen && !!l.num;
      topicsOpen = listed || opensAgenda(line);
      if (listed) continue;
      // Where the points an announcing sentence counted end ("…通过了四项议程。一是…，二是…"): read already.
      let counted = 0;
      for (const s of splitSentences(line, 'zh')) {
        if (s.index < counted) continue;
        // The topics a meeting will take up, listed after "会议议题为：" (the next session's agenda): none decided yet.
        if (underAgendaIntro(line, s.index, s.text.length)) continue;
        // A vote's count ("同意3 不同意1 弃票2") or a motion lost ("（不通过，根据…，同意人数须达…）") records no outcome of its own.
        if (VOTE_COUNT_ZH.test(s.text.trim()) || LOST_ZH.test(s.text.trim())) continue;
        let at = l.start + skip + s.index;
        let t = s.text;
        let m = ZH_DECIDED.exec(t);
        if (!m) {
          // The outcome after the sentence's opening clause: "…召开了局长办公会，会议审议并通过了…",
          // "…研究审议了《章程》草案，推荐选举X为理事长…".
          const clause = clauseOutcome(t);
          if (clause >= 0) {
            at += clause;
            t = t.slice(clause);
            m = ZH_DECIDED.exec(t);
          }
        }
        // An act inside a narrative sentence: "本次理事会共讨论通过了…", "…，並審議通過…" (fields/narrative-acts.ts).
        const act = m ? -1 : actStart(t);
        if (act >= 0) [at, t, m] = [at + act, t.slice(act), ZH_ACT_OPENS.exec(t.slice(act))];
        // Work given by name, perhaps after its speaker: "zccrs: 由 @zeno 跟进此事宜" (fields/named-task-zh.ts).
        const task = m ? -1 : namedTaskZh(t);
        if (task >= 0) [at, t, m] = [at + task, t.slice(task), TASK_ZH.exec(t.slice(task))];
        // A heading ("四、会议决议") states no outcome: something must follow the verb.
        let said = !!m && t.replace(/[。；;.:：]$/, '').length > m[0].length + 2;
        // "经讨论，会议决定…", "会议就…进行了审议，一致同意…": the sentence's opening is the item's own (fields/framed-outcome.ts).
        const from = l.start + skip + s.index;
        if (at > from && framesOutcome(s.text.slice(0, at - from))) [at, t] = [from, s.text];
        // "…相关决议，并以举手表决方式通过。": a vote closing the sentence, its object the opening (fields/closing-vote.ts).
        if (!said && closedByVote(s.text)) [at, t, said] = [from, s.text, true];
        // An outcome announcing its parts by their count, each counted after it (fields/counted-outcomes-zh.ts).
        const parts = said ? countedOutcomes(line, s.text, s.index + s.text.length) : [];
        if (parts.length) {
          for (const c of parts) out.push(make(c.text, l.start + skip + c.at, l.start + skip + c.end, seg, meetingIso, 0.6));
          counted = parts[parts.length - 1].end;
        } else if (said && !/如下[：:。]?$/.test(t) && !ZH_LABEL_OR_BLANK.test(t)) out.push(make(t, at, at + t.length, seg, meetingIso, 0.6));
      }
    }
    if (out.length) return { decisions: out, method: 'sentences' };
  }

  // 6. A body's short record with no decision stated, whose paragraphs each give work under the
  // meeting's view ("会议要求，区市场监督管理局牵头…", "会议强调…各单位要…"): those paragraphs are its
  // decisions (the labels' rule for items that each assign work), a guess.
  if (zh) {
    const paras = body.filter((l) => (l.kind === 'text' || l.kind === 'view' || l.kind === 'requirement') && !l.num && VIEW_OPENING.test(l.text.trim()));
    const giving = paras.filter((l) => findAssignees(l.text.trim().replace(VIEW_OPENING, ''), 'zh').length > 0);
    if (giving.length >= 2 && giving.length === paras.length) {
      return {
        decisions: giving.map((l) => {
          const d = make(l.text, l.start, l.end, seg, meetingIso, 0.5);
          return { ...d, assignees: findAssignees(l.text.trim().replace(VIEW_OPENING, ''), 'zh').map((a) => a.name) };
        }),
        method: 'items',
      };
    }
  }
  // 6b. Numbered topics told as acts with no subject, or as headings over their outcome (fields/told-topics.ts).
  if (zh) {
    const told = toldTopics(items);
    if (told.length) return { decisions: told.map((b) => make(b.text, b.start, Math.min(b.end, b.start + b.text.length), seg, meetingIso, 0.5)), method: 'record' };
  }
  // 7. Nothing read above: outcomes stated inside run-on sentences, a guess for the clerk to check.
  const loose = looseOutcomes(body.filter((l) => l.kind !== 'label' && l.kind !== 'date' && l.kind !== 'distribution' && l.kind !== 'print'), seg.lang);
  if (loose.length) return { decisions: loose.map((o) => make(o.text, o.start, o.end, seg, meetingIso, 0.4)), method: 'loose' };
  // 8. A report telling its outcomes as the meeting's demands ("会议要求：一是…") (fields/meeting-directives.ts).
  if (asked.length) return { decisions: asked.map((o) => make(o.text, o.start, o.end, seg, meetingIso, 0.4)), method: 'directives' };
  return { decisions: [], method: 'none' };
}

/** A sub-item mark the numbering reader leaves as text: "i) ", "(ii) ", "a) ". */
const EN_SUB_MARK = /^\(?(?:[ivx]{1,5}|[a-h])\)\s+/;

/** An English item's sub-items: numbered lines of another style, or lines opening "i)", "(a)". */
function enSubItems(b: Block): Block[] {
  const numbered = subItems(b);
  if (numbered.length) return numbered;
  const out: Block[] = [];
  let cur: SegLine[] | null = null;
  for (const l of b.lines.slice(1)) {
    if (EN_SUB_MARK.test(l.text)) {
      if (cur) out.push(blockOf(cur));
      cur = [l];
    } else if (cur) cur.push(l);
  }
  if (cur) out.push(blockOf(cur));
  // The mark is not a number the segmenter read: the text starts past it.
  return out.map((x) => {
    const skip = x.text.match(EN_SUB_MARK)?.[0].length ?? 0;
    return { ...x, text: x.text.slice(skip), start: x.start + skip };
  });
}

/**
 * Unnumbered English lines as paragraphs: a line that stops mid-sentence ("… to approve the" /
 * "Board Meeting minutes of …", "… keep the minutes" / "of the special meeting and it was approved.")
 * goes on in the next one, so its sentences are read whole, not a wrapped line at a time.
 */
function wrappedParagraphs(lines: SegLine[]): Block[] {
  const groups: SegLine[][] = [];
  for (const l of lines) {
    const cur = groups[groups.length - 1];
    const last = cur?.[cur.length - 1];
    if (last && !l.num && last.kind === 'text' && l.kind === 'text' && wraps(last, l)) cur.push(l);
    else groups.push([l]);
  }
  return groups.map((g) => unwrap(blockOf(g)));
}

/** Whether a line goes on in the next one: it stops mid-sentence and the next goes on in lower case or after a hanging word. */
function wraps(a: SegLine, b: SegLine): boolean {
  // A bullet opens an item of its own: the line before does not go on in it.
  // Nor does a heading in capitals ("AGM DATE" over notes written in lower case, "it was decided …").
  return !b.gapBefore && !BULLET.test(b.text) && !/[.!?:;]["'”’)]?$/.test(a.text) && !CAPS_HEADING.test(a.text) && (/^[a-z(]/.test(b.text) || EN_HANGING.test(a.text));
}
/** A short heading in capitals: "AGM DATE", "LGBT BALL", "ORDERS OF BUSINESS". */
const CAPS_HEADING = /^[\s\d.)(]*(?=[^a-z]*[A-Z]{2})[A-Z0-9&+'’/ -]{3,40}$/;

/** A block's wrapped line breaks as spaces (the same length, so offsets hold): a sentence runs on across them. */
function unwrap(b: Block): Block {
  let text = b.text;
  let at = 0;
  for (let k = 0; k + 1 < b.lines.length; k++) {
    at = text.indexOf('\n', at);
    if (at < 0) break;
    if (wraps(b.lines[k], b.lines[k + 1])) text = text.slice(0, at) + ' ' + text.slice(at + 1);
    at++;
  }
  return { ...b, text };
}

/** English sentences (or numbered items opening with one) that record an outcome. */
/** A resolution's label whose words stop at "That", its parts numbered below: "RESOLVED: That", "It was resolved that:". */
// So does a sentence closed by "the following was agreed:" ("… were discussed and the following was agreed:").
const OPEN_RESOLUTION = /^(?:it was\s+(?:unanimously\s+)?)?resolved\s*[:：\-–—]?\s*that\s*[:：,\-–—]?$|\bthe following (?:was|were) (?:agreed|decided|resolved)\s*[:：]$|^(?:was\s+|were\s+)?(?:agreed|decided)\s*[:：]$/i;
/** One numbered part of such a resolution: "(1) it be noted …", "(b) the minutes … be received". */
const RESOLUTION_PART = /^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+\S|^\s*(?:\d{1,2}|[a-h])\.\s+[a-z]/;

function enSentences(lines: SegLine[], seg: Segmented, meetingIso: string | null): FoundDecision[] {
  const main: SegLine[] = [];
  let inRequirements = false;
  for (const l of lines) {
    if (l.kind === 'requirementHead') inRequirements = true;
    else if (l.kind === 'label' || l.kind === 'decisionHead') inRequirements = false;
    if (!inRequirements && l.kind !== 'requirementHead' && l.kind !== 'label' && l.kind !== 'date') main.push(l);
  }
  const { blocks, style } = itemsOf(main);
  const out: FoundDecision[] = [];
  // Motions whose vote below says they passed (fields/passed-motions.ts).
  const passed = passedMotionAt(lines);
  // Lines above the first numbered item (a record numbered only from its consent agenda, or from an
  // "i)" under a late heading) are read as paragraphs: numbering starting late drops no outcome.
  const firstItem = style ? main.findIndex((l) => l.num?.style === style) : -1;
  const lead = firstItem > 0 ? wrappedParagraphs(main.slice(0, firstItem)) : [];
  const units = style ? [...lead, ...blocks.map(unwrap)] : wrappedParagraphs(lines);
  // Parts taken under a resolution's label left open above them ("RESOLVED: That" / "(1) it be noted …; and" / "(2) …").
  const partsTaken = new Set<number>();
  for (const [u, b] of units.entries()) {
    if (partsTaken.has(u)) continue;
    if (OPEN_RESOLUTION.test(b.text.trim())) {
      let k = u + 1;
      // The parts keep their indent: a line set further out is the record's next item, not a part.
      const indent = (at: number) => /^[ \t]*/.exec(seg.text.slice(seg.text.lastIndexOf('\n', at - 1) + 1))![0].length;
      const partIndent = u + 1 < units.length ? indent(units[u + 1].start) : 0;
      for (; k < units.length && (!!units[k].num || RESOLUTION_PART.test(units[k].text)) && indent(units[k].start) >= partIndent; k++) {
        partsTaken.add(k);
        // The part runs to its paragraph's end: a heading after it with no number of the parts' style is the next item's.
        const own = units[k].lines.findIndex((l, i) => i > 0 && l.gapBefore);
        const part = own > 0 ? unwrap(blockOf(units[k].lines.slice(0, own))) : units[k];
        const t = part.text.replace(/^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[).]\s+/, '').trim();
        const at = part.start + part.text.indexOf(t);
        out.push(make(t, at, at + t.length, seg, meetingIso, 0.65));
      }
      if (k > u + 1) continue;
    }
    // A line of only the motion's parts under its item's heading ("Minutes of Previous Meeting" / "Moved – Fiona Steel.
    // Seconded – Tony Murphy. Accepted."): the heading says what was moved, the line that it passed. Under a
    // resolution already read, the line only names who moved it.
    // So is one after the item's heading on its own line ("5. Minutes of Last Meeting: Proposed by Jeanette, seconded by Nigel. Approved.").
    const whole = PARTS_ONLY.test(b.text.trim());
    const inlineTopic = whole ? null : INLINE_TOPIC.exec(b.text.trim());
    if (whole || (inlineTopic && PARTS_ONLY.test(b.text.trim().slice(inlineTopic[0].length)))) {
      const prev = units[u - 1];
      const last = out[out.length - 1];
      if (inlineTopic || (prev && prev.text.trim().length <= 60 && !/[.;:]$/.test(prev.text.trim()) && !(last && last.end > prev.start))) {
        const t = b.text.trim();
        const at = b.start + b.text.indexOf(t);
        out.push(make(t, at, at + t.length, seg, meetingIso, 0.6));
        continue;
      }
    }
    let topicTaken = false;
    const unitFrom = out.length;
    const sents = splitSentences(b.text, 'en');
    // A motion's outcome printed on the line after it ("… be submitted." / "LOST").
    const later = style ? [] : splitSentences(units[u + 1]?.text ?? '', 'en').map((x) => x.text);
    const after = (k: number) => sents[k + 1]?.text ?? later[0];
    // "MOTION: X moved to adopt … Y seconded. Motion failed 1-3.": the vote within two sentences after the motion.
    const lostAfter = (k: number) => {
      if (EN_CARRIED_WORD.test(sents[k].text)) return false;
      for (const t of [...sents.slice(k + 1).map((x) => x.text), ...later].slice(0, 2)) {
        if (EN_LOST.test(t) || notCarried(t)) return true;
        // The vote carried, or the next motion begins: this one was not lost.
        if (EN_CARRIED_WORD.test(t) || /\b(?:moved|moves|proposed)\b|\bmotion (?:was )?made\b|\bmade a motion\b|^motion\s*:/i.test(t)) return false;
      }
      return false;
    };
    if (!sents.length) continue;
    // A paragraph that explains the record's shorthand ("M/S/C denotes …; the names following … denote …") records no motion.
    if (SHORTHAND_LEGEND.test(sents[0].text)) continue;
    // An item holding two motions or more ("2) Approval of minutes; X made a motion to approve the
    // September 6 minutes … Y made a motion to approve the minutes of September 20 …") is read a sentence at a time.
    // (Moved ones: a heading "Motion to Adopt Final Agenda" over its "Upon motion made by …" is one motion.)
    const motionsIn = sents.filter((x) => EN_MOTION_SENTENCE.test(x.text) && /\b(?:moved|made|seconded|second(?:ed)? by)\b/i.test(x.text)).length;
    if (b.num && motionsIn < 2 && (isEnDecision(sents[0].text) || passed(b.start + sents[0].index))) {
      // "2. Fees / X moved that … / Motion withdrawn.": an item's motion that did not pass is no decision.
      if (/\b(?:moved|moves|motion|motioned|proposed)\b/i.test(sents[0].text) && lostAfter(0)) continue;
      // An item whose own sub-items each record an outcome ("6. The Body has approved … i) The Body has
      // resolved to … ii) …"): the item's opening and each sub-item are decisions of their own.
      // (Most of them: a list of names or places with one outcome among them stays one item.)
      const allSubs = enSubItems(b);
      const subs = allSubs.filter((x) => isEnDecision(splitSentences(x.text, 'en')[0]?.text ?? ''));
      if (subs.length >= 2 && subs.length * 2 >= allSubs.length) {
        const head = b.lines.slice(0, b.lines.indexOf(subs[0].lines[0]));
        const h = blockOf(head.length ? head : [b.lines[0]]);
        out.push(make(h.text, h.start, h.end, seg, meetingIso, 0.75));
        for (const x of subs) out.push(make(x.text, x.start, x.end, seg, meetingIso, 0.75));
        continue;
      }
      out.push(make(b.text, b.start, b.end, seg, meetingIso, 0.75));
      continue;
    }
    for (const [k, s] of sents.entries()) {
      // A motion whose next sentence says it failed ("… to buy a van. The motion failed.").
      const next = after(k);
      if (EN_MOTION_SENTENCE.test(s.text) && next && (EN_LOST.test(next) || notCarried(next))) continue;
      if (/\b(?:moved|moves|motion|motioned|proposed)\b/i.test(s.text) && lostAfter(k)) continue;
      // A block run into one line: "MOVED: Cr A SECONDED: Cr B CARRIED …" names the motion's parts, not its words.
      const flat = EN_FLAT_PARTS.exec(s.text);
      // ("Moved, seconded and voted 3-0 to have …": the tally before the motion's words is the vote's.)
      // ("… seconded by Deputy Mayor MacDonald the minutes of 15 October 2008 be approved": the resolution with no "that".)
      if (flat && !holdsMotionWords(flat[0]) && !/^[\s,;]*(?:and\s+)?(?:(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)\b[\s:,]*)?(?:\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?[\s,]+|unanimously\s+)?(?:to|that)\b/i.test(s.text.slice(flat[0].length)) && !THATLESS_RESOLUTION.test(s.text.slice(flat[0].length))) continue;
      // "… General Meeting – 19 April 2017 RESOLUTION: That the Minutes … be confirmed.": a labelled
      // resolution inside a run-on line starts at its "That".
      const inline = EN_INLINE_RESOLUTION.exec(s.text);
      if (inline && inline.index > 0) {
        const from = inline.index + inline[0].length - inline[1].length;
        const t = s.text.slice(from).trim();
        const at = b.start + s.index + from;
        out.push(make(t, at, at + t.length, seg, meetingIso, 0.6));
        continue;
      }
      // "… was received together with a CV and it was resolved that …": the outcome starts mid-sentence.
      // "… held on 23-12-2016. (ADM) Resolved that …": a reference in brackets before the formula.
      const mid = /(?:,|;|\band|\.\s+(?:\([^()]{1,16}\)\s+){0,1}\([^()]{1,16}\))\s+((?:it was (?:unanimously )?(?:resolved|agreed|decided|RESOLVED|AGREED))|(?:unanimously )?(?:resolved|RESOLVED|Resolved)(?= that| to))\b/.exec(s.text);
      const bracketed = !!mid && /^\.\s+\(/.test(mid[0]) && /^Resolved|^RESOLVED/.test(mid[1]);
      if (!isEnDecision(s.text) && mid && mid.index > 0 && bracketed) {
        // Items run together ("1. … (ADM) Resolved that … 2. … (ADM) Resolved that …"): each formula to the next item.
        for (const r of s.text.matchAll(/\.\s+(?:\([^()]{1,16}\)\s+){1,2}((?:Resolved|RESOLVED) (?:that|to)\b)/g)) {
          const from = (r.index ?? 0) + r[0].indexOf(r[1]);
          const rest = s.text.slice(from);
          const stop = rest.search(/\s\d{1,2}\.\s+\p{Lu}|\.\s+(?:\([^()]{1,16}\)\s+){1,2}(?:Resolved|RESOLVED)\b/u);
          // The next item's number left at the end ("… are approved. 2.") is not part of it.
          const t = (stop > 0 ? rest.slice(0, stop + (rest[stop] === '.' ? 1 : 0)) : rest).trim().replace(/\s+\d{1,2}\.$/, '');
          const at = b.start + s.index + from;
          out.push(make(t, at, at + t.length, seg, meetingIso, 0.6));
        }
        continue;
      }
      if (!isEnDecision(s.text) && mid && mid.index > 0 && (/^it was/i.test(mid[1]) || /\b(?:proposed|seconded|moved)\b/i.test(s.text.slice(0, mid.index)))) {
        const t = s.text.slice(mid.index + mid[0].indexOf(mid[1]));
        const at = b.start + s.index + mid.index + mid[0].indexOf(mid[1]);
        out.push(make(t, at, at + t.length, seg, meetingIso, 0.6));
        continue;
      }
      if (isEnDecision(s.text) || carriedByNext(s.text, next) || secondedByNext(s.text, next) || passed(b.start + s.index)) {
        // The "Action:" mark stays: it tells who acts ("Action: DM will send …").
        const t0 = s.text.replace(/^[\s•*-]+/, '');
        // A line's first outcome after its short topic starts at the topic (fields/topic-start.ts).
        const from = seg.lang === 'en' && !topicTaken ? topicStart(b.text, s.index + s.text.indexOf(t0), BULLET.test(b.lines[0]?.text ?? '')) : s.index + s.text.indexOf(t0);
        const t = from < s.index ? b.text.slice(from, s.index + s.text.length).replace(/^[\s•*-]+/, '').replace(/\s*\n\s*/g, ' ') : t0;
        const at = b.start + (from < s.index ? b.text.indexOf(t.slice(0, 8), from) : s.index + s.text.indexOf(t0));
        topicTaken = true;
        // Who acts and by when are read from the outcome, not from its topic and discussion.
        const d = make(t0, b.start + s.index + s.text.indexOf(t0), b.start + s.index + s.text.length, seg, meetingIso, 0.65);
        out.push(t === t0 ? d : { ...d, text: make(t, at, at + t.length, seg, meetingIso, 0.65).text, start: at });
      }
    }
    // An item closed by its motion's mover and seconder in brackets is the decision, from its start (fields/bracketed-motion.ts).
    const bracketed = seg.lang === 'en' ? bracketedMotionParts(b.text).map((p) => make(b.text.slice(p.from, p.to), b.start + p.from, b.start + p.to, seg, meetingIso, 0.6)) : [];
    if (bracketed.length) {
      const rest = out.slice(unitFrom).filter((d) => !bracketed.some((o) => d.start < o.end && o.start < d.end));
      out.splice(unitFrom, out.length - unitFrom, ...[...rest, ...bracketed].sort((x, y) => x.start - y.start));
    }
    // One motion told in the chair's words and the mover's is one decision (fields/motion-paragraph.ts).
    out.splice(unitFrom, out.length - unitFrom, ...oneMotionPerParagraph(out.slice(unitFrom)));
  }
  // "… Seconded by X. The motion was carried.": the motion before, not its fate (fields/carried-back.ts).
  return withMotionsBack(out, units, (t, from, to) => make(t, from, to, seg, meetingIso, 0.65));
}

/** A motion or action block as a decision: its owner and due as printed, or read from its text. */
function fromBlock(b: BlockDecision, seg: Segmented, meetingIso: string | null): FoundDecision {
  const d = make(b.text, b.start, b.end, seg, meetingIso, b.loose ? 0.8 : 0.9);
  const assignees = b.assignees.length ? b.assignees : d.assignees;
  if (!b.due) return { ...d, assignees };
  const due = findDeadline(`by ${b.due}`, 'en', meetingIso);
  return { ...d, assignees, due: b.due, ...(due?.dueDate ? { dueDate: due.dueDate } : { dueDate: undefined }) };
}
