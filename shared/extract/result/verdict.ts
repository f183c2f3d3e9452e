/**
 * Is this page minutes? Weighs the minutes' own markers against the marks of what is often
 * mistaken for them: a notice (通知), a request (请示), a report, a news story about a meeting,
 * an agenda without outcomes, and a list page of many minutes.
 */
import { meetingBotMinutes } from './meeting-bot';
import { blankPlaceholdersZh } from './placeholder-zh';
import type { Segmented } from '../segment/segment';
import { titleBelowItems } from './title-below-items';
import { SUMMARY_INTRO, TITLE_MARK_EN, TITLE_MARK_ZH, OUTCOME_ZH } from '../segment/markers';
import { findDates } from '../fields/dates';
import { countMatches } from '../text/count';
import { alt } from '../lexicon/build';
import { ZH_GUIDE, ZH_GUIDE_TALK, ZH_MASKED_NAME, ZH_MODEL_ESSAY, ZH_MODEL_OFFER, ZH_NOTICE, ZH_RECORD_PARTS, ZH_WRITING_OFFER } from '../lexicon/zh';
import { EN_FOLLOW_UP_REPORT, EN_GUIDE, EN_GUIDE_TALK, EN_PLACEHOLDER, EN_REPORTED } from '../lexicon/en';
import { readSignals } from './signals';
import { withoutTopChrome } from './own-part';
import { newsAccountEn } from './news-account-en';
import { toldNextDayEn } from './told-next-day-en';
import { bylineAloneEn, minutesAfterAgenda, newsMark, readRecordMarks, recordAfterAgenda, recordHeadline, unspaced } from './record';
import { meetingRulesEn } from './meeting-rules';
import { blankFormRows } from './blank-form-rows';
import { emptyParts } from './empty-parts';
import { keptRecord, lookAlikeMark, outcomeByVote, readStructure, RESULT_HEAD_ZH, TO_BE_HELD, verbatim } from './structure';
import { meetingResolution, resolutionHeading, resolutionRecord } from './resolution';
import { circularEn } from './circular-en';
import { letterEn } from './letter-en';
import { letterZh } from './letter-zh';
import { minutesToCome, pointsToMinutes } from './points-to-minutes';
import { oneMeetingPage } from './one-meeting-page';
import { paperTaggedItems } from './paper-tagged-items';
import { certifiedResolutionEn, resolutionTextEn } from './resolution-text-en';
import { shortRecord } from './short-record';
import { meetingSummary } from './meeting-summary';
import { datedTitleRecord } from './dated-title';
import { presentAndApologies } from './present-and-apologies';
import { meetingNotes } from './meeting-notes';
import { firstPersonAccount } from './first-person-account';
import { reportHeading } from './report-heading';
import { meetingItems } from './meeting-items';
import { consensusItems, elected } from './reached-outcomes';
import { noticeTitle } from './notice-title';
import { particularsNotes } from './particulars-notes';
import { titledNotes } from './titled-notes';
import { announcedMeetingEn, recordsNothing } from './announced-meeting-en';
import { adjournsToComeEn, itemsToComeEn } from './items-to-come-en';
import { announcedMeetingZh } from './announced-meeting-zh';
import { heldFormEn } from './held-form-en';
import { isCatalogueRow } from './catalogue-row';
import { recordedNotes } from './recorded-notes';
import { hearingTranscript } from './hearing-transcript';
import { headingOutline } from './heading-outline';
import { dateList } from './date-list';

const MODEL_ESSAY = new RegExp(alt(ZH_MODEL_ESSAY));
const MODEL_OFFER = new RegExp(alt(ZH_MODEL_OFFER));
/** "撰写会议纪要的参考", "编写会议记录的模板": a guide offering a model for writing minutes. */
const WRITING_OFFER_ZH = new RegExp(`${alt(ZH_WRITING_OFFER.write)}[^。；\\n]{0,6}?(?:会议|會議)?(?:纪要|紀要|记录|紀錄)[^。；\\n]{0,4}?${alt(ZH_WRITING_OFFER.offer)}`);
const GUIDE_HEAD_ZH = new RegExp(alt(ZH_GUIDE));
const GUIDE_HEAD_EN = new RegExp(`\\b${alt(EN_GUIDE)}\\b`, 'i');
const NOTICE_ZH = new RegExp(`请[^。；\\n]{0,30}?${alt(ZH_NOTICE)}|${alt(ZH_NOTICE.filter((w) => w.includes('回执')))}`);
/** A term being defined: 「出席者」指…, “决议”为…. */
const TERM_DEFINED_ZH = /[「『“"][\u4e00-\u9fff]{1,8}[」』”"](?:是名词|是动词|是|指|为|係指|系指)/;
/**
 * A template's bracketed blank: "[Date]", "[Board Member 1's Name]", "[Your Company Address]". A
 * field given its value ("[name=咪路]", "[time=Wed, Jul 6]", a note page's signature) is filled in.
 */
const PLACEHOLDER = new RegExp(`\\[[^\\]\\n=]{0,30}?\\b${alt(EN_PLACEHOLDER)}(?:'s)?\\b(?!\\s*=)[^\\]\\n]{0,20}\\]`, 'i');
/** A bracket addressing the reader ("[YOUR NAME]", "[Your Company Address]"): a template's, for "you" to fill in. */
const YOUR_PLACEHOLDER = /\[\s*your\b[^\]\n]{0,30}\]/i;
/** A date left blank for the hand ("( 年 月 日)", "填表日期： 年 月 日"): no figure before 年, spaces where the month and day go. */
const BLANK_DATE_ZH = /(?:^|[^\d〇○零一二三四五六七八九十百两xX×Ｘ\s])[ \t　]*年[ \t　]+月[ \t　]+日/gm;
/**
 * A template engine's variable standing for a value (Mustache, Handlebars, Jinja, Liquid: "{{ date }}"),
 * an expression too ("{{ date.strftime('%Y-%m-%d') }}", "{{ .Title }}"), or a format string's ("{date}",
 * "{decision_1}"): a lowercase name, so a set in braces ("{A, B}") is none.
 */
/** A check box with nothing after it ("- [ ]"): a task list's line left to fill in. */
const EMPTY_CHECKBOX = /^[ \t]*[-*+][ \t]*\[ \][ \t]*$/gm;
/** A motion's mover or seconder left blank to fill in at the meeting ("Moved: ………… Seconded: ………… Carried"): an agenda's form. */
const BLANK_MOTION = /\b(?:moved|seconded)(?:\s+by)?\s*:?\s*(?:[…._]{3,}|-{3,})/gi;
/** A motion's outcome left to choose ("motion passed/or failed", "Carried / Lost"): a form's, not a vote recorded. */
const OUTCOME_CHOICE = /\b(?:passed|carried|approved|adopted)\s*\/\s*(?:or\s+)?(?:failed|lost|defeated|denied|rejected)\b/gi;
/** A template's instruction standing where a value goes: "Insert names", "(Insert organization name)", "Insert date and time". */
const INSERT_BLANK = /\b[Ii]nsert (?:the |your )?(?:[a-z]+ ){0,2}(?:names?|date|time|title|location|venue|organi[sz]ation|company|number|amount|address)\b/g;
const TEMPLATE_VARIABLE = /\{\{[ \t]?\.?[A-Za-z_][^{}\n]{0,60}?[ \t]?\}\}|(?<![{$\w])\{[a-z][a-z0-9_]{1,40}\}(?!\})/g;
/** Placeholders a model text puts where names, numbers and dates would be: xx, ×××, ***, ???. */
const MASKED = /(?:[xX]{2,}|[×Ｘ]{2,}|[*＊]{3,}|[?？]{3,}|○{2,})/;
/** A date with its year or day masked ("20xx年11月7日", "xx月xx日"): a model text's, never a record's own. */
const MASKED_DATE = /(?:19|20)[xX×Ｘ]{2}\s*年|[xX×Ｘ]{4}\s*年|[xX×Ｘ]{1,2}\s*月\s*[xX×Ｘ]{1,2}\s*日/g;
const MASKED_NAME_ZH = new RegExp(alt(ZH_MASKED_NAME));
/** A record's part named as a numbered heading alone ("1. 标题", "三、出席人员"): a guide's outline. */
const PART_HEAD_ZH = new RegExp(`^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\\d]{1,3}[)）])\\s*${alt(ZH_RECORD_PARTS)}\\s*$`);
const RESOLUTION_ADOPTED_ZH = /的(?:决议|決議|决定|決定)\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^）)\n]{0,50}(?:通过|通過|批准)\s*[）)]/;
/** The items a meeting agreed, named as a noun ("执行会议议定事项"), not stated as its outcome. */
const AGREED_ITEMS_ZH = /(?:会议|會議)(?:议定|議定|决定|決定)的?(?:事项|事項)/g;
/** Reported speech: "The Department said that …", "SALGA told the Committee …". */
const REPORTED_EN = new RegExp(`\\b${alt(EN_REPORTED)}\\b`, 'gi');

