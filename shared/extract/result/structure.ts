/**
 * A meeting's record read from its structure, where no minutes title or section marks it: a dated
 * meeting, who attended or presided, and what it decided. A record a body publishes under a
 * headline of its own ("会议记录", "議事錄", "Proceedings", "Record of decisions", or no title at
 * all) has all three; a look-alike is refused only on a mark of its own kind (a meeting announced,
 * an agenda, a statute, a form with blanks), never for want of a minutes title.
 */
import { ownedTasks } from './owned-tasks';
import { decidedLines } from './titled-notes';
import type { Segmented } from '../segment/segment';
import type { Signals } from './signals';
import { recordAfterAgenda, type RecordMarks } from './record';
import { OUTCOME_ZH } from '../segment/markers';
import { alt } from '../lexicon/build';
import { ZH_PROPOSAL, ZH_RECORD, ZH_STRUCTURE } from '../lexicon/zh';
import { unbullet } from '../text/markup';
import { EN_ANNOUNCED, EN_IF_THOUGHT_FIT, EN_NOTICE_FORMULA, EN_NOTICE_TO_COME, EN_RECORD_HEADS, EN_TALLY } from '../lexicon/en';
import { countMatches } from '../text/count';
import { heldFormEn } from './held-form-en';
import { emptyRoll } from './empty-roll';
import { initialsSpeakers } from './initials-speakers';
import { speakerTurns } from './speaker-turns-en';
import { meetingRulesZh } from './meeting-rules';
import { unspaceCaps } from '../text/unspace';
import { taskByName } from './meeting-notes';

/** What the verdict knows of the fields (a subset of its Evidence). */
export interface FieldEvidence {
  decisions: number;
  decisionMethod: string;
  attendees: number;
  presider: boolean;
  namedMeeting?: boolean;
  dated?: boolean;
}

export interface RecordStructure {
  /** A dated or numbered meeting, or one the opening says was held. */
  meeting: boolean;
  /** Who attended or presided. */
  people: boolean;
  /** What the meeting decided, approved or ruled, in any wording. */
  outcomes: boolean;
  /** A recorder named over the page (紀錄：林某, "Minutes taken by …"), or its header form filled in: the record kept, whatever it holds. */
  recorded: boolean;
}

const VOTED_ZH = new RegExp(alt(ZH_STRUCTURE.voted));
const ATTENDED_ZH = new RegExp(alt(ZH_STRUCTURE.attended));
const CONTENTS_ZH = new RegExp(`${alt(ZH_STRUCTURE.contents)}[^。\\n]{0,6}[：:]?\\s*$`);
/** The same list run on in one line: "会议主要内容：1、学习…；2、协商…；". */
const CONTENTS_INLINE_ZH = new RegExp(`${alt(ZH_STRUCTURE.contents)}[^。\\n]{0,6}[：:]\\s*[1１一][、.．][^。\\n]{2,80}?[；;]\\s*[2２二][、.．]`);
const ANNOUNCED_ZH = new RegExp(alt(ZH_STRUCTURE.announced));
const TO_COME_ZH = new RegExp(`${alt(ZH_STRUCTURE.toCome)}[^。；\\n]{0,40}?(?:召开|举行|召集)`);
const NOTICE_HEAD_ZH = /^关于(?:召开|举行)[^。\n]{2,60}的通知$/;
/**
 * A sentence that tells a meeting held, closed before what follows: "…会长办公会议举行。", "…主持会议。", "…召开了…会议。",
 * "会议由理事长X主持", or a day then the meeting called ("2022年3月2日理化所分会召开理事会会议").
 */
