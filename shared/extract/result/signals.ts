/**
 * The marks of minutes read straight from the text, apart from the fields: a page whose fields
 * could not be placed (a PDF's text run together, a table read as one line) still shows a minutes
 * title near its top, an attendance block, a presider, motion words and a dated or numbered meeting
 * header. Each is one independent signal; the verdict weighs them together, never one alone.
 */
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';
import { countMatches } from '../text/count';
import { alt } from '../lexicon/build';
import { ZH_STRUCTURE } from '../lexicon/zh';
import { EN_RECORDER } from '../lexicon/en';

export interface Signals {
  /** A minutes mark in the first lines (纪要, 会议记录, 议事录, "Minutes of", "Proceedings of"). */
  headMark: boolean;
  /** Attendance: "Present:", "Apologies", "the following were present", 出席/列席/参加会议. */
  attendance: number;
  /** A record's own attendance label over names (出席者 林某, 列席人：某某, names run together after 出席：), not a term being explained (「出席者」指…). */
  recordLabels: number;
  /** Someone presides: 主持, 主席, "(Chair)", "presided". */
  presider: boolean;
  /** Motion and outcome words: moved, seconded, carried, resolved; 会议同意, 议决, 通过. */
  outcomes: number;
  /** A meeting header with its number or date: "487th meeting", "第29次常务会议", "Date:", 开会时间. */
  meetingHeader: boolean;
  /** A recorder's label over a name (紀錄：林某, "Minutes taken by J. Smith"): the page is the record kept. */
  recorder: boolean;
  /** Numbered items (1., 2., 一、…). */
  items: number;
}

/** "会议记录", and a body's own "社员大会纪录", "理事会记录" (the 议 left out). */
const HEAD_MARK_ZH = /[纪紀]要|[会會][议議]?[记纪紀記][录錄]|[议議]事[记纪紀記]?[录錄]|[会會][议議][录錄]/;
/** "通过上次会议纪录": an agenda or record naming another meeting's minutes. */
const ZH_REFERRED = /(?:通过|确认|审议|通過|確認|上次|上一次|前次)[^。\n]{0,12}$/;
const HEAD_MARK_EN = /(?:^|[\n.:–—-]\s*|\b(?:board|council|committee|commission|meeting|agm|trustees?|minutes)\s+)(?:minutes|proceedings)\b(?!\s+(?:of the (?:previous|last)|taker|secretary|clerk))|\bminutes of\b|(?:^|\n)[ \t]*minute of (?!silence\b)/i;
/** A record's own opening: "An Ordinary meeting of the Syndicate was held on Friday, 27th January, 2017". */
const RECORD_OPENING_EN = /\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][a-z]+\s+){0,3}meeting of (?:the\s+)?[A-Z][^.\n]{0,80}?\s+was held (?:on|at)\b/;
/**
 * "to approve the minutes", "the minutes of … were confirmed": a minutes named inside a record or agenda.
 * So is an item after the first that names one ("3. Minutes of the Meeting held on Friday, 25 September 2020").
 */
const MINUTES_REFERRED = /\b(?:approve|approval of|confirm|adopt|adoption of|receive|accept|the|previous|draft|read)\s+(?:the\s+)?minutes\b|(?:^|\n)[ \t]*(?:[2-9]|[1-9]\d)[.)][ \t]+minutes\b/gi;

const ATTEND_EN = [
  // Not an item that speaks of attending something ("Attendance at, or email to, CIB Workshop").
  /(?:^|\n)\s*(?:(?:members|councillors|trustees|directors|staff|others|officers)\s+)?(?:present|in attendance|attendees|attendance|apologies|absent|regrets|also present|also attending)\b(?!\s+(?:at|of|to|from|for|in|on|by|with)\b|,)/gim,
  /\bfollowing\s+(?:[a-z]+\s+){0,4}(?:were|was)\s+present\b/gi,
  /\b(?:present|apologies|absent|in attendance|attending)\s*[:;–-]/gi,
  /\bapologies\s+(?:for absence\s+)?(?:were\s+)?received\b|\bapology for absence\b|\bleave of absence\b|\broll call\b/gi,
  // A heading run into the text (a PDF's page as one line): "… 2017 Members Present S/N Name …", "The list of participants is annexed".
  /\b(?:members|councillors|trustees|directors|officers)\s+present\b|\blist of (?:participants|attendees|members present)\b/gi,
  // A capitals label inside text run together (a PDF's page as one line): "… ATTENDANCE Crs W Devlin …".
  /\b(?:PRESENT|ATTENDANCE|IN ATTENDANCE|APOLOGIES|ABSENT)\b(?=\s+[A-Z])/g,
];
/** The record's own labels (出席者, 列席人, 缺席): a notice names who is to attend as 参加人员. */
/**
 * "出席委員 邱某 陳某", "請假委員 許某", "到場社員：威辰、晉毅": who attended named by their office in
 * the body, over names parted by spaces or commas (a notice names no one's absence or arrival).
 */