export interface Evidence {
  title: string | null;
  decisions: number;
  decisionMethod: string;
  attendees: number;
  presider: boolean;
  recipients: number;
  /** A header line names the meeting ("AWSF TAC Meeting - November 7, 2018") with its date at or just after it. */
  namedMeeting?: boolean;
  /** The page's headline above the content, when read from a DOM. */
  hint?: string | null;
  /** A meeting date was found in the header. */
  dated?: boolean;
}

export interface Verdict {
  isMinutes: boolean;
  reason?: string;
  confidence: number;
  /** How sure the verdict itself is, as the isMinutes field's confidence: a minutes title or section is sure, a record read from its acts is to be checked. */
  sure?: number;
}

/** A heading naming the page a retelling of a meeting: "Meeting Digest", "Meeting Synopsis", "Board Update", "Board Briefs". */
const RETOLD_HEADING_EN = /\b(?:digest|synopsis|(?:board|council|decisions)\s+update|board\s+briefs|(?:AGM|annual\s+general\s+meeting)\s+report$)\b/i;
/** A report headed as such ("2022 AGM – Chair’s Report", "President's Annual Report 2019"): one officer's account, not the record. */
const REPORT_HEADING_EN = /(?:chair(?:man|person|woman)?|president|treasurer|secretary|director|mayor|ceo|convenor|clerk|manager|principal|headteacher|head teacher|superintendent|administrator|officer|engineer|warden)['’]s\s+(?:annual\s+)?report(?:\s+(?:to|for)\b.{0,40}|\s+\d{4}(?:[-–/]\d{2,4})?)?$/i;
/** "COMMUNIQUE ARISING FROM THE MEETING OF …", "Joint Communiqué of …", "Final Communiqué": a communiqué names itself first or last. */
const COMMUNIQUE_HEADING_EN = /^(?:[\w-]+\s+){0,4}communiqu[eé]\b|\bcommuniqu[eé]$/i;
/** A form's own heading: "EGM Proxy Form", "Form of proxy", "Nomination Form". */
const FORM_HEADING_EN = /^(?:[\w-]+\s+){0,3}(?:proxy|nomination|application|registration|booking|voting|ballot)\s+form$|^form\s+of\s+(?:proxy|nomination|application)$/i;

/** A disclosure page's document-name cell, its key then the name up to the next cell: "文件名称 | …的通报 |", "标题：…". */
const DOCUMENT_NAME_CELL = /^(?:文件名称|文件名稱|文件标题|文件標題|标题|標題|名称|名稱)\s*[|｜:：]\s*([^|｜]{4,80}?)\s*(?:[|｜]|$)/;
function documentNameCells(seg: Segmented): string[] {
  return seg.lines.slice(0, 12).flatMap((l) => {
    const m = DOCUMENT_NAME_CELL.exec(l.text.trim());
    return m ? [m[1]] : [];
  });
}

const OFFICIAL_KINDS: [RegExp, string][] = [
  [/请示$|請示$/, 'a request for instructions (请示), not minutes'],
  [/通知$|通告$|公告$/, 'a notice (通知), not minutes'],
  [/批复$|批復$/, 'a reply (批复), not minutes'],
  [/报告$|報告$|通报$|通報$/, 'a report (报告/通报), not minutes'],
  [/(?:意见|意見|办法|辦法|规定|規定|方案|细则|細則)$/, 'a policy document, not minutes'],
  [/函$/, 'a letter (函), not minutes'],
  [/简报$|簡報$|快报$|快報$/, 'a briefing (简报), not minutes'],
  [/讲话$|講話$|讲话稿$|发言$|發言$|致辞$|致辭$|发言稿$/, 'a speech, not minutes'],
  [/总结$|總結$|工作要点$|工作计划$|实施方案$/, 'a work summary or plan, not minutes'],
  // A log or periodic report, numbered and dated after its name ("开发日志 - 第3周（2月2日 - 2月8日）").
  [/(?:日志|日誌|周报|週報|月报|月報|工作日报|工作日報)(?:[-—–_:：]?第?[\d一二三四五六七八九十]+[周週期])?(?:[（(][^（）()]{0,30}[）)])?$/, 'a work log or periodic report, not minutes'],
  [/的(?:决定|決定|决议|決議)$|公报$|公報$/, 'a decision or communiqué, not minutes'],
];

/** "某某召开…会议…": a headline naming a meeting held, not a notice calling one ("关于召开…的通知"). */
const HEADLINE_HELD_ZH = /^(?!关于)[^，。；]{1,30}?(?:召开|举行)了?[^，。；]{0,30}?会(?!.*的通知$)/;

const MINUTES_NAMED = /\b(?:approv(?:e|al of)|confirm(?:ation of)?|adopt(?:ion of)?|receive|accept(?:ance of)?|previous|draft|read(?:ing of)?)\s+(?:the\s+)?minutes\b|(?:通过|确认|审议|审阅|通過|確認|審議)[^。\n]{0,20}(?:会议记录|会议纪录|會議紀錄|會議記錄)/i;

/** A title's closing aside naming rules or a guide: "（…议事规则）", "(格式范本)", "（写法）". */
const RULES_OR_GUIDE_ASIDE_ZH = new RegExp(`[（(][^（）()]{0,24}(?:${alt(ZH_GUIDE_TALK.rulesAside)})[）)]$`);

/** The agenda's own item: approving, adopting or amending it. */
const AGENDA_ITEM = /\b(?:approval|adoption|approve|adopt|amendments?|changes|additions)\s+(?:of|to)?\s*(?:the\s+)?(?:meeting\s+)?agenda\b/gi;
/** An agenda item's time allowed, closing it: "… 5 minutes.", "… (10 mins)", "8 minutes or less." */
const ITEM_TIMED = /\b\d{1,3}\s*(?:minutes?|mins?)\.?(?:\s+or\s+less\.?)?\)?\s*$/i;
/** A minutes title offered as a model for reference: "…会议纪要参考", "…会议纪要范文", "…纪要模板". */
const MODEL_TITLE_ZH = new RegExp(`(?:纪要|紀要|记录|記錄|纪录|紀錄)(?:${alt(ZH_GUIDE_TALK.modelTitle)})(?:[（(][^（）()]{0,12}[）)])?$`);
/** A title counting the texts under it ("…会议记录三篇", "…纪要(通用5篇)", "…纪要精选10篇"): a writing site's collection, not one record. */
const COLLECTION_TITLE_ZH = /(?:纪要|紀要|记录|記錄|纪录|紀錄|决议|決議)[\u4e00-\u9fff]{0,4}?[（(【]?(?:通用|精选|精選|汇编|彙編)?(?:[一二三四五六七八九十两兩]|\d{1,2})篇[）)】]?$/;
/** A person's name masked after the surname: "宋xx", "张××". */
const MASKED_PERSON_ZH = /[\u4e00-\u9fff](?:[xX]{2,3}|[×Ｘ]{2,3})(?![A-Za-z])/g;

/** A sample's number on a writing site's page: "篇一：", "篇二:", "【篇3】". */
const SAMPLE_NUMBER_ZH = /(?:^|\n)\s*[【[（(]?篇\s?(?:[一二三四五六七八九十]|\d{1,2})[】\]）)]?\s*[：:]?/g;