const HELD_SENTENCE_ZH = /(?:会议|會議|会|會)(?:举行|舉行|召开|召開)[。；]|(?:主持会议|主持會議|召开了|召開了|举行了|舉行了)[^。；\n]{0,60}[。；]|(?:会议|會議)由[^，,。；\n]{1,30}主持|\d{1,2}日[^。；，,\n]{0,30}(?:召开|召開)[^。；\n]{0,30}(?:会议|會議)/;
const STATUTE_ZH = new RegExp(`${alt(ZH_STRUCTURE.statute)}`);
/** A heading publishing a meeting's resolutions or vote ("…会议决议公告", "…大会表决结果"), the body that met named in it. */
export const RESULT_HEAD_ZH = new RegExp(`[会會](?:[议議])?${alt(ZH_STRUCTURE.results)}$`);
/** One of the page's first lines is such a heading. */
const resultHeading = (seg: Segmented): boolean =>
  seg.lines
    .filter((l) => l.kind !== 'chrome')
    .slice(0, 4)
    .some((l) => RESULT_HEAD_ZH.test(l.text.replace(/\s+/g, '')));
const ARTICLE_ZH = /^\s*第[一二三四五六七八九十百零〇\d]{1,5}条/;
/** A rule book's sections ("Section 4.", "Article 12", "Rule 3"), and its voice ("The minutes shall record …"). */
const ARTICLE_EN = /^\s*(?:section|article|rule|clause|standing order)\s+\d{1,3}\b/i;
const SHALL_EN = /\bshall\b/gi;
/** A record's own heading in the opening, standing for the body that met where no one is named. */
const RECORD_HEAD_EN = new RegExp(`\\b${alt(EN_RECORD_HEADS)}\\b`, 'i');
const ANNOUNCED_EN = new RegExp(`\\b${alt(EN_ANNOUNCED)}\\b`, 'i');
const IF_THOUGHT_FIT_EN = new RegExp(`\\b(?:to\\s+)?consider\\b[^\\n]{0,20}?,?\\s*${alt(EN_IF_THOUGHT_FIT)}\\b`, 'i');
/** A record's words for a resolution passed or a vote taken: a notice's business put to the meeting has none. */
const PASSED_EN = /\b(?:carried|(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:passed|approved|adopted|agreed)|seconded)\b/i;
const NOTICE_FORMULA_EN = new RegExp(`\\b${alt(EN_NOTICE_FORMULA)}\\b[^\\n]{0,300}?\\b${alt(EN_NOTICE_TO_COME)}\\b`, 'i');
/** An agenda's heading line ("Agenda", "議程 | 討論時間"), or an item's time allotted ("(約1分鐘)", "(10 minutes)"). */
const AGENDA_LINE = /^\s*(?:agenda|议程|議程|会议议程)\s*(?:[|｜:：].*)?$/i;
const ALLOTTED = /[(（]\s*约?\s*\d{1,3}\s*(?:分钟|分鐘|minutes?|mins?)\s*[)）]/i;
/** A visitor's chatty voice: laughter, tildes, sentence-final particles of talk ("哈哈哈", "~~", "啦", "喔"). */
const CHATTY_ZH = /哈哈|呵呵|嘿嘿|[~～]{2,}|[ㄅ-ㄩ]|[啦喔囉耶勒](?=[。.!！~～)）\s]|$)/gm;
/** The chair presiding, told as done ("The Acting President was in the chair", "presided"): the meeting was held. */
const PRESIDED_EN = /\b(?:was|were) in the chair\b|\bpresided\b|\bchaired (?:the|this) meeting\b|\btook the chair\b/i;
/** "Apologies were received from …", "Regrets were received from …": told after the meeting, in its record; a rule book says what "must be recorded". */
const APOLOGIES_RECEIVED_EN = /\b(?:apologies|regrets) (?:for absence )?(?:had been|have been|were|was) received\b/i;
/** A short blank to fill in: "Motion by __, support by __". */
const BLANK = /_{2,}/;