const MEMBERS_LABEL_ZH = /(?<![「『“"])(?:出席|列席|缺席|请假|請假|到场|到場|到会|到會)(?:委员|委員|议员|議員|代表|董事|理事|监事|監事|社员|社員|会员|會員|成员|成員)\s*(?:[：:]\s*|\s+)[\u4e00-\u9fff]{2,4}[、，,\s]/g;
const ATTEND_ZH = [/(?:出席|列席|缺席|请假)(?:者|人(?!员))|(?:出席|列席|缺席)人员[：:]/g, MEMBERS_LABEL_ZH];
const RECORD_LABEL_ZH = /(?<![「『“"])(?:出席|列席)[：:]\s*(?!全体|各|有关|相关|人员|单位)[\u4e00-\u9fff]{6,}|(?<![「『“"])(?:出席|列席)(?:(?:者|人)(?![」』”"])[：:\s]*|[：:]\s*)(?![之的及与和应指系为均等须以由如])(?:(?:主席|副主席|召集人|委员|议员)?[\u4e00-\u9fff]{1,4}(?:先生|女士|议员|委员|代表)|[\u4e00-\u9fff]{2,6}[、，,\s]|[\u4e00-\u9fff]{1,4}(?:先生|女士|主席|代表|议员|委员))/g;
const PRESIDE_EN = /\b(?:presid(?:ed|ing|ent)|chaired|in the chair|chair(?:man|person|woman)?(?:ship)?\b|declared the meeting open|opened the meeting|called the meeting to order)/i;
const PRESIDE_ZH = /主持|主席/;
/** Past-tense outcomes only: an agenda's "to approve" and "motion to adopt" record nothing. */
// Nor does an agenda's blank slot for them: "Proposed By: Seconded By:", "Seconded by:" with nothing after it on the line.
const OUTCOME_EN = /\b(?:moved(?!\s+by\s*:[ \t]*(?:\n|$|seconded\b))|(?<!\b(?:proposed|moved|motion)\s+by\s*:\s*)seconded(?!\s+by\s*:[ \t]*(?:\n|$))|carried|resolved|passed|unanimously|it was agreed|agreed (?:that|to)|(?:were|was) (?:approved|confirmed|adopted|accepted|noted)|action:)/gi;
const OUTCOME_ZH = /(?:会议|委员会|大会)(?:一致)?(?:原则)?(?:同意|决定|议定|明确|确定|通过)|议决|决议|照案通过|审议通过|原则同意|会议要求|获(?:得)?(?:一致)?通过/g;
const HEADER_EN = /\b\d+(?:st|nd|rd|th)\s+(?:[a-z]+\s+){0,2}(?:meeting|session)\b|\b(?:meeting|session)\b[^.\n]{0,80}\bheld\b|(?:^|\n)\s*(?:date|time|venue|location|place)\s*[:\-–]/i;
const HEADER_ZH = /第[\d一二三四五六七八九十百零〇两]+次[^\n，。,]{0,14}[会會][议議]?|(?:[会會][议議]|[开開][会會])(?:[时時][间間]|日期|地[点點])[：:]|(?:^|\n)\s*(?:[时時][间間]|日期|地[点點])[：:]/;

/** A character printed spaced out in a PDF's label ("記 錄"). */
const spacedWord = (w: string) => [...w].join('[ \\t　]?');
/** "主席：李某 記錄：柯某", "肆、紀錄:佳玲": the label starts a line or follows a space or a list mark, a name follows on the line. */
const RECORDER_ZH = new RegExp(`(?<![\\u4e00-\\u9fff])(?:${[...ZH_STRUCTURE.recorder].sort((a, b) => b.length - a.length).map(spacedWord).join('|')})[ \\t　]*[：:][ \\t　]*(?![指为為是即系係])[\\u4e00-\\u9fff]{2,}`);
/** "Minutes taken by: Ann Lee", "Recorder – Mr J Smith": the label, then a name with its capital (checked apart: the label is read in any case). */
const RECORDER_EN = new RegExp(`\\b${alt(EN_RECORDER)}\\s*[:\\-–]?\\s*((?:(?:Mr|Ms|Mrs|Miss|Dr|Cllr|Cr)\\.?\\s+)?\\S)`, 'gi');

/** A recorder named: in English the name must start with a capital ("Recorder: Ann", not "the recorder should"). */
function recorderNamed(text: string, zh: boolean): boolean {
  if (zh) return RECORDER_ZH.test(text);
  const re = new RegExp(RECORDER_EN.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (/[A-Z]$/.test(m[1])) return true;
  // A label on a line of its own over a handle ("Notetaker:  pc", "Scribe: @jdoe"): a team's notes name people so.
  return RECORDER_HANDLE_EN.test(text);
}

const RECORDER_HANDLE_EN = new RegExp(`^[ \\t*_]*(?:${alt(EN_RECORDER)})[*_]*[ \\t]*:[*_]*[ \\t]*@?(?!(?:tbd|tba|tbc|name|none|n\\/a|who|someone|volunteer)\\b)[a-z][\\w.-]{1,24}[ \\t]*$`, 'im');

/** "Minutes of the meeting: Monday 8th February 2021": a meeting word and a date in the first lines. */
function datedMeetingTop(top: string): boolean {
  return /\b(?:meeting|minutes)\b/i.test(top) && findDates(top).length > 0;
}


/**
 * A document site's chrome above the record (menus, "Download", the file's name, page counters)
 * pushes the heading's date out of the first lines: a minutes heading in the first part of the
 * page, not one named inside a sentence ("approve the minutes"), with a date under it.
 */
function datedAfterHeading(text: string): boolean {
  const head = text.slice(0, 1500);
  const re = new RegExp(HEAD_MARK_EN.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const before = head.slice(Math.max(0, m.index - 24), m.index + m[0].length + 4);
    MINUTES_REFERRED.lastIndex = 0;
    if (MINUTES_REFERRED.test(before)) continue;
    if (findDates(text.slice(m.index, m.index + 400)).length > 0) return true;
  }
  return false;
}

/** The first 400 characters of the page's own lines, its site's chrome left out. */
const ownTop = (seg: Segmented): string =>
  seg.lines
    .filter((l) => l.kind !== 'chrome')
    .map((l) => l.text)
    .join('\n')
    .slice(0, 400);

/**
 * A page printed in both languages, line by line or side by side ("Date日期", "The following members
 * were PRESENT" under "此次會議參與成員如下"): five lines at least carry the other language's words.
 */
function bilingual(seg: Segmented): boolean {
  const other = seg.lang === 'zh' ? /[A-Za-z]{3,}[^A-Za-z\n]+[A-Za-z]{3,}/ : /[\u4e00-\u9fff]{4}/;
  return seg.lines.filter((l) => l.kind !== 'chrome' && other.test(l.text)).length >= 5;
}

/**
 * The marks in the page's language, and in the other too on a bilingual page: a record may keep its
 * labels in one and its outcomes in the other ("CoChair主席" over "Adopted the minutes …").
 */
export function readSignals(seg: Segmented): Signals {
  const own = readIn(seg, seg.lang === 'zh');
  if (!bilingual(seg)) return own;
  const other = readIn(seg, seg.lang !== 'zh');
  return {
    headMark: own.headMark || other.headMark,
    attendance: own.attendance + other.attendance,
    recordLabels: own.recordLabels + other.recordLabels,
    presider: own.presider || other.presider,
    outcomes: own.outcomes + other.outcomes,
    meetingHeader: own.meetingHeader || other.meetingHeader,
    items: own.items,
    recorder: own.recorder || other.recorder,
  };
}

function readIn(seg: Segmented, zh: boolean): Signals {
  const text = seg.text;
  const top = text.slice(0, 400);
  const zhMark = zh ? HEAD_MARK_ZH.exec(text.slice(0, 200)) : null;
  const headMark = zh
    ? !!zhMark && !ZH_REFERRED.test(text.slice(0, zhMark.index))
    : (HEAD_MARK_EN.test(top) && countMatches(top, HEAD_MARK_EN) > countMatches(top, MINUTES_REFERRED)) || RECORD_OPENING_EN.test(top);
  const attendance = (zh ? ATTEND_ZH : ATTEND_EN).reduce((n, re) => n + countMatches(text, re), 0);
  return {
    headMark,
    attendance,
    recordLabels: zh ? countMatches(text, RECORD_LABEL_ZH) + countMatches(text, MEMBERS_LABEL_ZH) : 0,
    presider: zh ? PRESIDE_ZH.test(text) : PRESIDE_EN.test(text),
    outcomes: countMatches(text, zh ? OUTCOME_ZH : OUTCOME_EN),
    // An English header may be run together with the rest: a meeting named with its date near the top counts.
    // The date read from the page's own lines: a site's chrome ("Posted on 12 June 2023 by admin") dates the upload.
    meetingHeader: zh ? HEADER_ZH.test(text.slice(0, 1500)) : HEADER_EN.test(text.slice(0, 1500)) || datedMeetingTop(ownTop(seg)) || datedAfterHeading(text),
    items: seg.lines.filter((l) => l.num).length,
    recorder: recorderNamed(text, zh),
  };
}
