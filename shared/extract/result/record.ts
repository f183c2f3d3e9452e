/**
 * A meeting's own record against a news story about it (test/pages/LABELS.md), read from the text:
 * the record says who met or presided and states what the meeting decided, reviewed or studied in
 * its own voice; the story carries a reporter's or an outlet's mark, or narrates a leader's speech
 * with nothing decided. The words are the lexicons'; the patterns are built here.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { alt, escapeWord } from '../lexicon/build';
import { ZH_NEWS, ZH_OPENED, ZH_RECORD, ZH_SPEECH, ZH_TIMED_CLOSE } from '../lexicon/zh';
import { linesFromText, splitRunOn } from '../linearize/lines';
import { segment } from '../segment/segment';
import { TITLE_MARK_EN, TITLE_MARK_ZH } from '../segment/markers';
import { isSpacedCjk, unspaceCjk } from '../text/unspace';
import { breakRunOnZh } from '../text/runon';
import { unbullet } from '../text/markup';
import { plainMarkdown } from '../text/plain';
import { EN_NEWS, EN_OUTCOME_CELLS, EN_RECORD, EN_TIMED_CLOSE } from '../lexicon/en';
import { findDates } from '../fields/dates';
import { countMatches } from '../text/count';
import type { Hit } from '../fields/header';
import { itemAside } from './byline-aside';
import { creditFormZh } from './credit-forms-zh';

/** A word as printed with a space between its characters ("编 辑", "责 编"). */
const spaced = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => [...w].map(escapeWord).join('\\s?')).join('|')})`;

// A two-character name padded to the width of three ("劉 暢", "王　琦"), as credit lines print it.
const NAME = '(?:[\\u4e00-\\u9fff·]{2,4}|[\\u4e00-\\u9fff][ \\u3000]{1,2}[\\u4e00-\\u9fff](?![\\u4e00-\\u9fff]))';
const NAMES = `${NAME}(?:[\\s、，,]{1,2}${NAME}){0,4}`;

/** "（记者 赵某 张某）", "【全媒体记者 吴某】", "记者 王某 报道" at a line's start. */
const REPORTER_ZH = new RegExp(`(?:(?:^|[：:])\\s*|[【［\\[（(〔]\\s*(?:[\\u4e00-\\u9fff]{1,6}?)?)${spaced(ZH_NEWS.reporter)}\\s*[：:]?\\s*${NAME}`);
/** "…确保会议安全有序进行。(记 者:吴某 张某 见习记者 汪某)": a reporters' byline closing the last paragraph, however long the line it ends. */
const REPORTER_CLOSE_ZH = new RegExp(`[（(]\\s*(?:[\\u4e00-\\u9fff]{1,6}?)?${spaced(ZH_NEWS.reporter)}\\s*[：:]?\\s*${NAME}[^（）()\\n]{0,40}[）)]\\s*$`);
/** "本报讯", "文成新闻网讯（记者…）", "市政署讯：": an outlet's dateline at a line's start (a column's name in a breadcrumb, "新闻资讯 > 集团要闻", is none). */
// Not a company's name ending so (腾讯, Tencent, beside a member's name: "田忠-腾讯(…)").
const DATELINE_ZH = new RegExp(`^[【［\\[（(〔]?[^，。,]{0,16}?(?:${alt(ZH_NEWS.dateline)}|(?<![资資通会會腾騰])讯(?=[\\s（(：:】\\]])(?!\\s*[>›»＞])|\\d{1,2}日电(?![话视脑力网站费器子动]))`);
/** A story's credit for its words and pictures: "(图/文 朱某)", "（文/图：张某）", "图文/李某", "文/王某 图/赵某". */
const CREDIT_ZH = new RegExp(`(?:^|[（(\\s])(?:图\\s?[/／]\\s?文|文\\s?[/／]\\s?图|图文\\s?[/／]|文\\s?[/／](?=\\s?${NAME}\\s{1,3}图\\s?[/／]))\\s?[：:]?\\s?${NAME}`);
/** "责任编辑：王某" on a line of the page's own, among its other particulars. */
const EDITOR_ZH = new RegExp(`(?:^|[\\s（(|｜])${spaced(ZH_NEWS.editor)}\\s*[：:]\\s*${NAME}(?=[\\s）)|｜]|$)`);
/** "【时政新闻】", "【本报消息】" opening a line (the page's 【字体：大中小】 is furniture, not a tag). */
const TAG_ZH = new RegExp(`^[【［][^】］]{0,10}${alt(ZH_NEWS.tag)}[^】］]{0,10}[】］]`);
/** "编辑：赖某 审核：黄某", "（编辑 一晨）", "编 辑: 余某": an editor's or reviewer's line, short. */
const STAFF2 = spaced(ZH_NEWS.staff.filter((w) => w.length >= 2));
const STAFF_ZH = new RegExp(`(?:^|[（(\\s])${spaced(ZH_NEWS.staff)}\\s*[：:]\\s*${NAME}(?=[\\s）)]|$)|[（(]\\s*${STAFF2}\\s+${NAME}\\s*[）)]`);
/** Two staff labels on one line, or one that is the whole line. */
// …or a line that is only the label and its names, set off by a space or a slash ("图文 尹某", "编 辑 杨某", "排版 / 夏某 张某").
const STAFF_LINE_ZH = new RegExp(`^(?:[（(]\\s*${STAFF2}\\s*[：:]?\\s*${NAME}\\s*[）)]|${STAFF2}\\s*[：:]\\s*${NAME}|${STAFF2}(?:\\s+|\\s*[/／]\\s*)${NAME}(?:\\s+${NAME}){0,2})$`);
/** "来源：兴县新闻网", "来源:县广电总台": an outlet named as the source. */
const OUTLET_ZH = new RegExp(`来\\s?源\\s*[：:]\\s*[^\\s，。,]{0,14}?${alt(ZH_NEWS.outlet)}`);
/**
 * "（李某、刘某 报道）", "(园艺学院 赵某)", "（全正）": a byline closing the story; not an office crediting itself ("（重点办供稿）"),
 * nor its own staff supplying the record ("（区人大办  赵某某  供稿）").
 */
const BYLINE_ZH = new RegExp(`[（(](?!${alt(ZH_NEWS.notByline)}[）)])(?!\\s*(?:[\\u4e00-\\u9fff]{1,8}?${alt(ZH_NEWS.ownOffice)}[、，,\\s]*)+(?:${alt(ZH_NEWS.reported)})?[）)]$)(?!第.{1,3}批)(?!\\s*[\\u4e00-\\u9fff]{1,8}?${alt(ZH_NEWS.ownOffice)}[ \\t\\u3000]{1,3}${NAMES}[ \\t\\u3000]*供稿[）)]$)\\s*(?:${alt(ZH_NEWS.reporter)}\\s*)?(?:[\\u4e00-\\u9fff]{2,8}[ \\t\\u3000]{1,3})?${NAMES}\\s*(?:${alt(ZH_NEWS.reported)})?\\s*[）)]$`);
/** "（天马街道狮山社区钟晓燕供稿）": a writer named after the unit she writes for, her copy credited; not the office's own ("（重点办供稿）"). */
const UNIT_WRITER_ZH = new RegExp(`[（(][\\u4e00-\\u9fff]{2,16}?(?:社区|街道|学院|学校|中心|公司|集团|村|镇|乡|局|所|站|院)(?![\\u4e00-\\u9fff]{0,2}${alt(ZH_NEWS.ownOffice)}(?:${alt(ZH_NEWS.reported)}))[\\u4e00-\\u9fff]{2,3}(?:${alt(ZH_NEWS.reported)})[）)]$`);
/** "板营坊会昨举行…": a meeting dated from the day of printing. */
const YESTERDAY_ZH = new RegExp(`${alt(ZH_NEWS.yesterday)}(?:上午|下午|晚上)?(?:在[^，。]{0,16})?(?:举行|召开|举办|开幕|闭幕)`);

/** Someone (not the meeting) speaking at a paragraph's start: "许军强调，…", "就…方面，傅某指出". */
const SPEECH_ZH = new RegExp(`(?:^|[，,。；;])([\\u4e00-\\u9fff]{2,12}?)(?:在(?:会上|讲话中|讲话时|会议上)|最后|同时|还|并)?${alt(ZH_SPEECH)}(?:[，,：:]|了|要|，)`);
/** A speaker named by a pronoun ("他强调，…", "她指出"): a third person's account, never a record's own voice. */
const PRONOUN_SPEECH_ZH = new RegExp(`(?:^|[。；;！!])\\s*[他她](?:在(?:会上|讲话中|讲话时|会议上))?(?:还|并|同时|最后|也)?${alt(ZH_SPEECH)}(?:[，,：:]|了|要)`, 'gm');
const MEETING_VOICE = new RegExp(`^${alt(ZH_RECORD.voices)}(?:${alt(ZH_RECORD.adverbs)})?$|(?:会议|会上)$`);

/** A sentence in the record's voice: it opens with the meeting, or is the opening's own ("…主持召开…会议，传达学习…"). */
const MEETING_SUBJECT_ZH = new RegExp(`^(?:${alt(ZH_RECORD.adverbs)})?(?:会议|会上|本次会议)`);
/** An act done, not one to come: "审议通过了", "研究了", "听取了…汇报", "审议《…》". */
const ACT_DONE_ZH = new RegExp(`${alt(ZH_RECORD.acts)}(?:了|《|“|"|关于|通过|并)`);
/** An act in a clause after the opening's meeting: "…会议，研究部署…", "…会议，传达学习…". */
const ACT_AFTER_HELD_ZH = new RegExp(`${alt(ZH_RECORD.meeting)}[，,]\\s*(?:${alt(ZH_RECORD.adverbs)})?${alt(ZH_RECORD.acts)}`);
/** A meeting still to be held: "会议将审议", "拟于…召开". */
const TO_COME_ZH = new RegExp(alt(ZH_RECORD.toCome));
/** "9月23日下午，X主持召开…会议", "学院召开2021年第18次党政联席会": a dated meeting held, at the record's start. */
const HELD_ZH = new RegExp(`${alt(ZH_RECORD.held)}[^。；\\n]{0,40}?${alt(ZH_RECORD.meeting)}|会议由[^，。]{1,30}主持`);

const OPENED_ZH = new RegExp(alt(ZH_OPENED));
/** A column's record dated by its day alone, the month standing in the column's name: "3日下午，市长某某主持召开…". */
// …or not dated at all, "lately" ("日前，校工会…组织召开了…联席会议"), as a body's own site reports its meeting.
const DAY_ONLY_ZH = /(?:^|\n)[\s|｜]*(?:(?:本月)?\d{1,2}日(?:上午|下午|晚上|晚)?|日前|近日)[，,]/;

// Not the body's own minute-taker ("Patricia O. Sullivan Board Reporter", "Court Reporter").
const REPORTER_EN = new RegExp(`(?<!\\b(?:board|court|official|recording|committee|council|commission|shorthand)\\s)\\b${alt(EN_NEWS.reporter)}\\b`, 'i');
/** A sentence listing who was present, to its end: a period after a word, not an abbreviation's ("Dr.", "Jr."). */
const ROLL_SENTENCE_EN = /\b(?:present|in attendance)\b[^\n]*?(?:(?<=[a-z]{3})\.(?=\s|$)|$)/gim;
const WIRE_EN = new RegExp(`\\((?:${EN_NEWS.wire.join('|')})\\)\\s*[-–—]`);
const SOURCE_EN = new RegExp(`\\b${alt(EN_NEWS.source)}\\b|\\bsource\\s*:\\s*(?:the\\s+)?(?:[A-Z][\\w'’]+\\s+){0,3}${alt(EN_NEWS.outlet)}\\b`, 'i');
// A reporter named in full, given name and surname: a single word is a site's account or a post ("By admin", "By Generalsekreterare").
const BYLINE_NAME_EN = String.raw`[A-Z][a-z]+(?: [A-Z][a-z.]+){1,3}`;
const BYLINE_EN = new RegExp(String.raw`^[Bb]y (?![Ll]aws?\b)${BYLINE_NAME_EN}(?:,|$)`, 'm');
/** The same byline alone on its line, nothing after the name: a reporter's credit, not a recorder's ("By Jane Smith, Secretary") nor the way a meeting was held ("By Video Conference"). */
const BYLINE_ALONE_EN = new RegExp(String.raw`^[Bb]y (?!(?:[Vv]ideo|[Zz]oom|[Tt]ele\w*|[Pp]hone|[Cc]onference|[Ll]aws?)\b)${BYLINE_NAME_EN}$`);

/** A reporter's byline alone on one of the page's first lines: a story under its headline, whatever the headline calls it ("… Meeting Notes"). */
export const bylineAloneEn = (seg: Segmented): boolean => seg.lang !== 'zh' && seg.lines.slice(0, 12).some((l) => BYLINE_ALONE_EN.test(l.text.trim()));

/**
 * A news story's dateline: the place in capitals, a colon or a dash, then the story ("HYDERABAD: The 115th Syndicate
 * meeting …", "UNIVERSITY PARK, Pa. -- In a conference phone call today …", the state abbreviated as an agency prints it),
 * the day after it ("SEMENYIH, 6 December: The 36th student council ordinary meeting …").
 * A record's own section words in capitals ("MINUTES: The minutes of …", "NOTE: The …", "TIME AND PLACE: The …") are none.
 */
const DATELINE_EN = /^([A-Z]{3,}(?:[ -][A-Z]{3,}){0,2})(?:,\s[A-Z][a-z]+\.?(?:\s?[A-Z][a-z]*\.?)?)?(?:,\s(?:\d{1,2}\s[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s\d{1,2})(?:,?\s\d{4})?)?\s?(?:[:—–]|--)\s+(?:The|A|An|In|On|At|After|During|Following)\s/;
const SECTION_WORDS_EN = /^(?:MINUTES|NOTES?|PRESENT|ATTENDANCE|ATTENDEES|APOLOGIES|ABSENT|RESOLVED|RESOLUTION|AGREED|DECISIONS?|ACTIONS?|ITEMS?|BACKGROUND|PURPOSE|SUMMARY|DISCUSSION|UPDATES?|REPORTS?|MOTIONS?|NOTED|CARRIED|OUTCOMES?|RECOMMENDATIONS?|COMMENTS?|QUESTIONS?|RESPONSES?|ANSWERS?|CORRESPONDENCE|FINANCE|TREASURER|SECRETARY|CHAIR|CHAIRMAN|PRESIDENT|MAYOR|CLERK|AGENDA|WELCOME|OPENING|CLOSING|ADJOURNMENT|ADJOURNED|CALL TO ORDER|ROLL CALL|OLD BUSINESS|NEW BUSINESS|OTHER BUSINESS|GENERAL BUSINESS|PUBLIC COMMENTS?|CONSENT AGENDA|INVOCATION|PRAYER|WHEREAS|NOW THEREFORE|PROPOSAL|ISSUE|BUDGET|PLANNING|DATE|TIME|VENUE|PLACE|LOCATION|NEXT MEETING|MEETING|AGM|EGM|BOARD|COUNCIL|COMMITTEE)$/;
const datelineEn = (text: string): boolean => {
  const m = DATELINE_EN.exec(text);
  // Section words joined ("TIME AND PLACE: The Board … met on …") are a record's label too.
  return !!m && !m[1].split(/\s+AND\s+/).every((w) => SECTION_WORDS_EN.test(w)) && text.length > 80;
};

const RECORD_OPENING_EN = new RegExp(`\\b${alt(EN_RECORD.meeting)}\\b[^.\\n]{0,80}?\\b${alt(EN_RECORD.held)}\\b`, 'i');
const RECORD_OUTCOME_EN = new RegExp(`\\b${alt(EN_RECORD.outcomes)}\\b`, 'gi');
/** Who attended, told in prose too: "The Prime Minister and all other ministers were present." */
const ROLL_EN = new RegExp(`(?:^|\\n)\\s*${alt(EN_RECORD.roll)}\\b|\\b(?:roll call|asked to be excused|(?:was|were) attended by|(?:was|were) (?:also )?present|(?:apologies|regrets) (?:for absence )?(?:had been|have been|were|was) received)\\b`, 'i');
/** "2. Minutes of last meeting | Accepted as a true record | Approved": an outcome column's cell at a row's end, after a separator. */
const OUTCOME_CELL_EN = new RegExp(`(?:[|\\t–—]|\\s-|\\s{2,})\\s*${alt(EN_OUTCOME_CELLS)}\\.?\\s*$`, 'gim');

/** A minutes heading on a line of its own ("City Council Minutes"), wherever a PDF's text layer put it. */
const TITLE_LINE_EN = /^(?:[A-Z][\w.&'’-]*\s+){1,6}Minutes$/;

/** A clock time: "9pm", "8:42 p.m.", "2.15pm", "1930 hrs". */
const CLOCK_EN = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?|hrs?\b|hours\b)?|\d{1,2}\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b)|\d{4}\s*(?:hrs?|hours)\b)`;
/** "Meeting closed 9pm", "The meeting was adjourned at 8:42 p.m.", "the Chair closed the meeting at 9.15pm", "Adjourned: 9:05". */
const TIMED_CLOSE_EN = new RegExp(
  [
    String.raw`\b(?:meeting|session)\b[^.\n]{0,40}?(?<!\b(?:will|to|shall|be|must|would|should|may)\s)\b${alt(EN_TIMED_CLOSE)}\b[^.\n\d]{0,16}?${CLOCK_EN}`,
    String.raw`\b(?:closed|adjourned|called) the meeting (?:to order )?(?:at )?${CLOCK_EN}`,
    String.raw`^\s*(?:meeting\s+)?(?:closed|adjourned|adjournment|close of meeting)\s*[:\-–]?\s*(?:at\s+)?${CLOCK_EN}`,
  ].join('|'),
  'im',
);
const CLOCK_ZH = '(?:上午|下午|中午|晚上|晚|凌晨)?\\s*(?:[\\d一二三四五六七八九十]{1,3}\\s*[时時点點](?:\\s*[\\d一二三四五六七八九十]{1,3}\\s*分)?|\\d{1,2}\\s*[:：]\\s*\\d{2})';
/** "下午5时散会", "会议于11时30分结束", "散會：十二時": a held meeting's close with its time. */
const TIMED_CLOSE_ZH = new RegExp(
  `(?:于|於)\\s*${CLOCK_ZH}\\s*(?:许|許|左右)?\\s*${alt(ZH_TIMED_CLOSE)}|(?:上午|下午|中午|晚上|晚|凌晨)?\\s*[\\d一二三四五六七八九十]{1,3}\\s*[时時点點](?:\\s*[\\d一二三四五六七八九十]{1,3}\\s*分)?\\s*(?:许|許|左右)?\\s*${alt(ZH_TIMED_CLOSE)}|(?:散会|散會|闭会|閉會)(?:时间|時間)?\\s*[：:]\\s*${CLOCK_ZH}`,
  'g',
);
/** Words that put a time to come before it: "预计下午5时结束", "will be adjourned". */
const TO_COME_BEFORE_ZH = /(?:预计|預計|将|將|拟|擬|计划|計劃|预定|預定)[^。；\n]{0,8}$/;

/** A held meeting closed (or opened) at a clock time, told in the record's voice. */
export function timedClose(text: string, zh: boolean): boolean {
  if (!zh) return TIMED_CLOSE_EN.test(text);
  const re = new RegExp(TIMED_CLOSE_ZH.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (!TO_COME_BEFORE_ZH.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
}

/** "Action: Bucko to book rooms", "ACTION – J. Smith": an action item assigned to someone, a record's own line; a story never prints one. */
const ACTION_LINE_EN = /^\s*[-•*]?\s*(?:[Aa]ction|ACTION)[Ss]?\s*(?:[Pp]oint)?\s*[:\-–]\s*[A-Z][\w'’.-]*/gm;

export interface RecordMarks {
  /** A reporter's or an outlet's mark, named for the reason given. */
  news: string | null;
  /** Paragraphs narrating someone's speech (X指出 / X强调), not the meeting's own view. */
  speech: number;
  /** The record's opening: a meeting held or presided near the start, with its date. */
  held: boolean;
  /** Acts of the meeting stated in the record's voice ("会议审议通过了…", "Financials were reviewed and approved"). */
  acts: number;
  /** English: who attended is recorded (a roll call, "Attending:", "was attended by"). */
  roll: boolean;
  /** The chair opened or closed the meeting, in the record's voice ("主席宣布会议开始"). */
  opened: boolean;
  /** English: a minutes heading on a line of its own with the meeting's date beside or under it, anywhere in the text. */
  titleLine: boolean;
  /** The meeting closed (or was called to order) at a clock time, anywhere in the text: a meeting held, its record kept. */
  closed: boolean;
  /** English: action items assigned to someone on lines of their own ("Action: Bucko to book rooms"). */
  actionLines: number;
}


const RUN_ON_NUM = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/;

/** Sentences stating what the meeting did, in the record's voice. */
function actSentences(seg: Segmented): number {
  let n = 0;
  for (const l of seg.lines) {
    // A long line classed as the post's particulars holds the text run together after them (a PDF's or a reader's text).
    if (l.kind === 'chrome' || l.kind === 'label' || (l.kind === 'meta' && l.text.length <= 100)) continue;
    const body = unbullet(l.num ? l.text.slice(l.num.restAt) : l.text);
    for (const sentence of body.split(/[。；;！!]/)) {
      // An item's number run on inside a line ("…列席会议。一、会议通报了…"): the sentence opens after it.
      const t = sentence.trim().replace(RUN_ON_NUM, '');
      if (!t || TO_COME_ZH.test(t)) continue;
      if (!(MEETING_SUBJECT_ZH.test(t) || HELD_ZH.test(t))) continue;
      // The opening's own clauses: "…主持召开…会议，研究部署防汛工作".
      if (ACT_DONE_ZH.test(t) || (HELD_ZH.test(t) && ACT_AFTER_HELD_ZH.test(t))) n++;
    }
  }
  return n;
}

/** Speech paragraphs: the speaker is a person or an office, not the meeting. */
function speechLines(lines: SegLine[]): number {
  let n = 0;
  // A page whose paragraphs were run into one line ("…逐条指导。同时强调，…  会上，某某要求，…") is read a sentence at a time.
  const paragraphs = lines.flatMap((l) => (l.text.length > 160 ? l.text.split(/(?<=[。！？])|\s{2,}|\s(?=\d{1,2}图[：:])/).filter((p) => p.trim()) : [l.text]));
  for (const p of paragraphs) {
    const head = unbullet(p.trim()).slice(0, 48);
    const m = SPEECH_ZH.exec(head);
    if (!m) continue;
    const who = m[1];
    // A speaker is a name or an office: a clause that carries 要, 的 or 按照 is an exhortation ("各单位要按照要求").
    if (MEETING_VOICE.test(who) || /^(?:会议|对|就|为)/.test(who) || /要|的|按照|根据|遵照|提出|上级/.test(who)) continue;
    n++;
  }
  return n;
}

/** "发布时间:2021-11-16本网讯   11月15日…": an outlet's dateline inside a line run together, between the post's particulars and the story. */
const DATELINE_INLINE_ZH = new RegExp(`(?:^|[\\s\\d:：】\\]])${alt(ZH_NEWS.dateline.filter((w) => w.length >= 3))}(?=[\\s（(：:【\\[])`);
/** The end of a line run together, cut at its sentences: a story's closing credits stand there as a sentence of their own. */
const closingPieces = (text: string): string[] =>
  text
    .slice(-120)
    .split(/(?<=[。！？!?])/)
    .map((p) => p.trim())
    .filter(Boolean);

function newsZh(seg: Segmented): string | null {
  // A credit set off by a bar at the line's start ("| 記 者:劉 暢"), as a page's sidebar prints it, is read without the bar.
  const lines = seg.lines.filter((l) => l.kind !== 'label').map((l) => (/^[|｜]/.test(l.text) ? { ...l, text: l.text.replace(/^[|｜]\s*/, '') } : l));
  const head = lines.slice(0, 12);
  // The last lines of the story, where bylines and editors' lines stand.
  const body = lines.filter((l) => l.kind !== 'chrome');
  const tail = body.slice(-6);
  if (head.some((l) => REPORTER_ZH.test(l.text)) || tail.some((l) => (l.text.length <= 80 && REPORTER_ZH.test(l.text)) || REPORTER_CLOSE_ZH.test(l.text))) return 'a reporter is named';
  if (head.some((l) => DATELINE_ZH.test(l.text) || TAG_ZH.test(l.text))) return 'an outlet’s dateline or news tag';
  if (head.some((l) => CREDIT_ZH.test(l.text.slice(0, 120))) || tail.some((l) => CREDIT_ZH.test(l.text.slice(-60)))) return 'a credit for the story’s words and pictures';
  // Credits parted by semicolons, or each role after its name (result/credit-forms-zh.ts).
  if (head.some((l) => creditFormZh(l.text.slice(0, 160))) || tail.some((l) => creditFormZh(l.text.slice(-100)))) return 'a credit for the story’s words and pictures';
  if (lines.some((l) => OUTLET_ZH.test(l.text))) return 'a news outlet is named as the source';
  if (lines.some((l) => l.text.length <= 80 && (STAFF_LINE_ZH.test(l.text) || countMatches(l.text, STAFF_ZH) >= 2 || EDITOR_ZH.test(l.text)))) return 'an editor’s or reviewer’s line';
  // The post's particulars at the start of the page's first lines, run together with the story (a PDF's or a reader's text).
  if (lines.slice(0, 3).some((l) => countMatches(l.text.slice(0, 100), STAFF_ZH) >= 2 || EDITOR_ZH.test(l.text.slice(0, 100)))) return 'an editor’s or reviewer’s line';
  if (tail.slice(-2).some((l) => l.text.length > 80 && closingPieces(l.text).slice(-1).some((p) => p.length <= 80 && (STAFF_LINE_ZH.test(p) || countMatches(p, STAFF_ZH) >= 2 || EDITOR_ZH.test(p))))) {
    return 'an editor’s or reviewer’s line';
  }
  if (lines.slice(0, 3).some((l) => l.text.length > 80 && DATELINE_INLINE_ZH.test(l.text.slice(0, 300)))) return 'an outlet’s dateline or news tag';
  // A bracket closing a record's item is an aside (result/byline-aside.ts).
  if (tail.some((l) => l.text.length > 20 && (BYLINE_ZH.test(l.text) || UNIT_WRITER_ZH.test(l.text)) && !itemAside(l)) || tail.some((l) => l.text.length <= 24 && /^[（(].{2,20}[）)]$/.test(l.text) && (BYLINE_ZH.test(l.text) || UNIT_WRITER_ZH.test(l.text)))) return 'a byline closes the story';
  if (head.some((l) => YESTERDAY_ZH.test(l.text))) return 'the meeting is dated from the day of printing (昨)';
  return null;
}

/** A static site's front matter filing the page under news: "categories: news", "categories:\n  - news", "category: [News]". */
const NEWS_CATEGORY = /^categor(?:y|ies)\s*:\s*(?:\[\s*)?(?:\n\s*-\s*)?["']?news["']?\s*(?:\]|,|$)/im;

/** A list's item by its mark: a bullet, a letter or a number. */
const LIST_ITEM = /^\s*(?:[•*\-–▪◦]|[a-z][).]|\(?[a-z]\)|\d{1,2}[.)])\s/;

function newsEn(seg: Segmented): string | null {
  const top = seg.lines.slice(0, 12).map((l) => l.text).join('\n');
  // A reporter named among those present ("Also being present: …; Linda Metz, Observer-Reporter.") attended the meeting; the record names them.
  if (REPORTER_EN.test(top.replace(ROLL_SENTENCE_EN, '')) || BYLINE_EN.test(top) || WIRE_EN.test(top)) return 'a reporter or wire service is named';
  if (seg.lines.slice(0, 12).some((l) => l.kind === 'text' && datelineEn(l.text))) return 'an outlet’s dateline opens the story';
  // Not an item of a list ("d) Press release", "• Media release to go out"): a record's work to do, not the page's source.
  // A masthead's or a label's line, not a record's long paragraph that mentions one ("Brian said he would do a press release").
  const unlisted = (ls: typeof seg.lines) => ls.filter((l) => !l.num && !LIST_ITEM.test(l.text) && l.text.length <= 300).map((l) => l.text).join('\n');
  if (SOURCE_EN.test(unlisted(seg.lines.slice(0, 12))) || SOURCE_EN.test(unlisted(seg.lines.slice(-8)))) return 'a newspaper is named as the source';
  if (NEWS_CATEGORY.test(seg.text.slice(0, 1500))) return 'its page is filed under news';
  // The meeting dated from the day the story was written ("… was held last night (11th June)"), as the Chinese 昨 is.
  if (seg.lines.slice(0, 8).some((l) => HELD_LAST_NIGHT_EN.test(l.text))) return 'the meeting is dated from the day of writing (“last night”)';
  return null;
}

const HELD_LAST_NIGHT_EN = /\b(?:was|were)\s+held\s+(?:last\s+night|yesterday|this\s+(?:morning|afternoon|evening)|last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\bmet\s+(?:last\s+night|yesterday)\b/i;

/** A reporter's or an outlet's mark, or null. */
export const newsMark = (seg: Segmented): string | null => (seg.lang === 'zh' ? newsZh(seg) : newsEn(seg));

export function readRecordMarks(seg: Segmented): RecordMarks {
  const zh = seg.lang === 'zh';
  const text = seg.text;
  if (zh) {
    const opening = seg.lines.slice(0, 8).map((l) => unbullet(l.text)).join('\n').slice(0, 400);
    return {
      news: newsZh(seg),
      speech: speechLines(seg.lines) + countMatches(text, PRONOUN_SPEECH_ZH, 100),
      held: HELD_ZH.test(opening) && (findDates(opening).length > 0 || /第[\d一二三四五六七八九十百]+次/.test(opening) || DAY_ONLY_ZH.test(opening)),
      acts: actSentences(seg),
      roll: false,
      opened: OPENED_ZH.test(text),
      titleLine: false,
      closed: timedClose(text, true),
      actionLines: 0,
    };
  }
  const opening = text.slice(0, 800);
  return {
    news: newsEn(seg),
    speech: 0,
    held: RECORD_OPENING_EN.test(opening),
    // Outcome cells count together, two at least: one may be a heading's word.
    acts: countMatches(text, RECORD_OUTCOME_EN) + (countMatches(text, OUTCOME_CELL_EN) >= 2 ? countMatches(text, OUTCOME_CELL_EN) : 0),
    roll: ROLL_EN.test(text),
    opened: false,
    titleLine: seg.lines.some((l, i) => TITLE_LINE_EN.test(l.text.trim()) && findDates(`${l.text}\n${seg.lines[i + 1]?.text ?? ''}`).length > 0),
    closed: timedClose(text, false),
    actionLines: countMatches(text, ACTION_LINE_EN, 100),
  };
}

/**
 * A PDF's text layer that prints a space between every Chinese character ("行 政 會 議 紀 錄"):
 * the marks are read on the text with those spaces taken out. (draftFromLines takes them out
 * before the fields run; this covers a draft built without it.) A record run together on long
 * lines is read broken before its labels and items (text/runon.ts); a note page's Markdown as the
 * text it renders to (text/plain.ts). Any other page is read as it is.
 */
export function unspaced(seg: Segmented, breakRunOn = true): Segmented {
  // A note page's Markdown is read as the text it renders to: "**出席**：" and "- 会议同意…" are a record's label and sentence.
  const plain = plainMarkdown(seg.text);
  if (seg.lang !== 'zh') return plain === null ? seg : segment(splitRunOn(linesFromText(plain)));
  const base = plain ?? seg.text;
  const spacedOut = isSpacedCjk(base);
  const text = spacedOut ? unspaceCjk(base) : base;
  const broken = breakRunOn ? breakRunOnZh(text) : null;
  if (!spacedOut && broken === null && plain === null) return seg;
  return segment(splitRunOn(linesFromText(broken ?? text)));
}

/** "学校召开2023年第9次校长办公会": a short line naming the meeting held, nothing more. */
const HEADLINE_ZH = new RegExp(`^[^，。,；;：:！!？?]{2,30}?${alt(ZH_RECORD.held)}[^，。,；;：:！!？?]{0,30}${alt(ZH_RECORD.meeting)}$`);

/** A Chinese record's headline among its first lines, where no title was found: a reading to check. */
export function recordHeadline(seg: Segmented): Hit<string> | null {
  if (seg.lang !== 'zh') return null;
  const line = seg.lines.slice(0, 6).find((l) => l.kind === 'text' && l.text.length <= 40 && HEADLINE_ZH.test(l.text.trim()));
  if (!line) return null;
  const value = line.text.trim();
  const start = line.start + line.text.indexOf(value);
  return { value, start, end: start + value.length, confidence: 0.6 };
}

/**
 * A minutes heading printed away from the top ("City Council Minutes" / "February 06, 2019" at the
 * end of a PDF page's text layer, where its letterhead was put): the title and the meeting's date,
 * read as guesses where none was found at the top.
 */
/** "MINUTES -MORRO BAY CITY COUNCIL REGULAR MEETING -JANUARY 28, 1985": a heading set off by a dash or a colon, inside a line. */
const INLINE_HEADING_EN = /\bMINUTES\s*[-–—:]\s*((?:[\w.'’&()/-]+\s+){0,10}?(?:MEETING|SESSION|Meeting|Session))\b/g;

/**
 * A minutes heading printed after the agenda, inside the text (a council's scan puts the agenda in
 * front of the minutes): the heading and its date, when the date is the one the page opens with —
 * the minutes of this meeting, not an earlier one named as an agenda item.
 */
export function minutesAfterAgenda(seg: Segmented): { title: Hit<string>; date: Hit<string> } | null {
  if (seg.lang !== 'en') return null;
  // The page's own opening: a site's chrome above it ("Posted on 4 May 2023 by admin") dates the upload, not the meeting.
  const opening = findDates(seg.lines.filter((l) => l.kind !== 'chrome' && l.kind !== 'meta').map((l) => l.text).join('\n').slice(0, 400))[0];
  if (!opening) return null;
  for (const l of seg.lines) {
    INLINE_HEADING_EN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INLINE_HEADING_EN.exec(l.text))) {
      const after = l.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const d = findDates(after)[0];
      if (!d || d.iso !== opening.iso || d.index > 6) continue;
      const start = l.start + m.index;
      const end = l.start + m.index + m[0].length + d.index + d.length;
      return { title: { value: seg.text.slice(start, end), start, end, confidence: 0.6 }, date: { value: d.iso, start: end - d.length, end, confidence: 0.6 } };
    }
  }
  return null;
}

/**
 * A page that prints the meeting's agenda and then its record ("会议议程 … 会议纪录 / Minutes of the
 * 1st meeting held on …" over "Present:"): a minutes heading below the top, in either language,
 * with who attended labelled within the lines after it. An agenda alone has no such heading.
 */
export function recordAfterAgenda(seg: Segmented): boolean {
  for (let i = 3; i < seg.lines.length; i++) {
    const t = seg.lines[i].text.trim();
    if (t.length > 200 || !(TITLE_MARK_EN.test(t) || TITLE_MARK_ZH.test(t))) continue;
    if (seg.lines.slice(i + 1, i + 13).some((l) => l.kind === 'label' && l.label?.kind === 'attendance')) return true;
  }
  // The same page run together in one line (a PDF's text layer, a reader's copy): the heading and the label inside it.
  return inlineRecordAfterAgenda(seg.text);
}

/** A minutes heading well inside a long line, an attendance label just after it; one naming another meeting's minutes ("Confirmation of minutes of the last meeting") is an item. */
const INLINE_MINUTES_HEAD = new RegExp(`(?:${TITLE_MARK_EN.source})|(?:${TITLE_MARK_ZH.source})`, 'gi');
const ITEM_BEFORE_MINUTES = /(?:approv\w*|confirm\w*|adopt\w*|receiv\w*|accept\w*|previous|draft|last|of)\s+(?:of\s+)?(?:the\s+)?$|(?:通过|确认|审议|上次|上一次|前次)\S{0,6}$/i;
const ATTENDANCE_LABEL_INLINE = /\b(?:present|attendance|in attendance|attendees|members present)\s*[:：]|出席(?:者|人员|人員)?\s*[：:]/i;

function inlineRecordAfterAgenda(text: string): boolean {
  const re = new RegExp(INLINE_MINUTES_HEAD.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // Inside a line, below the page's first 200 characters: a heading opening a line is read above.
    if (m.index < 200 || /\n\s*$/.test(text.slice(m.index - 4, m.index))) continue;
    if (ITEM_BEFORE_MINUTES.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (ATTENDANCE_LABEL_INLINE.test(text.slice(m.index, m.index + 300))) return true;
  }
  return false;
}

export function lateMinutesHeading(seg: Segmented): { title: Hit<string>; date: Hit<string> | null } | null {
  if (seg.lang !== 'en') return null;
  for (let i = 0; i < seg.lines.length; i++) {
    const l = seg.lines[i];
    const value = l.text.trim();
    if (!TITLE_LINE_EN.test(value)) continue;
    const start = l.start + l.text.indexOf(value);
    const title = { value, start, end: start + value.length, confidence: 0.6 };
    for (const d of [l, seg.lines[i + 1]]) {
      const found = d ? findDates(d.text)[0] : undefined;
      if (found && d) return { title, date: { value: found.iso, start: d.start + found.index, end: d.start + found.index + found.length, confidence: 0.6 } };
    }
  }
  return minutesAfterAgenda(seg);
}