/** Votes counted ("贊成權數：37,878,857 權", "反对0票", "以7票赞成"; "Ayes: 5", "3 votes against", "5 yes, 0 no"): a meeting held, its members there to vote. */
const TALLY_ZH = new RegExp(`${alt(ZH_STRUCTURE.tally)}(?:权数|權數|票数|票數|人数|人數|股数|股數|者)?\\s*[：:]?\\s*\\d[\\d,，]*\\s*(?:票|权|權|股|人|位|名)|\\d{1,4}\\s*(?:票|人)${alt(ZH_STRUCTURE.tally)}`, 'g');
const TALLY_EN = new RegExp(`\\b${alt(EN_TALLY)}\\s*[:\\-–—]\\s*\\d{1,3}(?![\\d,./-])|\\b\\d{1,3}\\s+votes?\\s+(?:for|in favou?r|against)\\b|\\b\\d{1,3}\\s+(?:yes|yeas?|ayes?)\\s*[,;/]\\s*\\d{1,3}\\s+(?:no|nays?|noes|against)\\b`, 'gi');

/** A proposal's head ("案由：…", "第二案 案由：…", "提案一：…") and a decision with its outcome stated ("决议：修正后通过"), not left blank. */
const PROPOSAL_HEAD_ZH = new RegExp(`^\\s*(?:第[一二三四五六七八九十\\d]{1,3}案\\s*)?${alt(ZH_PROPOSAL.heads)}[一二三四五六七八九十\\d]{0,3}\\s*[：:]`);
const PROPOSAL_DECIDED_ZH = new RegExp(`^\\s*${alt(ZH_PROPOSAL.outcomes)}\\s*[：:]\\s*[^_＿…\\s]{2,}`);

/**
 * Proposals each put and decided, a decision within a few lines of its proposal: a meeting held,
 * its members there to decide, where the page's header was cut (a scan's first page lost). An
 * agenda puts proposals and decides none; a template leaves the decision blank.
 */
export function decidedProposals(seg: Segmented): number {
  let n = 0;
  let open = -1;
  seg.lines.forEach((l, i) => {
    const t = unbullet(l.num ? l.text.slice(l.num.restAt) : l.text);
    if (PROPOSAL_HEAD_ZH.test(t)) open = i;
    else if (open >= 0 && i - open <= 12 && PROPOSAL_DECIDED_ZH.test(t)) {
      n++;
      open = -1;
    }
  });
  return n;
}

/** A decisions list's heading ("提案討論決議如下", "議決事項", "决议事项："), short, on a line of its own. */
const DECIDED_HEAD_ZH = /^[^。，,]{0,8}(?:决议|決議|议决|議決)(?:如下|事项|事項)[：:]?$/;
/** An item stating its outcome: "中元法會決算表，無異議通過。", "…費用決議", "照案通过". */
const ITEM_DECIDED_ZH = /(?:无异议|無異議|照案|一致|修正|全票|审议|審議)(?:通过|通過)|(?:决议|決議)(?![如事])|(?:通过|通過)[。；;]?$/;

/**
 * A decisions list under its heading, two items or more each stating its outcome: the record of a
 * meeting held whose header was cut (a page cut short above "提案討論決議如下"). An agenda lists
 * items to take and states no outcome.
 */
export function decidedList(seg: Segmented): boolean {
  const at = seg.lines.findIndex((l) => DECIDED_HEAD_ZH.test(l.text.replace(/\s+/g, '')));
  if (at < 0) return false;
  return seg.lines.slice(at + 1, at + 31).filter((l) => l.num && ITEM_DECIDED_ZH.test(l.text.slice(l.num.restAt))).length >= 2;
}

/** An item that states its outcome: it opens with the act done ("审议通过了…", "同意…", "原则同意…"), the meeting decides in it ("…，会议要求…"), or it closes on its adoption ("…照案通过"). */
const OUTCOME_ITEM_ZH = new RegExp(`^(?:${alt(ZH_STRUCTURE.itemOutcomes)})|(?:会议|會議|会上|會上)[，,]?(?:${alt(ZH_RECORD.adverbs)})?(?:${alt(ZH_STRUCTURE.itemVerdicts)})|(?:通过|通過)[。；;]?$`);
/** The meeting's outcomes announced as a list's heading ("会议要求：", "会议议定如下："): the items under it are its decisions. */
const OUTCOME_HEAD_ZH = new RegExp(`^(?:会议|會議)(?:研究|经研究|經研究)?(?:${alt(ZH_STRUCTURE.itemVerdicts)})(?:如下|以下事项|以下事項|事项|事項)?[：:]?$`);