/** The meeting's members as the subject of its outcome: "全体参会者共同审议通过…", "与会委员一致同意…" (not "与会人员一致认为", a view). */
const MEMBERS_DECIDED_ZH = /(?:与会|與會|参会|參會|出席)(?:人员|人員|者|委员|委員|代表|成员|成員|同志)?(?:共同|一致|均)?(?:审议|審議|讨论|討論|表决|表決)?(?:通过|通過|同意|决定|決定)|全体(?:与会|参会)?(?:人员|人員|者|委员|委員|代表|成员|成員|同志)(?:共同|一致|均)?(?:审议|審議|讨论|討論|表决|表決)?(?:通过|通過|同意|决定|決定)/;

/** Minutes spoken of in general: "minutes should …", "minutes are a …", "minutes can be …" (a record's "the minutes were approved" is none). */
// Where a record is kept says nothing of what minutes are: "The minutes can be downloaded here", "Minutes can be found on …".
const MINUTES_IN_GENERAL_EN = new RegExp(`\\bminutes (?:${alt(EN_GUIDE_TALK.minutesGeneral)}) (?!(?:downloaded|found|viewed|accessed|obtained|seen|inspected|requested|read (?:on|at|online))\\b)`, 'gi');

/** 纪要 as a kind of document: "会议纪要是一种…", "纪要是指…", "会议纪要的写法 / 格式 / 特点 / 种类 / 结构 / 作用". */
const MINUTES_GENRE_ZH = new RegExp(`(?:纪要|紀要)(?:${alt(ZH_GUIDE_TALK.genre)})`, 'g');
/** 纪要 spoken of as what any minutes do: "纪要应当…", "纪要一般…", "纪要通常…", "纪要具有…". */
const MINUTES_IN_GENERAL_ZH = new RegExp(`(?:纪要|紀要)(?:${alt(ZH_GUIDE_TALK.general)})`, 'g');

/** A writer saying the account is not the meeting's record: "not an official record", "my informal recollection", "not the official minutes". */
const NOT_THE_RECORD_EN = new RegExp(`\\b(?:${alt(EN_GUIDE_TALK.notTheRecord)})\\b(?!\\s+until)`, 'i');
/** A title naming the follow-up of a meeting's decisions ("Action taken Report of the Minutes of …"); a Chinese 报告 is told by its title already. */
const FOLLOW_UP_TITLE_EN = new RegExp(`\\b(?:${alt(EN_FOLLOW_UP_REPORT)})\\b`, 'i');

/** A website section's heading over a list of meetings' papers, in the plural: "Agendas & Minutes", "Council Minutes and Agendas" ("Agenda and minutes" heads one meeting's). */
const SECTION_TITLE_EN = /^(?:(?:council|board|committee|meeting)\s+)?(?:agendas\s*(?:&|and)\s*minutes|minutes\s*(?:&|and)\s*agendas)$/i;
/** A recommendation printed under an agenda's item: "Recommended Action: Approve minutes.", "Staff Recommendation: …". */
/** "…主任罗某出席会议并讲话": a leader attending and giving a speech, as a story tells it. */
const ATTENDED_AND_SPOKE_ZH = /出席(?:会议|會議|会议开幕式)?并(?:作|做)?(?:重要)?讲话|出席(?:会议|會議)?並(?:作|做)?(?:重要)?講話/;
/** "…局长秦某主持会议并讲话": presiding and giving a speech, as a story tells it and a record may too. */
const PRESIDED_AND_SPOKE_ZH = /主持(?:会议|會議)?(?:并|並)(?:作|做)?(?:重要)?(?:讲话|講話)/;
const RECOMMENDED_ACTION = /^\s*[-•*]?\s*(?:staff\s+)?(?:recommended\s+action|recommendation)\s*:/gim;
/** The words a member may use to move an item, printed under it ("SAMPLE MOTION: I make a motion to approve …"): a motion still to be made. */
const SAMPLE_MOTION = /\b(?:sample|suggested|proposed|possible|recommended)\s+motions?\s*:/gi;

/** Decisions read from a section of their own, or from motion and action blocks. */
/** A meeting named as a stand-up or a team's meeting: "日常Scrum会议", "站会", "Daily stand-up". */
const STAND_UP = /scrum|stand-?up|站会|站會|例会|例會|会议|會議|meeting/i;

const strongMethod = (m: string) => m === 'section' || m === 'blocks';

/** The first few header lines joined: a title wrapped over several lines. */
function headText(seg: Segmented): string {
  const head: string[] = [];
  for (const l of seg.lines.slice(0, 8)) {
    // A disclosure catalogue's row of particulars (result/catalogue-row.ts) is the portal's, not the heading's.
    if (l.kind === 'chrome' || l.kind === 'meta' || isCatalogueRow(l.text)) continue;
    // A numbered line opens the body ("一、主要工作", "一、审议…办法"): the title stands above it, or is not on the page.
    if (l.num) break;
    // A header's labelled line ("会议时间：…", "参会成员：…") is the record's own: the title stands above it.
    if (l.kind === 'label') break;
    if (/[。：:]$/.test(l.text) || /[。；;]/.test(l.text) || (/[，,]/.test(l.text) && l.text.length > 30) || l.text.length > 60 || /[〔[［]\d{4}[〕\]］]/.test(l.text)) break;
    head.push(l.text);
  }
  return head.join('');
}


/**
 * The page's short heading lines below its top: a guide's heading ("How to write meeting minutes")
 * may stand under a site's text of other items, where headText stops at the first paragraph.
 */
function headingLines(seg: Segmented): string[] {
  return seg.lines
    .filter((l) => l.kind !== 'chrome')
    .slice(0, 12)
    .map((l) => l.text.trim())
    // A sentence of clauses is no heading ("这是…会议纪要，以后…都要在这里记录，格式为：…"), as in headText.
    .filter((t) => t.length <= 80 && !/[。；;]/.test(t) && !(/[，,]/.test(t) && t.length > 30));
}

/** A guide's heading that names minutes itself ("How to write meeting minutes", "会议记录的格式"), wherever it stands near the top. */
const namesMinutes = (h: string) => TITLE_MARK_EN.test(h) || TITLE_MARK_ZH.test(h);

/** The page's own lines, its site's chrome (menus, breadcrumbs, the post's particulars) left out. */
// A long line classed as the particulars holds the text run together after them (a PDF's or a reader's text): it is kept.
const ownLines = (seg: Segmented) => seg.lines.filter((l) => l.kind !== 'chrome' && !(l.kind === 'meta' && l.text.length <= 100));

/** Labels left empty one after another ("主持人：" / "出席：" / "Secretary:"): a form to fill in. */
function emptyLabelRuns(seg: Segmented): number {
  let emptyRun = 0;
  let runs = 0;
  for (const l of seg.lines) {
    emptyRun = /^[^：:]{1,30}[：:]\s*$/.test(l.text) ? emptyRun + 1 : 0;
    if (emptyRun >= 3) runs++;
  }
  return runs;
}

/** Sees each verdict with what it was read from: the evaluation scripts read why a page was taken or refused. */
type VerdictObserver = (v: Verdict, seg: Segmented, ev: Evidence) => void;
let observer: VerdictObserver | null = null;
export function observeVerdicts(fn: VerdictObserver | null): void {
  observer = fn;
}

export function judgeMinutes(seg: Segmented, ev: Evidence): Verdict {
  const v = judge(withoutTopChrome(seg), ev);
  observer?.(v, seg, ev);
  return v;
}