/**
 * Numbered items that state what was decided, most of the list's items: the body of a record whose
 * header was cut (a scan's first page lost, a header printed as an image) or never printed. An
 * agenda's items say what is to be taken; a story narrates, it does not number outcomes.
 */
export function decidedItems(seg: Segmented): boolean {
  const headed = seg.lines.findIndex((l) => OUTCOME_HEAD_ZH.test(unbullet(l.text).replace(/\s+/g, '')));
  if (headed >= 0 && seg.lines.slice(headed + 1, headed + 8).filter((l) => l.num).length >= 2) return true;
  const items = seg.lines.filter((l) => l.num && l.kind !== 'chrome');
  const decided = items.filter((l) => OUTCOME_ITEM_ZH.test(unbullet(l.text.slice(l.num!.restAt)).trim())).length;
  return decided >= 2 && decided * 2 >= items.length;
}

/** Two votes counted or more. */
export const tallied = (seg: Segmented): boolean => countMatches(seg.text, seg.lang === 'zh' ? TALLY_ZH : TALLY_EN, 10) >= 2;

/** The roll counted at the door, as a meeting held prints it: "應到人數:31" / "實到人數:12". */
const HEADCOUNT_ROLL_ZH = /(?:应到|應到)[^\n\d]{0,6}\d{1,4}[\s\S]{0,40}?(?:实到|實到)[^\n\d]{0,6}\d{1,4}/;
export const headcountRoll = (seg: Segmented): boolean => seg.lang === 'zh' && HEADCOUNT_ROLL_ZH.test(seg.text.slice(0, 1500));

/** An outcome put to the vote or ruled on ("举手表决，一致同意", "决议：本案通过", "主席裁示"). */
export const outcomeByVote = (seg: Segmented): boolean => seg.lang === 'zh' && VOTED_ZH.test(seg.text);

/** An item of business opening with what was done: "讨论确定近期人才引进的待遇问题", "通报…进展". */
const ACT_ITEM_ZH = new RegExp(`^${alt(ZH_RECORD.acts)}`);

/** Under the meeting held, three items or more each opening with what was done: the record's list of business. */
function actItems(seg: Segmented, marks: RecordMarks): boolean {
  if (!marks.held) return false;
  return seg.lines.slice(1, 40).filter((l) => ACT_ITEM_ZH.test(unbullet(l.num ? l.text.slice(l.num.restAt) : l.text))).length >= 3;
}

/** A content list after the meeting held: "会议主要内容：" over two or more numbered items. */
function contentList(seg: Segmented): boolean {
  if (CONTENTS_INLINE_ZH.test(seg.text)) return true;
  const at = seg.lines.findIndex((l) => CONTENTS_ZH.test(l.text));
  if (at < 0) return false;
  return seg.lines.slice(at + 1, at + 8).filter((l) => l.num).length >= 2;
}

/** A header's labels standing inside a line, each after a space or at its start, a value after the colon. */
const INLINE_LABELS_ZH: [string, RegExp][] = [
  ['time', /(?:^|\s)(?:日\s?期|时\s?间|時\s?間|开会时间|開會時間)\s*[：:]\s*\S/],
  ['place', /(?:^|\s)(?:地\s?[点點]|开会地点|開會地點)\s*[：:]\s*\S/],
  ['attendance', /(?:^|\s)(?:出席者|出席人员|出席人員|出\s?席)\s*[：:]\s*\S/],
  ['presider', /(?:^|\s)(?:主\s?席|主持人)\s*[：:]\s*\S/],
];

/**
 * A record's header form filled in: time and who attended, with two of place, presider, absentees
 * and recorder, each a label over its value in the opening ("时 间：…" / "地 点：…" / "主持人：…" /
 * "参加人员：…"). A notice calls people to come and an agenda lists items to take; both are refused
 * on their own marks first.
 */
function headerForm(seg: Segmented): boolean {
  const kinds = new Set<string>(seg.lines.slice(0, 20).flatMap((l) => (l.kind === 'label' && l.label ? [l.label.kind] : [])));
  // Labels run on in one line ("日期: … 時間: … 地點: …"), below a document site's notices: read from the line's words.
  for (const l of seg.lines.slice(0, 40)) for (const [kind, re] of INLINE_LABELS_ZH) if (re.test(l.text)) kinds.add(kind);
  if (!kinds.has('time') || !kinds.has('attendance')) return false;
  // The chair named in the members' list ("刘某议员(主席)") stands for the presider's label.
  const chairListed = /[（(]\s*(?:主席|主持人?)\s*[）)]/.test(seg.lines.slice(0, 60).map((l) => l.text).join('\n'));
  return ['place', 'presider', 'absence', 'recorder'].filter((k) => kinds.has(k)).length + (chairListed ? 1 : 0) >= 2;
}

/**
 * A filled header whose time was cut ("會議主席：某某 紀錄：某某" / "出席人員：…" / "請假人員：…"): who
 * attended, with who was absent or who kept the record, and a third part. A meeting's absentees and
 * its recorder are known only once it is held; a notice calls people and names neither.
 */
function heldForm(seg: Segmented): boolean {
  // A value in brackets ("[姓名]", "[列出出席人员姓名]") is a template's blank, not a name.
  const filled = (v: string) => v.trim().length >= 2 && !/^[[【［(（<《].*[\]】］)）>》]$/.test(v.trim());
  const kinds = new Set<string>(seg.lines.slice(0, 30).flatMap((l) => (l.kind === 'label' && l.label && filled(l.label.value) ? [l.label.kind] : [])));
  if (!kinds.has('attendance') || !(kinds.has('absence') || kinds.has('recorder'))) return false;
  return ['time', 'place', 'presider', 'absence', 'recorder'].filter((k) => kinds.has(k)).length >= 3;
}