function judge(seg: Segmented, ev: Evidence): Verdict {
  const text = seg.text;
  const head = headText(seg);
  // A title naming another meeting's minutes ("3. Approval of minutes of May 6") is an agenda item, not this page's title.
  // A line that opens with a lowercase word ("minutes without the permission of the chair.)") is a
  // sentence wrapped onto it, not a heading.
  // Nor is one below items of business ("Call to Order" … "Minutes from March 18, 2020 meeting": result/title-below-items.ts).
  const titled = !!ev.title && !MINUTES_NAMED.test(ev.title) && !/^[a-z]+\s+[a-z]/.test(ev.title) && !titleBelowItems(seg, ev.title);
  const zh = seg.lang === 'zh';

  // A list page: many short lines, each a minutes title or a dated link, and little running text.
  // A printed page's running header ("… COUNCIL MEETING MINUTES 21 OCTOBER 2020" atop each page) is one title, however often it repeats.
  const seenTitle = new Set<string>();
  const titleLines = seg.lines.filter((l) => l.text.length <= 80 && (TITLE_MARK_ZH.test(l.text) || TITLE_MARK_EN.test(l.text)) && !seenTitle.has(l.text) && !!seenTitle.add(l.text));
  const datedTitleLines = titleLines.filter((l) => findDates(l.text).length > 0 || /\d{4}[-/.]\d{1,2}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(l.text));
  const longLines = seg.lines.filter((l) => l.text.length > (zh ? 60 : 200)).length;
  if (titleLines.length >= 5 && datedTitleLines.length >= 3 && longLines * 2 <= titleLines.length && ev.decisions === 0) {
    return { isMinutes: false, reason: `a list of ${titleLines.length} minutes, not one document`, confidence: 0.85 };
  }
  // A page of meeting dates, one to a line, each the link to a meeting's papers (result/date-list.ts).
  if (dateList(seg)) return { isMinutes: false, reason: 'a list of meeting dates, not one document', confidence: 0.8 };

  // A body's rules for its meetings under their own heading, whatever minutes its sections name (result/meeting-rules.ts).
  if (meetingRulesEn(seg)) return { isMinutes: false, reason: 'a set of rules for meetings (standing orders, terms of reference), not minutes', confidence: 0.8 };

  // A model-essay site's label (范文) on the page heading over a text with masked names is a writing
  // model, not one meeting's record; a real minutes quoted without the label is still read.
  if ([head, ev.hint ?? '', ev.title ?? ''].some((h) => MODEL_ESSAY.test(h)) && countMatches(text, MASKED, 1000) >= 2) {
    return { isMinutes: false, reason: 'a model text from a writing guide (范文), not one meeting’s minutes', confidence: 0.8 };
  }

  // The site's preface offering the text below as a model ("本站为你精心整理了…纪要范文，希望能为你的创作提供参考价值"):
  // the site names it a writing model itself, whether its names are masked or left out.
  // Read below the site's own lines (menus, a search box), which push the preface down.
  if (zh && seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 6).some((l) => MODEL_ESSAY.test(l.text) && MODEL_OFFER.test(l.text))) {
    return { isMinutes: false, reason: 'a model text offered by a writing site (范文), not one meeting’s minutes', confidence: 0.8 };
  }

  // A guide's preface offering a model for writing minutes ("本篇…提供一则撰写会议纪要的参考"), over a text whose
  // names and dates are masked (xxx, XXX): its own words say what it is, where no 范文 label does.
  if (zh && countMatches(text, MASKED, 1000) >= 2 && seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 6).some((l) => WRITING_OFFER_ZH.test(l.text))) {
    return { isMinutes: false, reason: 'a writing guide offering a model for minutes, not one meeting’s minutes', confidence: 0.8 };
  }

  // A writing site's collection of samples: a 范文 heading over texts numbered "篇一：", "篇二：".
  if (zh && seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 8).some((l) => MODEL_ESSAY.test(l.text)) && countMatches(text, SAMPLE_NUMBER_ZH, 10) >= 2) {
    return { isMinutes: false, reason: 'model texts collected by a writing site (范文, 篇一, 篇二), not one meeting’s minutes', confidence: 0.8 };
  }

  // A heading counting the texts under it ("…会议记录三篇") over names masked (xxx): a writing site's models. A real
  // record reposted among others keeps its names, and is read.
  if (zh && countMatches(text, MASKED, 1000) >= 2 && [ev.title ?? '', ev.hint ?? '', ...headingLines(seg).slice(0, 4)].some((h) => COLLECTION_TITLE_ZH.test(h.replace(/\s+/g, '')))) {
    return { isMinutes: false, reason: 'texts collected by a writing site under a heading counting them (…三篇), not one meeting’s minutes', confidence: 0.8 };
  }

  // A page of model texts: names masked (×××, ???) beside an empty form or a second sample ("[篇2]").
  if (zh && countMatches(text, MASKED, 1000) >= 3 && (emptyLabelRuns(seg) > 0 || /[[【（(]篇\s?(?:[2-9]|[二三四五六七八九十])[\]】）)]/.test(text))) {
    return { isMinutes: false, reason: 'a model text from a writing guide (names masked), not one meeting’s minutes', confidence: 0.8 };
  }

  // A model text's particulars masked: its date ("20xx年11月7日") and a name, a place or a number ("局长某某", "某某市", "第xx次", "xx县").
  // A published record may leave out one (a year), never both.
  const unmasked = zh && countMatches(text, MASKED_DATE, 10) > 0 ? text.replace(MASKED_DATE, '') : null;
  // Under a minutes title, masked numbers alone may be a portal's redaction: a masked name or place ("某某") is the model's.
  if (unmasked !== null && (MASKED_NAME_ZH.test(unmasked) || (!titled && countMatches(unmasked, MASKED, 10) >= 2))) {
    return { isMinutes: false, reason: 'a model text from a writing guide (its date and names masked), not one meeting’s minutes', confidence: 0.8 };
  }

  // A resolution or decision adopted by a meeting, its adoption dated under its title ("…的决议（2018年8月7日…会议通过）").
  if (zh && RESOLUTION_ADOPTED_ZH.test(text.slice(0, 400))) return { isMinutes: false, reason: 'a resolution adopted by a meeting (决议), not its minutes', confidence: 0.85 };

  // An official document of another kind, by the end of its title.
  // The title as the text prints it, and the page's own headline when read from a DOM.
  // A disclosure page's cell naming the document ("文件名称 | …落实情况的通报 |") names it too.
  for (const candidate of [head, ev.hint ?? '', ...documentNameCells(seg)]) {
    const t = candidate.replace(/\s+/g, '');
    // A minutes title offered as a model ("…会议纪要参考") over people named with masks ("宋xx"): a model text.
    if (MODEL_TITLE_ZH.test(t) && countMatches(text, MASKED_PERSON_ZH, 10) >= 2) return { isMinutes: false, reason: 'a model text offered for reference (names masked), not one meeting’s minutes', confidence: 0.8 };
    // A minutes title qualified by what the page is instead ("会议纪要(总经理办公会议事规则)", "…纪要（格式范本）").
    if (TITLE_MARK_ZH.test(t) && RULES_OR_GUIDE_ASIDE_ZH.test(t)) return { isMinutes: false, reason: 'rules or a guide under a minutes title, not one meeting’s minutes', confidence: 0.8 };
    if (!t || TITLE_MARK_ZH.test(t) || (candidate === ev.hint && titled)) continue;
    // A headline naming the meeting held ("区政府召开常务会议听取…工作报告") is a record's, whatever word it ends on;
    // a notice calling one ("关于召开…会议的通知") opens with 关于.
    if (HEADLINE_HELD_ZH.test(t)) continue;
    // A meeting's resolutions or vote published ("…会议决议公告", "…大会表决结果") is its record of the outcome, not a notice.
    if (RESULT_HEAD_ZH.test(t) || resolutionHeading(seg) || (/决议$|決議$/.test(t) && meetingResolution(seg))) continue;
    for (const [re, reason] of OFFICIAL_KINDS) {
      if (re.test(t)) return { isMinutes: false, reason, confidence: 0.9 };
    }
  }
  // A notice's title on a line of its own ("关于召开…的通知"), whatever the lines after it (result/notice-title.ts).
  if (!titled && noticeTitle(seg) && !SUMMARY_INTRO.test(text)) return { isMinutes: false, reason: 'a notice of a meeting, not minutes', confidence: 0.85 };
  // An official letter or notice: a salutation to bodies ("各乡镇人民政府，市级各部门：") near the top,
  // or the phrases that issue a document ("现予印发", "请认真贯彻执行", "特此通知").
  if (!titled && zh) {
    const salutation = seg.lines.slice(0, 6).some((l) => /[：:]$/.test(l.text) && l.text.length <= 120 && /[、，,]/.test(l.text) && /(?:各部门|各单位|人民政府|委员会|各有关单位|各直属机构|各部委|办公室|[局委办厅])[：:]$/.test(l.text));
    const issuing = /现予印发|现印发给你们|现将.{0,30}印发给你们|请认真贯彻执行|请遵照执行|请认真贯彻落实|特此通知|特此函告|妥否，请批示|当否，请批示|请予审批/.test(text);
    if (salutation || issuing) return { isMinutes: false, reason: 'an official notice or letter addressed to other bodies, not minutes', confidence: 0.8 };
    // A letter to people (result/letter-zh.ts).
    if (ev.attendees === 0 && letterZh(seg)) {
      return { isMinutes: false, reason: 'a letter to members about a meeting, not its minutes', confidence: 0.75 };
    }
    // A meeting still to come, with people asked to attend ("将召开…，请…准时参加").
    if (NOTICE_ZH.test(text) && !OUTCOME_ZH.test(text)) return { isMinutes: false, reason: 'a notice of a meeting, not minutes', confidence: 0.8 };
  }
  if (!titled && /^(?:notice of (?:a |the )?meeting|notice\b)/i.test(head)) return { isMinutes: false, reason: 'a notice of a meeting, not minutes', confidence: 0.8 };
  // A form headed as such ("EGM Proxy Form", "Form of proxy", "Nomination Form"): filled in before a meeting, no record of one.
  // The page's own first lines, where a document names its kind.
  const ownTop = seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 6).map((l) => l.text.trim());
  if (!titled && !zh && ownTop.some((t) => t.length <= 60 && FORM_HEADING_EN.test(t))) return { isMinutes: false, reason: 'a form to fill in, not minutes', confidence: 0.75 };
  // A communiqué headed as such ("COMMUNIQUE ARISING FROM THE MEETING OF …", "Final Communiqué"): the resolutions a meeting
  // published for others, as 公报 is in Chinese, not its record.
  if (!titled && !zh && ownTop.slice(0, 3).some((t) => COMMUNIQUE_HEADING_EN.test(t))) return { isMinutes: false, reason: 'a decision or communiqué, not minutes', confidence: 0.75 };
  // A report headed as such, on the page's first lines: an officer's account to a meeting, not its record.
  // It heads the page: a "Secretary's Report" under a sentence already telling the meeting ("President X brought the meeting to order …") is the record's item.
  const firstProse = ownTop.findIndex((t) => t.length > 80);
  if (!titled && !zh && ownTop.slice(0, firstProse < 0 ? 3 : Math.min(3, firstProse)).some((t) => t.length <= 80 && REPORT_HEADING_EN.test(t))) return { isMinutes: false, reason: 'a report to a meeting, not its minutes', confidence: 0.75 };
  // A meeting retold for readers under a heading that says so ("Town Council Meeting Digest", "Church Council Meeting
  // Synopsis", "Board Update for April"): the body's news of its meeting, not its record, unless it records who attended.
  // (A "Recap of the … Meeting" stating outcomes item by item is read as the body's summary: result/meeting-summary.ts.)
  if (!titled && !zh && ev.attendees === 0 && ownTop.slice(0, 3).some((t) => t.length <= 100 && RETOLD_HEADING_EN.test(t))) return { isMinutes: false, reason: 'a meeting retold for readers (digest, synopsis, update), not its minutes', confidence: 0.7 };
  // A resolution's text printed alone, its recitals and resolving clause with no vote or roll (result/resolution-text-en.ts).
  if (!titled && resolutionTextEn(seg)) return { isMinutes: false, reason: 'a resolution’s text, not the minutes of the meeting that adopted it', confidence: 0.75 };
  if (certifiedResolutionEn(seg)) return { isMinutes: false, reason: 'a certified copy of one resolution, not the minutes of the meeting that adopted it', confidence: 0.75 };
  // An English circular passing on a meeting's decisions to the posts it addresses (result/circular-en.ts).
  if (!titled && ev.attendees === 0 && circularEn(seg)) return { isMinutes: false, reason: 'a circular or letter passing on decisions, not minutes', confidence: 0.75 };
  // A letter greeting the members it tells of a meeting (result/letter-en.ts).
  if (!titled && ev.attendees === 0 && letterEn(seg)) return { isMinutes: false, reason: 'a letter to members about a meeting, not its minutes', confidence: 0.75 };
  // A summary or news post pointing to the meeting's full minutes kept elsewhere (result/points-to-minutes.ts).
  if (!titled && !zh && pointsToMinutes(text)) return { isMinutes: false, reason: 'a summary of a meeting pointing to its full minutes, not the minutes', confidence: 0.7 };
  // A meeting's page saying its minutes are still to come ("Check back for minutes from this meeting."), titled or not.
  if (!zh && minutesToCome(text)) return { isMinutes: false, reason: 'a meeting’s page whose minutes are still to come (its agenda or notice), not minutes', confidence: 0.7 };

  // A template: blanks to fill in (____) where names and dates would be (masked names, ×××, are not blanks).
  // Placeholders count as blanks: "yyyy-mm-dd", and labels left empty one after another ("Proxy:" / "Secretary:").
  const placeholders = countMatches(text, /\b(?:yyyy|dd)[-/.]mm[-/.](?:dd|yyyy)\b|\b(?:hh:mm)\b/i, 1000);
  const emptyLabels = emptyLabelRuns(seg);
  // A template's fields left as its engine's variables ("**主持人**: {{MeetingHost}}", "Date: {{ date }}"), not a shortcode ("{{< relref … >}}").
  const variables = countMatches(text, TEMPLATE_VARIABLE, 1000);
  // A form's rows left blank count one each ("| **会议时间** |   |", result/blank-form-rows.ts).
  // Under a placeholder date, so do a notes template's empty bullets and empty headed parts (result/empty-parts.ts):
  // notes kept in a repository leave parts empty too, their date filled in.
  const blanks = countMatches(text, /_{4,}|＿{2,}/, 1000) + countMatches(text, PLACEHOLDER, 1000) + countMatches(text, YOUR_PLACEHOLDER, 1000) * 2 + (zh ? blankPlaceholdersZh(text) : 0) + countMatches(text, BLANK_DATE_ZH, 1000) + placeholders * 3 + (emptyLabels ? 3 : 0) + variables + countMatches(text, EMPTY_CHECKBOX, 1000) + countMatches(text, INSERT_BLANK, 1000) + countMatches(text, BLANK_MOTION, 100) + countMatches(text, OUTCOME_CHOICE, 100) + blankFormRows(seg) + (placeholders ? emptyParts(seg) : 0);
  // A roll filled in, who attended and who was absent each named, is a meeting held: its blanks are names withheld
  // from the published copy ("a follow-up letter to ______"), not a form to fill (result/held-form-en.ts).
  if ((blanks >= 5 || (blanks >= 3 && /_{3,}/.test(ev.title ?? head))) && !heldFormEn(seg)) return { isMinutes: false, reason: 'a template with blanks to fill in, not minutes', confidence: 0.8 };
  // A guide's page: a template, or a collection of model texts ("(通用5篇)"); a single model text under a
  // "范文" headline is still read, as its content is a whole minutes.
  // A supplier's demonstration page names its body for the example it is ("Example Parish Council Minutes").
  const modelPage = /模板|[（(]通用\s?\d{1,2}\s?篇[）)]|\b(?:template|sample minutes|model minutes|example(?: [\w’']+){0,3} minutes)\b/i;
  // A page made from a template and filled in (names listed, outcomes recorded, nothing blank or masked) is a record.
  const filled = blanks === 0 && countMatches(text, MASKED, 1000) === 0 && ev.attendees >= 3 && ev.decisions > 0;
  if (!filled && (modelPage.test(head) || modelPage.test(ev.hint ?? '') || modelPage.test(ev.title ?? ''))) return { isMinutes: false, reason: 'a writing guide or template page, not one meeting’s minutes', confidence: 0.8 };
  // A heading that asks ("…格式吗？"); a speaker's turn asking ("主席：有沒有意見？"), a verbatim record's line, is none.
  const asksZh = (h: string) => /[吗嗎][？?]?$|[？?]$/.test(h.trim()) && !/^[^：:？?]{1,12}[：:]/.test(h.trim());
  // A guide to writing minutes: its heading names a format or asks how ("会议纪录格式…吗？"), or it
  // defines the terms a record uses (「出席者」指…, 「决议」为…); a record names people and decisions.
  if (zh && !filled) {
    // A speaker's turn asking ("主席：有沒有意見？"), a verbatim record's line, is no heading that asks.
    const guideHead =
      // A title read off a sentence ("这是…会议纪要，以后…都要在这里记录，格式为：…", a log's preface) is no heading that names a format.
      [head, ev.hint ?? '', /[，,。；]/.test(ev.title ?? '') ? '' : (ev.title ?? '')].some((h) => GUIDE_HEAD_ZH.test(h) || asksZh(h)) ||
      // A heading that asks about the record itself ("一、为何重视支委会会议记录？", "…应包含哪些要素？"): a guide's outline.
      headingLines(seg).some((h) => namesMinutes(h) && (GUIDE_HEAD_ZH.test(h) || asksZh(h)));
    const outline = seg.lines.filter((l) => PART_HEAD_ZH.test(l.text)).length >= 3;
    if (guideHead || outline || countMatches(text, TERM_DEFINED_ZH, 1000) >= 2) return { isMinutes: false, reason: 'a writing guide or template page, not one meeting’s minutes', confidence: 0.75 };
  }
  // An English guide's heading ("How to write meeting minutes", "Tips for taking minutes"), or one that asks ("What are minutes?").
  if (!zh && !filled && [head, ev.hint ?? '', ev.title ?? '', ...headingLines(seg).filter(namesMinutes)].some((h) => GUIDE_HEAD_EN.test(h) || /\bminutes\b.*\?$/i.test(h.trim()))) {
    return { isMinutes: false, reason: 'a writing guide or template page, not one meeting’s minutes', confidence: 0.75 };
  }

  // A news story about a meeting (test/pages/LABELS.md): a reporter's or an outlet's mark, or a
  // leader's speech narrated with nothing the meeting itself decided. A headline "…召开…会议" alone
  // is no mark: bodies publish their own records under one.
  const spaced = unspaced(seg);
  const marks = readRecordMarks(spaced);
  // A story's byline and editor's line are read where the page ends its lines: a line broken at a
  // label (text/runon.ts) ends where the page did not, and its closing "（…）" is no byline.
  const kept = unspaced(seg, false);
  if (kept !== spaced) marks.news = newsMark(kept);
  // "Added" as a speaker's word ("…, she added"), not a thing put on a list ("were added to the schedule").
  const saidCount = zh ? 0 : countMatches(text, /\b(?:said|says|told)\b|(?<!\b(?:was|were|be|been|is|are|being|get|got|them|it)\s+)\badded\b/, 1000);
  // A headline is a short line: a record opening with its whole first paragraph ("The regular monthly meeting … was held …") is none.
  const headlineEvent = !zh && (seg.lines[0]?.text.length ?? 0) <= 160 && /\b(?:convened|held|opens|meets)\b/i.test(seg.lines[0]?.text ?? '');
  // What the meeting decided, in any wording: votes and rulings too (a story narrates acts, "会议传达学习了…", as well).
  // "认真执行会议议定事项" names what a meeting agreed as a thing to carry out, and states no outcome.
  // People elected to an office are an outcome too (result/reached-outcomes.ts).
  const decided = (zh ? OUTCOME_ZH.test(text.replace(AGREED_ITEMS_ZH, '')) || MEMBERS_DECIDED_ZH.test(text) || outcomeByVote(spaced) || elected(spaced) : marks.acts > 0) || strongMethod(ev.decisionMethod);
  if (!titled && marks.news) return { isMinutes: false, reason: `a news report about a meeting, not its minutes (${marks.news})`, confidence: 0.85 };
  // Under a headline that names minutes or notes too ("Colleton County Council Meeting Notes" / "By Andy Ann"): a reporter's byline alone on its line.
  if (titled && bylineAloneEn(kept)) return { isMinutes: false, reason: 'a news report about a meeting, not its minutes (a reporter’s byline under the headline)', confidence: 0.8 };
  // A record kept (a recorder named, its header form filled in, the words spoken set down) narrates speeches too.
  // So does one whose meeting lists what it did item by item ("会议讨论研究了下列事项：一是…"), a leader's words beside them (result/meeting-items.ts).
  // A leader who "出席会议并讲话" under a meeting that only states views (会议指出 / 会议强调), no act of its own, is a speech narrated too.
  // The opening's own clause ("召开…会议，传达学习…，研究贯彻落实意见") is the one act a story tells too, where
  // no headline names the meeting held as the body's own record ("市住建局召开局长办公会议", result/record.ts).
  const spokeOnly = zh && ((marks.acts === 0 && ATTENDED_AND_SPOKE_ZH.test(text)) || (marks.acts <= 1 && !recordHeadline(seg) && (ATTENDED_AND_SPOKE_ZH.test(text) || PRESIDED_AND_SPOKE_ZH.test(text))));
  if (!titled && zh && (marks.speech > 0 || spokeOnly) && !decided && !SUMMARY_INTRO.test(text) && !keptRecord(spaced, readSignals(spaced)) && !meetingItems(spaced)) {
    return { isMinutes: false, reason: 'a news report about a meeting (a speech narrated, nothing decided), not its minutes', confidence: 0.75 };
  }
  // "Said" is a story's word and a record's too ("Cr Smith said …"): a record of who attended is no story.
  // So is a record's own line: action items assigned by name, the meeting closed at its time.
  const rollKept = /\b(?:present|apologies|attendees|in attendance)\s*:/i.test(text) || marks.roll || marks.actionLines >= 2 || marks.closed;
  const reported = !zh && saidCount >= 3 && !rollKept && !strongMethod(ev.decisionMethod);
  // A record's header says "held" too ("Meeting held on 4 March 2021"): with who attended, it is the record.
  if (!titled && (reported || (headlineEvent && saidCount >= 2 && !rollKept))) {
    return { isMinutes: false, reason: 'a news report about a meeting, not its minutes', confidence: 0.85 };
  }
  // How the meeting went, told for readers ("a full house", "kicked off", "last night"), with none of the
  // record's apparatus: read on the page's own lines, where its bullets still stand (result/news-account-en.ts).
  if (!titled && !strongMethod(ev.decisionMethod) && ev.attendees === 0 && !rollKept && newsAccountEn(seg)) {
    return { isMinutes: false, reason: 'an account of a meeting for readers (how it went), not its minutes', confidence: 0.75 };
  }

  // A meeting told the morning after ("Last night, 105 Councilors made the following key decisions"), with no roll
  // of who attended: a story or a post, whatever list of outcomes follows (result/told-next-day-en.ts).
  if (!titled && ev.attendees === 0 && !rollKept && toldNextDayEn(seg)) {
    return { isMinutes: false, reason: 'an account of a meeting told the day after (“last night”, “yesterday”), not its minutes', confidence: 0.7 };
  }

  // A summary of a hearing in reported speech ("The Department said that …", "… told the Committee"),
  // with nothing recorded: no outcome stated, no one listed as attending. A minutes title outweighs
  // it; a summary's heading ("Meeting Summary") does not.
  if (!zh && !/\bminutes\b/i.test(ev.title ?? '') && countMatches(text, REPORTED_EN, 100) >= 2 && marks.acts === 0 && ev.decisions === 0 && ev.attendees === 0 && !rollKept) {
    const sig = readSignals(spaced);
    if (sig.outcomes === 0 && sig.attendance === 0) return { isMinutes: false, reason: 'a summary of a hearing in reported speech (what was said, nothing recorded), not its minutes', confidence: 0.75 };
  }

  // A hearing's transcript: speakers' turns under their names in capitals, nothing decided (result/hearing-transcript.ts).
  if (!zh && ev.decisions === 0 && hearingTranscript(seg)) return { isMinutes: false, reason: 'a hearing’s transcript (who said what), not minutes', confidence: 0.8 };

  // A page about minutes in general ("Minutes are a brief but accurate record …", "the minutes should be …"): a guide, whatever its headings.
  if (!zh && countMatches(text, MINUTES_IN_GENERAL_EN, 10) >= 2) return { isMinutes: false, reason: 'a guide to minutes (what minutes are and should say), not one meeting’s minutes', confidence: 0.8 };

  // The same in Chinese: 纪要 spoken of as a kind of document ("会议纪要是一种…", "纪要的写法", "纪要一般…").
  if (zh && (countMatches(text, MINUTES_GENRE_ZH, 10) >= 1 || countMatches(text, MINUTES_IN_GENERAL_ZH, 10) >= 2)) return { isMinutes: false, reason: 'a guide to writing 纪要 (what minutes are and should say), not one meeting’s minutes', confidence: 0.8 };

  // An account that says it is not the record ("my informal recollection of the meeting. It's not an official record"):
  // someone's notes or a blog post about the meeting, whatever it tells of it. Draft minutes "unofficial until approved" are the record.
  if (!zh && FOLLOW_UP_TITLE_EN.test(ev.title ?? '')) return { isMinutes: false, reason: 'a report on what was done after a meeting, not its minutes', confidence: 0.75 };
  // One member's account in the first person ("I’ll add a brief overview …"), nothing marking it the record (result/first-person-account.ts).
  if (!zh && !titled && ev.attendees === 0 && !ev.presider && !strongMethod(ev.decisionMethod) && firstPersonAccount(seg)) return { isMinutes: false, reason: 'one person’s account of a meeting (told as “I”), not its minutes', confidence: 0.7 };
  // A page headed as a report ("Secretary's report 2016", "School Council Report"): an account, not the record (result/report-heading.ts).
  if (!zh && !titled && !strongMethod(ev.decisionMethod) && reportHeading(seg)) return { isMinutes: false, reason: 'a report (an officer’s or a newsletter’s account), not minutes', confidence: 0.7 };
  if (!zh && NOT_THE_RECORD_EN.test(text.slice(0, 3000))) return { isMinutes: false, reason: 'an account of a meeting that says it is not the official record, not its minutes', confidence: 0.75 };

  // The agenda printed in front of the minutes of the same meeting, their heading dated as the page opens.
  const afterAgenda = !titled && !zh ? minutesAfterAgenda(seg) : null;
  // An agenda: items to be taken ("To receive…", "To agree…"), no outcomes recorded.
  const itemLines = seg.lines.filter((l) => l.num);
  // An item given its time ("Report from the Provost with Q & A. 5 minutes.") is one still to be taken, as is one opening "To …".
  const toItems = itemLines.filter((l) => /^(?:to\s+[a-z]+|审议|讨论|研究)/i.test(l.text.slice(l.num!.restAt)) || ITEM_TIMED.test(l.text));
  // Read on the heading lines only, and only their start: a page run together as one line carries its whole text there.
  // The page's own lines: a site's menu and breadcrumb above them push its heading down.
  // An item about the agenda ("Approval of Agenda", "Adoption of the Agenda") is taken in a record as in an agenda: it names no page.
  const agendaWord = /\bagenda\b|business to be transacted|议程|議程/i.test(ownLines(seg).slice(0, 3).map((l) => l.text.replace(AGENDA_ITEM, '')).join('\n').slice(0, 240));
  // A heading naming the meeting's agenda below a portal's event lines ("Library Board Meeting" / date / "Location: …" /
  // "… Board of Trustees Regular Meeting Agenda"): the page's own name, lower down. Not a notes page's section ("## Agenda", "Draft Agenda").
  const agendaHeading = !zh && ownLines(seg).slice(3, 8).some((l) => l.text.length <= 100 && !l.num && /\b(?:meeting|session)\s+agenda\s*$/i.test(l.text.trim()));
  // Staff's recommendations printed under the items ("Recommended Action: Approve minutes.", "SAMPLE MOTION: I make a motion …"): the board has yet to act on them.
  const recommendations = !zh && (countMatches(text, RECOMMENDED_ACTION, 10) >= 2 || countMatches(text, SAMPLE_MOTION, 10) >= 2);
  // Items tagged with their papers ("… Enclosure", "… Verbal": result/paper-tagged-items.ts) are an agenda's too.
  if (!strongMethod(ev.decisionMethod) && (agendaWord || agendaHeading || recommendations || (itemLines.length >= 3 && toItems.length * 3 >= itemLines.length * 2) || paperTaggedItems(seg)) && !titled) {
    // An English page headed "Agenda" that records who attended and what was agreed is the meeting's record.
    // So is one whose opening records the meeting held and whose text states outcomes in the record's voice.
    // A recorder named ("紀錄：楊某") marks the record kept: an agenda has none, and a record's header lists "会议议程" too.
    // So does an English roll filled in, absentees or note-taker named (result/held-form-en.ts), and a chat
    // meeting's bot-written minutes below the agenda (result/meeting-bot.ts).
    const recorded = (marks.held && marks.acts > 0) || !!afterAgenda || meetingBotMinutes(text) || recordAfterAgenda(seg) || verbatim(spaced) || (marks.acts > 0 && (marks.roll || ev.attendees > 0 || ev.presider)) || (zh && (outcomeByVote(spaced) || readSignals(spaced).recorder)) || heldFormEn(spaced)
      // So does a roll taken over a meeting closed at its time ("Present: Cllr Startin (Chair), …" … "the meeting closed at 7.45"), nothing voted:
      // the roll as an attendance label (result/signals.ts), since prose saying who was present is a story's too.
      || (!zh && marks.closed && readSignals(spaced).attendance > 0 && (ev.attendees > 0 || ev.presider));
    // An English agenda prints "Roll call" and "Motion to approve …" as items: outcomes recorded in the past tense make it a record.
    const pastOutcomes = zh || marks.acts > 0 || readSignals(spaced).outcomes > 0;
    if (!recorded && (ev.decisions === 0 || (!zh && (ev.attendees === 0 || !pastOutcomes)))) return { isMinutes: false, reason: 'an agenda without outcomes, not minutes', confidence: 0.8 };
  }

  // A page about agendas and minutes (an index or notice page) rather than one record.
  // A site's section named so ("Agendas & Minutes", "Minutes and Agendas") lists records, whatever its notes say the council has done.
  // A portal's page for one meeting, "Agenda and minutes" over its dated name, is that meeting's record (result/one-meeting-page.ts).
  if (titled && /\bagendas?\b|议程|議程/i.test(ev.title ?? '') && (ev.decisions === 0 || SECTION_TITLE_EN.test((ev.title ?? '').trim())) && !oneMeetingPage(seg, ev.title)) {
    return { isMinutes: false, reason: 'a page of agendas and minutes, not one record', confidence: 0.7 };
  }

  // A look-alike's own mark (a meeting announced, an agenda, a statute, a form, a blog's account),
  // where no minutes title or section marks the page as a record.
  const lookAlike = !titled && !SUMMARY_INTRO.test(text) && !strongMethod(ev.decisionMethod) ? lookAlikeMark(spaced, marks, readSignals(spaced)) : null;
  if (lookAlike) return { isMinutes: false, reason: lookAlike, confidence: 0.7 };
  // A meeting announced to come on a page that records none held (result/announced-meeting-en.ts),
  // even where the motions and elections it will take read as a decisions section.
  if (!titled && announcedMeetingEn(spaced, marks, readSignals(spaced), ev.attendees)) return { isMinutes: false, reason: TO_BE_HELD, confidence: 0.7 };
  // An agenda describing its items by what will be done at them, its "ACTION ITEMS" read as a decisions section (result/items-to-come-en.ts).
  if (!titled && !zh && recordsNothing(marks, readSignals(spaced), ev.attendees) && itemsToComeEn(spaced)) return { isMinutes: false, reason: 'an agenda without outcomes, not minutes', confidence: 0.7 };
  // Its closing time still to come, nothing done, no one named present (an agenda's "Roll Call" item is no roll taken).
  if (!titled && !zh && marks.acts === 0 && !marks.closed && marks.actionLines === 0 && ev.attendees === 0 && adjournsToComeEn(spaced)) return { isMinutes: false, reason: 'an agenda without outcomes, not minutes', confidence: 0.7 };
  // The same in Chinese, the resolution to be put ("决议案内容如下：") read as a decisions section (result/announced-meeting-zh.ts).
  if (!titled && announcedMeetingZh(spaced, marks, readSignals(spaced), ev)) return { isMinutes: false, reason: TO_BE_HELD, confidence: 0.7 };

  // Headings alone, nothing recorded under them: an agenda's outline (result/heading-outline.ts).
  if (!zh && !titled && ev.decisions === 0 && ev.attendees === 0 && !ev.presider && headingOutline(seg)) return { isMinutes: false, reason: 'an agenda without outcomes, not minutes', confidence: 0.7 };

  // Positive evidence.
  let score = 0;
  if (titled) score += 3;
  if (SUMMARY_INTRO.test(text)) score += 3;
  // A decisions section that holds nothing (a template's empty "## 待办" / "- [ ]") is no mark of a record.
  if (strongMethod(ev.decisionMethod) && ev.decisions > 0) score += 2;
  if (ev.decisionMethod === 'topics') score += 2;
  if (zh && OUTCOME_ZH.test(text)) score += 1;
  if (ev.decisions > 0) score += 1;
  // Several recorded outcomes ("It was agreed …", "Action: … to …") read as minutes even untitled.
  if (!zh && ev.decisions >= 2 && ev.decisionMethod !== 'none') score += 1;
  if (ev.attendees > 0) score += 1;
  if (ev.presider) score += 1;
  if (ev.recipients > 0) score += 1;
  // An English record headed by the meeting and its date, over a list of who attended.
  if (!zh && ev.namedMeeting && ev.attendees > 0) score += 2;
  if (!zh && /\b(?:apologies\b|present:|meeting (?:closed|opened)\b|seconded by\b|proposed by\b|it was (?:agreed|resolved)\b|roll call\b|action items?\b|actions?:|motions?\b)/i.test(text)) score += 1;
  // Marks read from the text itself, where the fields could not be placed (a PDF's text run
  // together, a members' table read as one line): a minutes mark at the top, with who attended or
  // presided, and a dated header or recorded outcomes. All three together, never one alone.
  const sig = readSignals(spaced);
  const fromText = sig.headMark && (zh
    ? sig.recordLabels > 0 && (sig.presider || sig.meetingHeader)
    : (sig.attendance > 0 || sig.presider) && (sig.meetingHeader || sig.outcomes >= 2));
  // An outcome recorded in the past tense ("Action: Mike to …", "carried") under a dated meeting header is a record too, where the fields missed it
  // (a sentence wrapped over lines); a form's "Motion (Carried/Failed) __" records nothing.
  const structure = ev.decisions > 0 || ev.attendees > 0 || ev.presider || ev.recipients > 0 || SUMMARY_INTRO.test(text) || (sig.meetingHeader && sig.outcomes > 0 && !/_{2,}/.test(text)) || (titled && datedTitleRecord(ev.title, itemLines.length - toItems.length))
    // Notes under a minutes title whose outcomes or owned tasks the fields missed (result/titled-notes.ts).
    || (titled && titledNotes(seg))
    // …or whose particulars are filled in over the items recorded (result/particulars-notes.ts).
    || (titled && particularsNotes(seg))
    // …or whose meeting the text opens and closes at their times ("The retreat was called to order at 5:00 p.m." … "adjourned at 6:42 p.m."), nothing voted.
    || (titled && !zh && marks.held && marks.closed);
  // A minutes title alone, over a page that records nothing, is a page about minutes.
  if ((score >= 3 && (structure || score >= 5)) || fromText) {
    const confidence = Math.min(1, 0.5 + score / 12);
    // One decision block over a page naming no one is a reading to check: a story's wrapped sentence ("and resolved that …") reads as one.
    // Two decisions alone, on a page naming no meeting or presider (a fragment, a model text cut), are a reading to check too.
    const blocks = strongMethod(ev.decisionMethod) && (ev.attendees > 0 || ev.presider || (ev.decisions >= 2 && (!!ev.dated || sig.meetingHeader || sig.presider || marks.held)));
    const marked = titled || fromText || SUMMARY_INTRO.test(text) || blocks;
    return { isMinutes: true, confidence, sure: marked ? Math.max(0.95, confidence) : Math.min(confidence, 0.85) };
  }
  // A meeting's own record without a minutes title (test/pages/LABELS.md): the meeting held or
  // presided, and what it did stated in its own voice. Read as minutes, at a confidence that puts
  // the verdict on the clerk's list to check.
  const record = zh
    ? (marks.held && (marks.acts >= 1 || ev.decisions > 0 || consensusItems(spaced))) || (sig.meetingHeader && sig.presider && (marks.opened || (sig.recordLabels > 0 && sig.outcomes > 0)))
    : ((marks.held || sig.meetingHeader || ev.namedMeeting) && marks.acts >= 1 && (marks.roll || ev.attendees > 0 || ev.presider || sig.presider || sig.attendance > 0)) ||
      (marks.titleLine && marks.roll && (ev.attendees > 0 || sig.attendance > 0));
  if (record || (afterAgenda && (marks.roll || sig.attendance > 0))) {
    const confidence = Math.min(0.75, 0.55 + score / 40);
    return { isMinutes: true, confidence, sure: confidence };
  }
  // A record under a headline of its own (会议记录, 議事錄, "Proceedings", or none): a dated meeting,
  // who attended or presided, and what it decided. Taken unless a look-alike's own mark is there,
  // at a confidence that puts the verdict on the clerk's list.
  const st = readStructure(spaced, ev, sig, marks);
  // A recorder named over a dated meeting and who attended stands for outcomes: the record kept, whether it states decisions or what was said.
  // A recorder named over a dated meeting and what it settled stands for who attended (result/recorded-notes.ts).
  if ((st.meeting && st.people && (st.outcomes || st.recorded)) || recordedNotes(st, sig)) {
    // Read by its structure alone, a page is checked for a look-alike's mark even under a minutes title.
    const mark = lookAlikeMark(spaced, marks, sig);
    if (mark) return { isMinutes: false, reason: mark, confidence: 0.7 };
    return { isMinutes: true, confidence: 0.6, sure: 0.6 };
  }
  // A meeting's resolutions published, cut short or its header lost (result/resolution.ts).
  if (resolutionRecord(spaced) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.6, sure: 0.6 };
  // A short record read without its opening: its acts in its own voice, who attended named (result/short-record.ts).
  if (shortRecord(spaced, marks) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  // A body's own summary of its meeting, its outcomes stated item by item (result/meeting-summary.ts).
  // Its outcomes are acts stated: an event it announces ("will be held on …") is one of its items, not the page's meeting.
  const summarized = meetingSummary(spaced);
  if (summarized > 0 && !lookAlikeMark(spaced, { ...marks, acts: marks.acts + summarized }, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  // A project's, club's or team's notes under a dated heading naming the meeting (result/meeting-notes.ts).
  if (meetingNotes(spaced, ev) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  // A chat meeting's minutes as its bot wrote them (result/meeting-bot.ts).
  if (meetingBotMinutes(text) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  // A dated meeting's record naming who was present and who sent apologies (result/present-and-apologies.ts).
  if (!zh && presentAndApologies(text, ev) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  // A stand-up's record: a dated meeting, each member's next tasks in a table (fields/plan-table.ts); a weekly
  // report's table of plans names no meeting held.
  if (ev.decisionMethod === 'plan-table' && st.meeting && STAND_UP.test(text.slice(0, 600)) && !lookAlikeMark(spaced, marks, sig)) return { isMinutes: true, confidence: 0.55, sure: 0.55 };
  return {
    isMinutes: false,
    reason: score === 0 ? 'no marks of minutes (no minutes title, decisions, attendance or presider)' : 'too few marks of minutes to be sure',
    confidence: 0.6,
  };
}