/** "主席洪某：現在開會", "方代表水萬：…", "THE CHAIRMAN: …": a speaker's name or office before a colon, opening a line. */
const SPEAKER_ZH = /^[\u4e00-\u9fff]{0,6}(?:代表|議員|议员|委員|委员|主委|鄉長|乡长|鎮長|镇长|市長|市长|縣長|县长|局長|局长|處長|处长|課長|科长|主任|校長|校长|秘書|秘书|先生|女士)[\u4e00-\u9fff]{0,4}\s*[：:]/;
const CHAIR_SPEAKS_ZH = /^(?:主\s*席|主持人)[\u4e00-\u9fff]{0,4}\s*[：:]/;
const SPEAKER_EN = /^(?:(?:MR|MS|MRS|MISS|DR|COUNCILLOR|COUNCILMEMBER|CLLR|COMMISSIONER|TRUSTEE|DIRECTOR|MEMBER|SENATOR)\.?\s+[A-Z][A-Z'’-]+|[A-Z][A-Z'’-]+\s+[A-Z][A-Z'’-]+)\s*:/;
const CHAIR_SPEAKS_EN = /^(?:THE\s+)?(?:CHAIR(?:MAN|PERSON|WOMAN)?|MAYOR|PRESIDENT|PRESIDING OFFICER)(?:\s+[A-Z][A-Z'’-]+)?\s*:/;

/**
 * A verbatim record: the chair and the members speaking in turn, each turn a line opening with the
 * speaker ("主席：…" / "方代表：…", "THE CHAIRMAN: …" / "MR. SMITH: …"). The chair speaking twice
 * and others three times at least: an interview has no chair.
 */
export function verbatim(seg: Segmented): boolean {
  const zh = seg.lang === 'zh';
  let chair = 0;
  let others = 0;
  for (const l of seg.lines) {
    const t = l.text.trim();
    if ((zh ? CHAIR_SPEAKS_ZH : CHAIR_SPEAKS_EN).test(t)) chair++;
    else if ((zh ? SPEAKER_ZH : SPEAKER_EN).test(t)) others++;
    if (chair >= 2 && others >= 3) return true;
  }
  // Or set down under the speakers' initials, the roll defining them (result/initials-speakers.ts).
  return initialsSpeakers(seg);
}

/** The record kept, whatever it holds: a recorder named, its header form filled in, the words spoken set down, or a minutes heading over who attended below an agenda. */
export const keptRecord = (seg: Segmented, sig: Signals): boolean => sig.recorder || headerForm(seg) || verbatim(seg) || recordAfterAgenda(seg);

export function readStructure(seg: Segmented, ev: FieldEvidence, sig: Signals, marks: RecordMarks): RecordStructure {
  const text = seg.text;
  if (seg.lang === 'zh') {
    const decided = decidedProposals(seg) >= 2 || decidedList(seg) || decidedItems(seg);
    return {
      meeting: !!ev.dated || sig.meetingHeader || marks.held || marks.closed || heldForm(seg) || tallied(seg) || verbatim(seg) || decided || headcountRoll(seg),
      people: ev.presider || ev.attendees > 0 || sig.presider || sig.recordLabels > 0 || sig.attendance > 0 || resultHeading(seg) || ATTENDED_ZH.test(text) || tallied(seg) || verbatim(seg) || decided || headcountRoll(seg),
      outcomes: (ev.decisions > 0 && ev.decisionMethod !== 'none') || marks.acts > 0 || sig.outcomes > 0 || OUTCOME_ZH.test(text) || VOTED_ZH.test(text) || contentList(seg) || actItems(seg, marks) || decidedList(seg),
      recorded: keptRecord(seg, sig),
    };
  }
  return {
    // Outcomes stated twice in the record's voice ("It was agreed …", "… were approved") tell of a meeting held, its header cut or not.
      meeting: !!ev.dated || !!ev.namedMeeting || sig.meetingHeader || marks.held || marks.closed || marks.acts >= 2 || heldForm(seg) || heldFormEn(seg) || tallied(seg) || verbatim(seg) || PRESIDED_EN.test(text),
    // A scribe's notes of who said what name the people there (result/speaker-turns-en.ts).
    people: ev.attendees > 0 || ev.presider || sig.attendance > 0 || sig.presider || marks.roll || marks.actionLines >= 2 || RECORD_HEAD_EN.test(text.slice(0, 300)) || tallied(seg) || verbatim(seg) || speakerTurns(seg),
    outcomes: (ev.decisions > 0 && ev.decisionMethod !== 'none') || marks.acts > 0 || sig.outcomes > 0,
    recorded: keptRecord(seg, sig) || APOLOGIES_RECEIVED_EN.test(text),
  };
}

/**
 * A look-alike's own mark, read where the verdict would otherwise take a page for a record by its
 * structure: the reason it is not minutes, or null.
 */
/** The reason given for a meeting announced, still to come. */
export const TO_BE_HELD = 'a notice of a meeting still to be held, not minutes';

export function lookAlikeMark(seg: Segmented, marks: RecordMarks, sig: Signals): string | null {
  const text = seg.text;
  // The page's own opening: a site's menu and breadcrumb above it push its heading down.
  // A long line classed as the particulars holds the text run together after them: it is kept.
  const opening = seg.lines.filter((l) => l.kind !== 'chrome' && !(l.kind === 'meta' && l.text.length <= 100)).slice(0, 15);
  const zh = seg.lang === 'zh';
  // A form's blanks first: its motions print outcome words ("Motion (Carried/Failed) __").
  if (countMatches(text, new RegExp(BLANK.source, 'g'), 100) >= 6) return 'a template with blanks to fill in, not minutes';
  // Tasks given by name under an action mark are outcomes stated too (result/owned-tasks.ts).
  // So are two outcomes under a decision's label ("* DECISION: Thursday, 29 June …"), an agenda's own heading above them or not.
  const outcomesStated = marks.acts > 0 || sig.outcomes > 0 || (zh && VOTED_ZH.test(text)) || ownedTasks(seg) || decidedLines(seg) >= 2;
  // Read in the opening: a record may name its next meeting ("will be held on …") further down.
  const top = opening.map((l) => l.text).join('\n').slice(0, 800);
  // A meeting still to come named in a record whose recorder is named ("紀錄：楊某") is its next one, not the page's;
  // so is one named in a record whose votes are counted ("同意9人；反对0人"): a board resolving to call a general meeting.
  // So is one named after a sentence that tells the page's meeting held ("…会长办公会议举行。…会议确定…定于8月26日召开").
  const toCome = zh ? TO_COME_ZH.exec(top) : null;
  const heldFirst = !!toCome && HELD_SENTENCE_ZH.test(top.slice(0, toCome.index));
  if (zh && (ANNOUNCED_ZH.test(top) || (toCome && !heldFirst && !sig.recorder && !tallied(seg)) || opening.some((l) => NOTICE_HEAD_ZH.test(l.text.trim())))) {
    return TO_BE_HELD;
  }
  // The formal notice formula outweighs the items it lists ("To approve the minutes …"), and holds
  // on a bilingual page read as Chinese.
  if (NOTICE_FORMULA_EN.test(top)) return TO_BE_HELD;
  // Business put "to consider and, if thought fit, to pass", anywhere on a page that records nothing passed.
  if (!zh && IF_THOUGHT_FIT_EN.test(text) && !PASSED_EN.test(text) && !sig.recorder && !tallied(seg)) return TO_BE_HELD;
  // A meeting called to order or closed at its hour is one held: the event it announces is another ("Pancake Days will be held on …").
  if (!zh && ANNOUNCED_EN.test(top) && !outcomesStated && !marks.closed) return TO_BE_HELD;
  // Its roll and other parts left empty, to be filled at the meeting (result/empty-roll.ts).
  if (!zh && !outcomesStated && emptyRoll(seg)) return 'an agenda without outcomes, not minutes';
  // An agenda printed above the record of the same meeting (a minutes heading over who attended) is the record's page.
  // So is one under a roll filled in, absentees or note-taker named (result/held-form-en.ts), and one
  // whose items hold what each speaker said (an agenda's items say nothing yet). A heading a scan spaced out ("AG E N DA") is its word.
  // So is one whose items give tasks to people by name ("Pamphile will send a message …"): an agenda assigns none yet.
  if (!outcomesStated && !recordAfterAgenda(seg) && !heldFormEn(seg) && !verbatim(seg) && !(!zh && taskByName(seg.lines.filter((l) => l.kind !== 'chrome').map((l) => l.text), false)) && (opening.some((l) => AGENDA_LINE.test(unspaceCaps(l.text))) || countMatches(text, new RegExp(ALLOTTED.source, 'gi'), 100) >= 2)) {
    return 'an agenda without outcomes, not minutes';
  }
  if (zh && (STATUTE_ZH.test(text) || seg.lines.filter((l) => ARTICLE_ZH.test(l.text)).length >= 2)) return 'a statute or rule book, not minutes';
  // A body's rules for its meetings, stated as norms under a heading naming them (result/meeting-rules.ts).
  if (zh && meetingRulesZh(seg)) return 'a set of rules for meetings (会议制度), not minutes';
  if (!zh && marks.acts === 0 && !heldFormEn(seg) && (seg.lines.filter((l) => ARTICLE_EN.test(l.text)).length >= 3 || countMatches(text, SHALL_EN, 100) >= 5)) return 'a policy or rule book, not minutes';
  if (zh && countMatches(text, CHATTY_ZH, 100) >= 3) return 'a personal account of a meeting (a blog’s voice), not its record';
  return null;
}
