/** Attendance (出席/列席/参会; "Present") and who presided (主持; "Chair", "presided over"). */
import { withoutUnticked } from './ticked-roll';
import { namesWithinUnread } from './names-within';
import { presiderValueEn } from './presider-value-en';
import { underAbsence } from './under-absence';
import { presentAtLists, withoutPostAsides } from './attendance-sentence-forms-zh';
import { withoutLinkMarkup } from './link-markup';
import type { Segmented, SegLine } from '../segment/segment';
import { withoutBarePost } from './presider-post-only';
import { EN_ALSO_PRESENT, POSTNOMINALS, enNameBefore, hasPostWord, splitTitledRun, readEnAttendance, readZhAttendance, readRunOnList, readRunOnListAndChair, cleanEnPerson, isMarkedAbsent, isPost, withoutBodyInitials, findPresider, presiderFromLabel, stripHonorifics, zhNameFrom, plausibleName, endsWithTitledName } from './people';
import { splitList, uniq } from '../text/lists';
import { enAttendedSentence } from './attended-sentence';
import { opensWithHeader, readNameRows, spacedPeople } from './name-rows';
import { headBeforeDash } from './name-dash-post';
import { presenceTable } from './presence-table';
import { isZhUnit } from './units';
import { staffGroupUnread } from './staff-unread';
import { sharedSurnamePair } from './shared-surname';
import { modeGroupUnread } from './mode-group';
import { namesBesideUnread } from './names-beside';
import { rollUnderCall } from './roll-under-call';
import { bulletNameItem } from './bullet-names';
import { withoutSpill } from './item-spill';
import { isMarkedAbsentHeading, markdownHeadingWords } from './markdown-heading';
import { presentInline } from './present-inline';
import { withInAttendance } from './with-in-attendance';
import { chairMarkedLine } from './chair-marked-line';
import { lateArrivals } from './late-arrivals';
import { unglueCells } from './glued-cells';
import { isListPointer } from './list-pointer';
import { numberedRollHeading } from './numbered-roll-heading';
import type { Hit } from './header';
import { alt } from '../lexicon/build';
import { ZH_ATTEND_VERBS, ZH_ATTENDEE_NOUNS, ZH_BODY_KINDS, ZH_GROUP_ENDS, ZH_GROUP_STARTS, ZH_HEADCOUNT, ZH_LIST_POSTS, ZH_ORG_ENDS, ZH_PERSON_TITLES, ZH_RUN_ON_ATTEND } from '../lexicon/zh';
import { EN_MEMBER_STYLES, EN_NOT_A_NAME, EN_RUN_ON_ATTEND } from '../lexicon/en';

/** A headcount ("实到152人") or a pointer to a sign-in sheet stands where names would: not an attendee. */
const HEADCOUNT = new RegExp(`${alt(ZH_HEADCOUNT)}|\\d+\\s*[余多]?\\s*[人名位]`);
const NOT_A_NAME = new Set(EN_NOT_A_NAME);
/** The longest English list read as sure: longer ones mix members, staff and guests more often than not. */
const EN_SURE_LIST = 8;
const ZH_TITLE_END = new RegExp(`${alt(ZH_PERSON_TITLES)}$`);
const ZH_TITLE_ANY = new RegExp(alt(ZH_PERSON_TITLES));

/**
 * How far a list read from a strong marker can be trusted: every item must look like a person or a
 * unit; an English list must also be short, as long ones mix members, staff and guests.
 */
/** A line opening on a person named with an honorific: "Mr David Grubb …", "Cllr. A. Lee, …". */
const NEXT_PERSON_EN = /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+/;

/** An item naming a group of people, not a person: "全员参加", "议题相关人员", "全體出席". */
const ZH_GROUP_ITEM = /(?:人员|人員|全员|全員|全体|全體)(?:参加|參加|出席)?$|^(?:全员|全員|全体|全體)/;

export function listConfidence(found: number, names: string[], lang: 'zh' | 'en'): number {
  if (!names.length) return 0;
  if (names.some((n) => /\d/.test(n))) return Math.min(found, 0.6);
  // One or two names under a label are as often the first line of a list read short as the list.
  if (names.length < 3) return Math.min(found, 0.8);
  // A title standing where a name should ("党组书记", "署理首席主任"): names and titles were split apart.
  if (lang === 'zh' && names.some((n) => ZH_TITLE_END.test(n.replace(/\s+/g, '')) && !isZhUnit(n))) return Math.min(found, 0.8);
  // Bodies each followed by persons ("文学院 / 张某 李某 / 理学院 / 王某"): a table's group headings read as items, or
  // bodies attending beside their people; which, the list alone does not tell.
  if (lang === 'zh' && unitsHeadingPersons(names) >= 2) return Math.min(found, 0.85);
  // An item that is neither a body, nor a name with its honorific, nor name-sized ("王某‧李某", "理 事"):
  // names run together or a word split across a table's cells; where the others were cut is a guess too.
  if (lang === 'zh' && names.some(notNameShaped)) return Math.min(found, 0.85);
  // A group standing where a person should ("全员参加", "议题相关人员"): who the group was is not in the list.
  if (lang === 'zh' && names.some((n) => ZH_GROUP_ITEM.test(n.replace(/\s+/g, '')))) return Math.min(found, 0.85);
  if (lang === 'en') {
    const personLike = names.every((n) => n.split(/\s+/).length <= 4 && !n.toLowerCase().split(/[\s'’.()-]+/).some((w) => NOT_A_NAME.has(w)));
    if (!personLike || names.length > EN_SURE_LIST) return Math.min(found, 0.85);
    // Four plain words ("Brian Couchie Jason Laronde"): two names run together where a column's break was lost.
    if (names.some((n) => /^(?:\p{Lu}\p{Ll}+\s){3}\p{Lu}\p{Ll}+$/u.test(n.trim()))) return Math.min(found, 0.85);
    // A name that opens on an initial before two more names ("L. Kelley Susan Goetz"), or has one after two
    // ("Griffin Stuart F. Mesinger"): two people run together where a roll's line breaks were lost.
    if (names.some((n) => /^\p{Lu}\.\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Lu}/u.test(n.trim()) || /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Lu}\.\s\p{Lu}\p{Ll}+$/u.test(n.trim()))) return Math.min(found, 0.85);
    // Members known by initials ("MW, LR, EM"): where the list ends and asides begin is a guess.
    if (names.some((n) => /^[A-Z]{2,3}$/.test(n))) return Math.min(found, 0.85);
    // A lone word among full names ("Maria Conway Sports", "Social"; "Divinah", "Nyarangi"): a name or a post split apart.
    const single = names.filter((n) => !/\s/.test(n.trim())).length;
    if (single > 0 && single < names.length) return Math.min(found, 0.85);
  }
  return found;
}

function notNameShaped(n: string): boolean {
  if (isZhUnit(n) || ZH_HONORED.test(bare(n))) return false;
  return /[\u3400-\u9fff]\s+[\u3400-\u9fff]/.test(n) || /[‧・]/.test(n) || (bare(n).length > 4 && /^[\u3400-\u9fff]+$/.test(bare(n)));
}

/** How many bodies in a list stand right before a personal name, as a group's heading would. */
function unitsHeadingPersons(names: string[]): number {
  const person = (n: string | undefined) => !!n && !isZhUnit(n) && /^[\u3400-\u9fff]{2,4}$/.test(n.replace(/\s+/g, ''));
  return names.filter((n, i) => i + 1 < names.length && isZhUnit(n) && person(names[i + 1]) && (i === 0 || person(names[i - 1]))).length;
}

/** A person named with an honorific after the name: "张某某先生", "刘某议员", "释某某法师". */
const ZH_HONORED = /(?:先生|女士|小姐|太太|议员|議員|太平绅士|太平紳士|博士|教授|法师|法師)$/;
const ZH_POST_END = new RegExp(`(?:${alt([...ZH_PERSON_TITLES, ...ZH_LIST_POSTS])})$`);
const bare = (n: string) => n.replace(/[（(][^）)]{0,12}[）)]/g, '').replace(/\d+$/, '').replace(/\s+/g, '');

/**
 * A list whose people carry honorifics ("法律顾问" / "张某某先生", "总主任(2)2" / "李某某女士"): its
 * cells without one that end in a post are the posts printed beside the names, not attendees.
 */
function dropPostCells(names: string[]): string[] {
  const honored = names.filter((n) => ZH_HONORED.test(bare(n))).length;
  if (honored < 2) return names;
  // Every person there carries one: a cell without it, longer than a name, is a post too ("民政事务总署副署长").
  const kept = names.filter((n) => ZH_HONORED.test(bare(n)) || isZhUnit(n) || (!ZH_POST_END.test(bare(n)) && bare(n).length <= 4));
  // A post is printed beside a person: more such cells than honoured persons are another list's people ("主委张某").
  return names.length - kept.length > honored ? names : kept;
}

/** A cell that is only a post ("副镇长", "办公室主任", "党组成员"): no personal name can be read from it. */
function isBarePost(n: string): boolean {
  const b = bare(n);
  if (b.length < 2 || b.length > 12) return false;
  if (ZH_MEMBER_POST.test(b)) return true;
  // A long post names its office before the title ("机关党委专职副书记"), not a person.
  return ZH_POST_END.test(b) && !isZhUnit(b) && (zhNameFrom(b) === null || b.length >= 6);
}
/** A body's short name and a post: "县委常委", "市政府副秘书长". */
const ZH_POST_ONLY = new RegExp(`^[\\u3400-\\u9fff]{0,4}?${alt(ZH_PERSON_TITLES)}$`);
/** A person named after a post: "副县长李明", "县长张建国". */
const ZH_TITLED_NAME = new RegExp(`^[\\u3400-\\u9fff]{0,4}?${alt(ZH_PERSON_TITLES)}[\\u3400-\\u9fff]{2,3}$`);
/** A member's place in a body, printed as a post beside the name: "党组成员", "机关党务工作者". */
const ZH_MEMBER_POST = /(?:党组|黨組|党委|黨委|常委|班子|委员会|委員會)成员$|工作者$/;
/** A cell that is only a personal name ("张伟", "王小明"). */
const isBareName = (n: string) => /^[\u3400-\u9fff]{2,4}$/.test(bare(n)) && !isZhUnit(bare(n)) && plausibleName(bare(n)) && zhNameFrom(bare(n)) === bare(n) && !ZH_POST_END.test(bare(n));

/**
 * A grid of posts and names ("镇长 张伟  副镇长 李娜", "吴某某 党组书记、局长"): the posts printed beside
 * the names are no attendees of their own. Only posts next to a name (directly or through other posts)
 * go; a post alone among units ("列席：办公室主任、财务科") stays.
 */
export function dropPostsBesideNames(names0: string[]): string[] {
  // "县委常委、副县长李明": a post enumerated before a person's titled name is that person's first post.
  const names = names0.filter((n, i) => !((isBarePost(n) || (ZH_POST_ONLY.test(bare(n)) && zhNameFrom(bare(n)) === null)) && i + 1 < names0.length && ZH_TITLED_NAME.test(bare(names0[i + 1]))));
  const strict = names.map(isBarePost);
  if (!strict.some(Boolean) || names.filter(isBareName).length < 2) return names;
  // In a grid so shown, a post read as a name before its title ("辅导主任" as 辅导 + 主任) is a post too.
  const posts = names.map((n, i) => strict[i] || (ZH_POST_END.test(bare(n)) && bare(n).length >= 4 && !isBareName(n) && !isZhUnit(bare(n))));
  const reachesName = (i: number, step: number): boolean => {
    for (let k = i + step; k >= 0 && k < names.length; k += step) {
      if (!posts[k]) return isBareName(names[k]);
    }
    return false;
  };
  return names.filter((_, i) => !posts[i] || !(reachesName(i, -1) || reachesName(i, 1)));
}

export interface Attendance {
  attendees: string[];
  attendeesHit: Hit<string[]> | null;
  presider: Hit<string> | null;
  /** Attendance was recorded, by names or by a headcount ("实到37人"): a mark of minutes either way. */
  recorded: boolean;
}

/** A name marked as the chair inside a Chinese attendance list: "刘慧卿议员(主席)". */
// Honours may stand between the name and the mark: "何承天先生,SBS,JP(主席)".
const ZH_CHAIR_MARK = /^[-–•·\s]*([\u3400-\u9fff]{2,8})(?:\s*[,，]\s*[A-Z]{2,4}){0,3}\s*[（(](?:主席|主持人?|召集人|會議主席|会议主席)[)）]/;
const ZH_CHAIR_HANDLE = /^[-–•·\s]*([A-Za-z][\w.~-]{1,30})\s*[（(](?:主席|主持人?|召集人|會議主席|会议主席)[)）]/;
const ZH_HONORIFIC_END = /(?:议员|議員|先生|女士|小姐|同志|博士|教授|委员|委員)$/;
const EN_LIST_START = /^(?:councillors|cllrs|members|committee members|board members|trustees|governors)\b[:\s]*/i;
const EN_ROLE_LINE = /^(?:parish\s+|town\s+|the\s+)?(?:clerk|secretary|treasurer|rfo|minute taker|responsible financial officer)\b/i;

/** Value of a label, or the lines right after a label printed alone. */
const SPACED_NAMES = /^[\u3400-\u9fff*＊xX×]{1,4}(?:\s+[\u3400-\u9fff*＊xX×]{1,4})+$/;

interface Part {
  text: string;
  line: SegLine;
  at: number;
  /** One person on the line (an English list printed a name a line): read whole, not split. */
  person?: boolean;
  /** The line was a bulleted list item. */
  bullet?: boolean;
  /** The list stopped at a line that is no name, with names after it: its end is a guess. */
  cutShort?: boolean;
  /** A group inside a Chinese block, by post ("理事：…"). */
  group?: boolean;
  /** The person's name, read already from a row of cells (fields/name-rows.ts), and whether the row marks the chair. */
  name?: string;
  chair?: boolean;
  /** Lines joined into one list, a name maybe cut across the line's end: a reading. */
  joined?: boolean;
}

/** A page break's furniture: "-2-", "Page 2 of 5", a page number alone. */
const PAGE_MARK = /(?:^|\s)-\s?\d{1,3}\s?-(?:\s|$)|^\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$|^\s*\d{1,3}\s*$/i;

/** A page break's running furniture, not a bare number (a numbered table's rows print those): "Page 2 of 5", "-2-". */
const PAGE_BREAK = /^\s*(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s?\d{1,3}\s?-)\s*$/i;

/** A heading of the record's items, not a row of the roll: "Call To Order", "Approval Of Minutes". */
const AGENDA_WORD = /\b(?:call|order|agenda|minutes|approval|welcome|prayer|pledge|opening|business|reports?|roll|adjourn\w*|meeting|public|comments?|session|items?)\b/i;

/** A "Name, Post" row's mark that the person was not there. */
const ABSENT_ROW = /\s[-–—]\s*\(?(?:absent|excused|resigned|apologies)\b|\((?:absent|excused|resigned)\b[^)]{0,30}\)\s*$/i;

/** An English list wrapped over lines ("… Gleeson," / "Hourigan, …, Ó" / "Ceallaigh, … Teefy."), joined. */
function joinEnList(seg: Segmented, l: SegLine, text0: string): { text: string; last: SegLine } {
  let last = l;
  // A table's cells run together (fields/glued-cells.ts): cut apart, and its rows go on one a line.
  let text = unglueCells(text0) ?? text0;
  const glued = text !== text0;
  // The last line joined on (the label's own line at first).
  let appended: string | null = null;
  // The last line joined was a person with no post, after rows of "Name, Post".
  let rowsBare = false;
  for (let i = l.i + 1; i < Math.min(seg.tailStart, l.i + 8); i++) {
    const n0 = seg.lines[i];
    const cells = unglueCells(n0.text);
    const n = cells ? { ...n0, text: cells } : n0;
    if (glued && n.kind === 'text' && !n.num && (cells || (/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(n.text) && onePerson(n.text) && !AGENDA_WORD.test(n.text)))) {
      text += `${/[,;]\s*$/.test(text) ? ' ' : ', '}${n.text}`;
      last = n0;
      continue;
    }
    // A page's running header or number inside the list ("11/13/18 -2- DRAFT", "Page 2 of 5"): stepped over.
    if (PAGE_MARK.test(n.text) && n.text.length <= 60) continue;
    // A bracket or a list left open at the line's end goes on, whatever the next line starts with.
    const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    // A list closed by "and" ("…, J Tipping and T Wyse") ends there when a person a line follows ("C Pinnells, Acting Town Clerk").
    const closed = /\s(?:and|&)\s+[^,;()]+$/.test(text) && (n.text.match(/,/g) ?? []).length <= 1 && !!cleanEnPerson(n.text).name;
    // A list wrapped before its closing "and" ("… Fiona Reid, Treasurer" / "and Tom Hale, Clerk, …") goes on too.
    const andNext = /^(?:and|&)\s+\p{Lu}/u.test(n.text) && !/[.:;]$/.test(text);
    // A line closed by its person's post ("John Welch, Chairman" / "Billy Kennedy, Vice-Chairman"): the
    // next line is the next person, not the post's name ("Chairman Billy Kennedy").
    const prev = (appended ?? text).trim();
    const one = prev.match(/^[^,;]{3,40},\s*([^,;]{3,40})$/);
    const postEnds = !!one && !/\s{3,}/.test(prev) && isPost(withoutBodyInitials(one[1].replace(/-/g, ' '))) && /^\p{Lu}/u.test(n.text);
    // After rows of "Name, Post", a person with no post ("Ed Fortinski", a guest of a column run into the list) is one more row.
    const bareRow: boolean = (postEnds || rowsBare) && /^\p{Lu}/u.test(n.text) && n.kind === 'text' && !n.num && n.text.length <= 40 && onePerson(n.text) && !AGENDA_WORD.test(n.text);
    // A person's post in brackets may wrap onto the next line ("… Victoria Moir" / "(PT), Stephen Frame …").
    if (!bareRow && (n.kind !== 'text' || n.num || (!open && !andNext && (closed || /[.:]$/.test(text) || !/^(?:\p{Lu}|\((?=[^()]{1,40}\)\s*[,;]))/u.test(n.text))) || (!open && !andNext && !/[,;]/.test(n.text + text.slice(-1))) || /^(?:an?|the)\s/i.test(n.text))) break;
    last = n0;
    // A row marked absent or gone ("Brad Robbins, Treasurer - Absent", "Jay Wilhelm, Member - (Resigned)"): not one who attended.
    if (postEnds && ABSENT_ROW.test(n.text)) continue;
    text += postEnds || bareRow ? `; ${n.text}` : ` ${n.text}`;
    appended = n.text;
    rowsBare = bareRow;
  }
  return { text, last };
}

/** A line that is one person, whatever is in brackets beside the name: "Mr Brian Harrison (Parish Council representative)". */
// Not "Apologies Nil" (the next heading) nor "C." (an initial alone, a column cut from its names).
const onePerson = (t: string) => {
  // "Cllr A Reed Chairman Cllr B Sand": columns run together hold several people, not one.
  const name = t.length <= 120 && !/[,;]/.test(t.replace(/\([^()]*\)/g, '')) && splitTitledRun(t).length < 2 ? cleanEnPerson(t).name : null;
  return !!name && /\p{Ll}{2}/u.test(name) && !t.replace(/\([^()]*\)/g, '').toLowerCase().split(/[\s'’.()-]+/).some((w) => NOT_A_NAME.has(w));
};

/** A row of cells: a person, then a post opening with a dash ("周啟誠先生 | –小組召集人 |"). */
const CELL_ROW = /^\|?\s*[^|]{2,20}?\s*\|\s*[-–—]\s*\S[^|]*\|/;

/** The post cell of the one who chairs or convenes ("–小組召集人", "–主席"). */
const CHAIR_CELL = /^[-–—]\s*[\u3400-\u9fff]{0,4}(?:主席|召集人)$/;

function cellRows(seg: Segmented, l: SegLine, v: string): Part[] {
  const row = (t: string, line: SegLine, from: number): Part => {
    const cells = t.split('|').map((c) => c.trim()).filter(Boolean);
    const who = cells[0] ?? '';
    return { text: who, line, at: from + Math.max(0, t.indexOf(who)), chair: CHAIR_CELL.test(cells[1] ?? '') || undefined };
  };
  const out: Part[] = [row(v, l, l.label!.valueAt)];
  for (let i = l.i + 1; i < Math.min(seg.tailStart, l.i + 80); i++) {
    const n = seg.lines[i];
    if (n.kind !== 'text' || n.num || !CELL_ROW.test(n.text)) break;
    out.push(row(n.text, n, 0));
  }
  return out;
}

function labelValue(seg: Segmented, l: SegLine): Part[] {
  // A value that only points to a sign-in sheet ("出席人員:(詳如簽到簿)") names no one itself: groups by post
  // below it ("理事：…", "監事：…") may still.
  if (seg.lang === 'zh' && l.label!.value && isListPointer(l.label!.value)) return zhBlock(seg, l).filter((p) => p.group);
  // "ROLL CALL: Present - Sheila M. Meegan Supervisor": the roll's own "Present" is no part of the first name.
  const raw = withoutLinkMarkup(l.label!.value);
  const v = raw.replace(/^(?:members\s+)?present\s*[-–—:]\s*(?=\p{Lu})/iu, '');
  const valueAt = l.label!.valueAt + (raw.length - v.length);
  // "Present: A Smith    B Jones    C Brown": names parted only by wide spaces.
  const spaced = v && seg.lang === 'en' ? spacedPeople(v, 'en') : [];
  if (spaced.length) return spaced.map((n) => ({ text: n, line: l, at: valueAt + Math.max(0, v.indexOf(n)), person: true, name: n }));
  if (v && seg.lang === 'en') {
    const { text, last } = joinEnList(seg, l, v);
    // "In Attendance: Mr A Smith" / "-" / "Chief Finance Officer" / "Mr B Jones": a table of cells goes on below.
    const cutShort = /^[-–—]$/.test(seg.lines[last.i + 1]?.text.trim() ?? '');
    // "Present: Ms A Smith (Officer, X Council)" / "Mr B Jones (Parish representative)" / …: one person a line, the first beside the label.
    const below = seg.lines[l.i + 1];
    if (last === l && !cutShort && onePerson(v) && below?.kind === 'text' && !below.num && onePerson(below.text)) {
      // A label that is itself a bullet's item ("• Guests: Lori Quinn") goes on only with bullets.
      return enLinesFrom(seg, l.i + 1, [{ text: v, line: l, at: valueAt, person: true, bullet: /^\s*[•*\-–]/.test(l.text) || undefined }]);
    }
    return [{ text, line: last === l ? l : { ...l, end: last.end }, at: valueAt, cutShort }];
  }
  // A table flattened into rows of cells, a person and a post set off by a dash in each ("出席者: | 周啟誠先生 | –小組召集人 |" /
  // "李秀媚女士 | –小組成員 | |"): the person's cell of each row, until the next label.
  if (v && seg.lang === 'zh' && CELL_ROW.test(v)) return cellRows(seg, l, v);
  if (v) {
    const out: Part[] = [{ text: v.replace(/^[-–]\s*/, ''), line: l, at: valueAt }];
    // A list of names wrapped onto the next lines ("参会人：张三 李四" / "王五 赵六").
    // A list left open at the line's end ("…、汪课长扬、" / "蔡课长永居、卢课长玉美、…") goes on too.
    let open = /[、，,]\s*$/.test(v);
    for (let i = l.i + 1; i < Math.min(seg.tailStart, l.i + 6); i++) {
      const n = seg.lines[i];
      // The list's own closing full stop ("…、王五。") ends it; a stop inside the line makes it a sentence.
      const body = n.text.replace(/[。.]\s*$/, '');
      const listLine = open && !/[。：:；;]/.test(body) && n.text.length <= 120;
      // A table's cells after a dash, a post then the name: "列席秘书 :- 署理首席主任" / "- 邝某某先生".
      const dashCell = /^[-–]\s*\S/.test(n.text) && oneALine(n.text);
      // More of those present by post, a line each ("主任秘书:陈某" / "专门委员:白某"): the names after the posts.
      const sub = n.kind === 'text' && !n.num ? n.text.match(ZH_SUB_LABEL) : null;
      if (sub && ZH_POST_END.test(sub[1]) && sub[2].trim() && sub[2].trim().replace(/\s+/g, '').length <= 24 && !/[。，,；;]/.test(sub[2])) {
        out.push({ text: sub[2].trim(), line: n, at: n.text.indexOf(sub[2].trim()), group: true });
        open = false;
        continue;
      }
      // A name cut by the line's end ("…、王芳、赵" / "强、刘洋"): the list goes on, the name joined again.
      const prev = out[out.length - 1];
      if (!open && n.kind === 'text' && !n.num && /[、，,]/.test(prev.text) && /[\u3400-\u9fff]$/.test(prev.text) && /^[\u3400-\u9fff]{1,2}[、，,]/.test(n.text) && !/[。：:；;]/.test(body) && n.text.length <= 120) {
        // One character on either side is no name of its own; two and two may be two names.
        const tail = prev.text.split(/[、，,\s]/).pop() ?? '';
        const head = n.text.split(/[、，,]/)[0];
        const cut = tail.length === 1 || head.length === 1;
        out[out.length - 1] = { ...prev, text: cut ? prev.text + n.text : `${prev.text}、${n.text}`, line: { ...prev.line, end: n.end }, joined: true };
        open = /[、，,]\s*$/.test(n.text);
        continue;
      }
      if (n.kind !== 'text' || n.num || !(listLine || dashCell || (SPACED_NAMES.test(n.text) && SPACED_NAMES.test(v.trim())))) break;
      out.push({ text: n.text.replace(/^[-–]\s*/, ''), line: n, at: 0 });
      open = /[、，,]\s*$/.test(n.text);
    }
    return out;
  }
  const block = seg.lang === 'zh' ? zhBlock(seg, l) : enLinesFrom(seg, l.i + 1, []);
  // The people printed as rows (numbered, in cells with their posts): read so when that reads more of them.
  const rows = readNameRows(seg, l.i + 1);
  // Under a table's header row the block readers read the column names as people ("姓名", "职务").
  return rows.length > namesIn(block, seg.lang) || (rows.length >= 2 && opensWithHeader(seg, l.i + 1)) ? rows.map((r) => ({ text: r.text, line: r.line, at: 0, person: true, name: r.name, chair: r.chair })) : block;
}

/** How many people the parts read as. */
function namesIn(parts: Part[], lang: string): number {
  let n = 0;
  for (const p of parts) n += lang === 'zh' ? readZhAttendance(p.text).length : p.person ? (cleanEnPerson(p.text).name ? 1 : 0) : readEnAttendance(p.text).names.length;
  return n;
}

/**
 * English names printed a line each from line `from` on (a post, a dash or a remark in the cells beside
 * them), after `out`, the names read already; up to the first line that is no name.
 */
/** "**GW SWG:** ", "Other: ": a short group name, in bold or not, then a colon and the people. */
const GROUP_BEFORE_NAMES = /^(?:\*\*|__)?(\p{Lu}[\p{L} .&/-]{0,30}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)\s+(?=\p{Lu})/u;
const ABSENT_GROUP_WORD = /^(?:apolog|absent|regrets|not present|excused|unable)/i;

function enLinesFrom(seg: Segmented, from: number, out: Part[]): Part[] {
  let postFirst = false;
  let pendingPost: string | null = null;
  let afterDash = false;
  let rowOpen = false;
  let rowNamed = false;
  for (let i = from; i < Math.min(seg.tailStart, from + 79); i++) {
    const n = seg.lines[i];
    // A page break's header or number inside the list ("Page 1 of 4", "-2-"): stepped over when names go on after it.
    if (PAGE_BREAK.test(n.text) && out.length && seg.lines[i + 1]?.kind === 'text' && !!cleanEnPerson(seg.lines[i + 1].text).name) continue;
    if (n.kind !== 'text' || n.num) break;
    // Names or bodies, not a sentence ("Ms. A (Chairperson), Mr. B, Ms. C and Ms. D." is a list).
    if (/[。.!?]$/.test(n.text) && n.text.length > 60 && !(seg.lang === 'en' && isEnCommaList(n.text))) break;
    if (seg.lang === 'en') {
      // A roll call of check boxes: ☑ present, ☐ not.
      if (/^\s*[☐□]/.test(n.text)) continue;
      if (isMarkedAbsentHeading(n.text)) break;
      // Items of a bulleted list share the bullet: an unbulleted line after them is the next heading.
      const bullet = /^\s*[•*\-–☑☒✓✔✅]/.test(n.text);
      if (out.length && out[0].bullet && !bullet) break;
      // A list printed one a line keeps its commas ("- Councillor Baker,"): the item is the name before it.
      // A line typed without its spaces ("Luke Hollingsworth,Vice Chair(left early)") is read as spaced.
      // A group's name before its people ("- **GW SWG:** B.Brodaric, D.Blodgett", "- Other: C.Cipolloni"): the people;
      // an absent group ends the list.
      const group = bullet ? GROUP_BEFORE_NAMES.exec(n.text.replace(/^\s*[•*\-–]\s*/, '')) : null;
      if (group && ABSENT_GROUP_WORD.test(group[1])) break;
      const raw = withoutLinkMarkup(group ? n.text.replace(/^\s*[•*\-–]\s*/, '').slice(group[0].length) : n.text)
        .replace(/^[•*\-–☑☒✓✔✅]\s*/, '')
        .replace(/(?<=\p{Ll}),(?=\p{Lu}\p{Ll})/gu, ', ')
        .replace(/(?<=\p{Ll})\((?=\p{L})/gu, ' (');
      const next = seg.lines[i + 1]?.text ?? '';
      const oneALine = bullet || (/,$/.test(raw) && /^[^,]{2,60},$/.test(next) && /^[^,]{2,60},$/.test(raw));
      // The list's closing full stop ("- Councillor Queenan."), not an initial's ("J.").
      const t = oneALine ? raw.replace(/\s*[,;]$|(?<=\p{Ll}{2})\.$/u, '') : raw;
      // A table read a cell a line ("Mr A Smith" / "-" / "Chairman"): the dash and the post belong to the name above.
      const dash = /^[-–—:|]$/.test(n.text.trim());
      // A table whose posts stand before the names ("Chairperson" / "Josephine Bartley" / "Deputy Chairperson" / …).
      if (isPost(t) && (!out.length || postFirst)) {
        postFirst = true;
        pendingPost = t;
        continue;
      }
      // A table read a cell a line, its rows numbered ("1" / "Prof. A Rao" / "Member"): the number opens a row.
      if (/^\d{1,3}[.)]?$/.test(t.trim())) {
        rowOpen = true;
        rowNamed = false;
        continue;
      }
      // After "Name" / "-", the next cell is the person's post or remark ("Holding proxy for …"), whatever it says.
      const cellAfterDash = afterDash || (rowOpen && rowNamed);
      afterDash = false;
      if (out.length && out[out.length - 1].person && (dash || isPost(t) || (cellAfterDash && t.length <= 100))) {
        if (dash) {
          afterDash = true;
          continue;
        }
        const prev = out[out.length - 1];
        out[out.length - 1] = { ...prev, text: `${prev.text} (${t})`, line: { ...prev.line, end: n.end } };
        continue;
      }
      // "One member of the public": present, but not named; "X (due to illness)": absent, placed here by the layout.
      if ((/\b(?:members? of the public|residents?|parishioners|press)\b/i.test(t) && !/[,;]/.test(t)) || isMarkedAbsent(t)) continue;
      // One person per line ("Cllr A Smith (Chair)", "Mr. Lambert Chu, City Manager").
      // A company suffix ("Epic Games, Inc.") is not a second item.
      // Nor are honours ("Mr CHAN Tai-man, BBS, JP (Chairman)").
      // Commas after a dash that follows the name are the post's (fields/name-dash-post.ts). A semicolon parts items as a comma does.
      const commas = ((headBeforeDash(t) ? t.replace(/\s[-–—]\s.*$/, '') : t).replace(POSTNOMINALS, '').replace(/,\s*(?:inc|ltd|llc|plc|pty|co|corp|gmbh)\b\.?/gi, '').match(/[,;]/g) ?? []).length;
      // In a numbered table the cell after the number holds the name, however it is spelt.
      // "Graeme Shaw (Deputy Principal), Don Edmonds (Secretary)": two people each with a post, not a name and its body.
      const twoNames = commas === 1 && t.split(',').every((x) => /\(/.test(x) && x.trim().split(/\s+/).length >= 2 && !!cleanEnPerson(x).name && !hasPostWord(x.replace(/\([^()]*\)/g, '')));
      // "Kathy Hewitt, Tania Reyes": two given-and-family names, neither a post, are two people (a
      // bullet marks one person a line, where the part after the comma is a firm: "Henry Vera, Double Negative").
      const twoBareNames = !bullet && commas === 1 && t.split(',').every((x) => /^\s*\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s*$/u.test(x) && cleanEnPerson(x).name === x.trim() && !hasPostWord(x));
      // "Director, Business and Governance, Mr Graham Stubbs": a post with commas in it, then the person by an honorific.
      const lastPart = t.split(/,\s*/).pop() ?? '';
      // Not a list of people closed by a post and its holder ("Cllr. A Smith, Cllr. B Jones and the Clerk, Mrs C Shaw").
      const before = t.slice(0, t.length - lastPart.length);
      const postThenName = commas >= 2 && t.length <= 120 && /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\p{Lu}/u.test(lastPart) && !!cleanEnPerson(lastPart).name && !/\b(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Cr)\b\.?\s+\p{Lu}/u.test(before);
      // Each group's people are a list of their own, the next group's line going on with the roll.
      if (group && commas >= 1 && readEnAttendance(t).names.length >= 2) {
        out.push({ text: t, line: n, at: n.text.indexOf(t), bullet });
        continue;
      }
      const person = (t.length <= 100 && !!cleanEnPerson(t).name && commas <= 1 && !twoNames && !twoBareNames) || postThenName || (rowOpen && !rowNamed && t.length <= 60 && /\p{Lu}/u.test(t));
      // A post left vacant or unnamed in a list of staff ("Coordinator Communications and Events") between names: stepped over.
      if (out.length && !person && t.length <= 60 && hasPostWord(t) && !/[.:;]$/.test(t) && !!cleanEnPerson((seg.lines[i + 1]?.text ?? '').split(/,\s*/).pop() ?? '').name && /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s/.test((seg.lines[i + 1]?.text ?? '').split(/,\s*/).pop() ?? '')) continue;
      // "Mr P Allen, Professor J A Angus, … and Mr I A Renard.": the members run together after the officers a line each.
      if (out.length && !person && isEnCommaList(t) && readEnAttendance(t).names.length >= 3) {
        out.push({ text: t, line: n, at: 0 });
        continue;
      }
      if (out.length && !person) {
        // More names a line or two further on: where the list ends is a guess.
        const more = seg.lines.slice(i + 1, i + 4).some((x) => x.kind === 'text' && x.text.length <= 60 && !!cleanEnPerson(x.text.replace(/^[•*\-–]\s*/, '')).name);
        if (more) out[out.length - 1] = { ...out[out.length - 1], cutShort: true };
        break;
      }
      if (!person && !out.length) {
        // A list wrapped over lines, read as one value.
        const { text, last } = joinEnList(seg, n, raw);
        out.push({ text, line: last === n ? n : { ...n, end: last.end }, at: 0 });
        break;
      }
      out.push({ text: postThenName ? lastPart : pendingPost ? `${t} (${pendingPost})` : t, line: n, at: 0, person: true, bullet });
      pendingPost = null;
      rowNamed = rowOpen;
      continue;
    }
  }
  return out;
}

/** A line that is a list of three or more short items, not a sentence: "Ms. A (Chair), Mr. B, Ms. C and Ms. D." */
function isEnCommaList(t: string): boolean {
  // The chair marked in words ('Cllr. S. Denis in the Chair, …') is one item still.
  const items = t.replace(/\([^()]{0,60}\)/g, '').replace(/\s+in\s+the\s+chair\b/gi, '').replace(/[.]$/, '').split(/,|;|\s(?:and|&)\s/);
  return items.length >= 3 && items.every((x) => x.trim().split(/\s+/).length <= 5);
}

/** "理事：", "监事：", "工作人员：", "TOC成员：": a group inside an attendance block, its names after the colon. */
const ZH_SUB_LABEL = /^[\s•·\-–]*((?:[A-Z][A-Za-z0-9]{0,9}\s?)?[\u3400-\u9fff]{1,16}(?:[（(][^）)]{0,8}[）)])?)\s*[：:]\s*(.*)$/;
/** A group inside an attendance block said to attend: "列席人员", "出席代表". */
const ZH_ATTEND_GROUP = new RegExp(alt(ZH_ATTEND_VERBS));
/** A heading of the record's next part: "I. 选举正副主席", "A. 议程", "五、主席致词". */
const ZH_NEXT_PART = /^(?:[IVXivx]{1,4}|[A-Z])[.、．]\s*\S|^[一二三四五六七八九十]+[、．.]/;
/** One name or body a line ("刘慧卿议员(主席)"), or a post and a name in cells ("法律顾问      张某某先生"). */
const oneALine = (t: string) => t.replace(/\s+/g, '').length <= 24 && !/[。，,；;：:]/.test(t);

/**
 * The lines under a Chinese attendance label printed alone: names one a line, a list wrapped over
 * lines (a name cut in two at the line's end: "…吴联昇、童伟" / "豪、潘奕达"), and groups inside the
 * block by post ("理事：…", "监事：…", "工作人员：…"). A group of the absent ("请假人员：…") is left
 * out; a label of another kind (主持, 记录, 时间) or the record's next part ends the block.
 */
function zhBlock(seg: Segmented, l: SegLine): Part[] {
  const out: Part[] = [];
  let excluded = false;
  // An absence heading printed alone ("请假人员：" / "委员：…" / "列席代表：…"): the groups below it are the absent's too.
  let absentGroups = false;
  // The last part was a list left open, or a group's list whose last name may go on past the line's end.
  let listOpen = false;
  for (let i = l.i + 1; i < Math.min(seg.tailStart, l.i + 200); i++) {
    const n = seg.lines[i];
    // A name's count before it, where the roll is numbered under its label (segment/numbered-roll.ts).
    const t = withoutLinkMarkup(n.text).replace(/^[•*\-–]\s*/, '').replace(/^\s*\d{1,2}[.、)]\s*/, '');
    // A note page's next heading ("## 会议纪要(Notes)") ends the list under its own.
    if (n.num || ZH_NEXT_PART.test(n.text) || /^#{1,6}\s/.test(n.text)) break;
    // Names or bodies, not a sentence.
    if (/[。.!?]$/.test(n.text) && n.text.length > 60) break;
    if (n.kind === 'label' && n.label) {
      if (n.label.kind === 'absence') {
        excluded = true;
        absentGroups = !n.label.value.trim();
        listOpen = false;
        continue;
      }
      if (n.label.kind !== 'attendance') break;
      // A second attendance label is read on its own turn.
      if (!out.length) continue;
      break;
    }
    if (n.kind !== 'text') break;
    const sub = t.match(ZH_SUB_LABEL);
    if (sub && !/[。；;]/.test(sub[1])) {
      // Under an absence heading only a group said to attend ("列席人员：…") is read again.
      excluded = absentGroups && !ZH_ATTEND_GROUP.test(sub[1]);
      if (excluded) {
        // Where the absent's groups end and those attending go on is the layout's guess: a reading.
        if (out.length) out[0] = { ...out[0], cutShort: true };
        listOpen = false;
        continue;
      }
      const v = sub[2].trim();
      if (v) out.push({ text: v, line: n, at: n.text.indexOf(v), group: true });
      listOpen = !!v && !/[。.]$/.test(v);
      continue;
    }
    if (excluded) {
      if (oneALine(t) || /[、，,]/.test(t)) continue;
      break;
    }
    const prev = out[out.length - 1];
    // A group's list wrapped onto the next line, maybe inside a name: "…、童伟" / "豪、潘奕达".
    if (prev?.group && listOpen && /^[\u3400-\u9fff]/.test(t) && !/[。；;：:]/.test(t) && t.length <= 120) {
      const head = t.split(/[、，,\s]/)[0];
      const tail = prev.text.split(/[、，,\s]/).pop() ?? '';
      // A one- or two-character piece after a piece that is no whole name by itself: one name cut in two.
      const cutName = /[\u3400-\u9fff]$/.test(prev.text) && head.length <= 2 && tail.length + head.length <= 4 && tail.length >= 1;
      out[out.length - 1] = { ...prev, text: cutName ? prev.text + t : `${prev.text.replace(/[、，,]\s*$/, '')}、${t}`, line: { ...prev.line, end: n.end }, joined: true };
      listOpen = !/[。.]$/.test(t);
      continue;
    }
    out.push({ text: t, line: n, at: 0 });
    // One name or body a line ("刘慧卿议员(主席)" / "杨耀忠议员"), until the next label or a sentence.
    const next = seg.lines[i + 1];
    const one = oneALine(withoutLinkMarkup(n.text)) || bulletNameItem(n.text);
    if (one && next && next.kind === 'text' && !next.num && (oneALine(withoutLinkMarkup(next.text)) || bulletNameItem(next.text))) continue;
    if (one && next && (next.kind === 'label' || ZH_SUB_LABEL.test(next.text))) continue;
    if (!/[、，,]$/.test(n.text)) break;
  }
  return out;
}

// "…等科室、单位负责人参加了相关议题的研究": those who came for their items of the meeting.
// "…参加此次会议(名单附后)", "X参会并介绍…", "X参加会议并讲话": the cue may stand before an aside or a second verb.
const ATTEND_CUE = /(?:(?:参加|出席|列席|參加)(?:了)?(?:会议|會議|(?:本|此|这)次会议|會議|会|(?:相关|有关)?议题(?:的)?(?:研究|讨论|审议))?|参会|與會)(?=[。；;，,(（]|\.(?!\d)|并|$)/;
// "参加会议的常委有A、B，参加会议的副会长有C、D": the group named before 有 may be any, and a sentence may hold several.
// "参加这次会议常务理事有…", "出席會員大會的會館理事會成員有…": the meeting may be named (大会, 这次会议) and the 的 left out.
const ATTEND_LIST = /(?:参加|出席|列席|參加)(?:了)?(?:[这這本此]次)?[\u3400-\u9fff]{0,6}?(?:会议|會議|大会|大會)(?:的)?[\u3400-\u9fff]{0,10}?有(?![关關所])[：:]?((?:(?![，,]?\s*(?:参加|出席|列席|參加)(?:会议|會議)的)[^。；]){2,300})/g;
const LIST_TAIL = /(?:等)?(?:有关|相关)?(?:单位|部门)?(?:的)?(?:主要)?(?:负责人|负责同志|同志|人员|领导|代表)?$/;

const ZH_GROUP = new RegExp(`^${alt(ZH_GROUP_STARTS)}|${alt(ZH_GROUP_ENDS)}$|有关|相关`);
const ZH_ONLY_TITLES = new RegExp(`^${alt(ZH_PERSON_TITLES)}+$`);
/** "县人大、县政协相关领导": bodies before a group qualified as related share the qualifier: no one is named. */
const ZH_RELATED = /(?:有关|相关)(?:领导|负责人|负责同志|同志|人员|部门负责人)$/;

// Not "学院领导班子": a group word after it ("班子") is no name.
const ZH_GROUP_BEFORE_NAME = /^[\u3400-\u9fff]{1,4}?(?:领导|领导班子成员|班子成员)(?=[\u3400-\u9fff]{2,3}$)(?!班子|成员)/;

const ZH_KIND_OF_BODY = new RegExp(`(?:${alt(ZH_BODY_KINDS)})$`);

function cleanAttendItem(item: string): string | null {
  // "院领导武素英", "局领导张永飚": the group the first name belongs to, before the name.
  // "有关…" is a qualifier, not the "有" of "参加会议的有".
  const t = item.replace(/^有(?![关關])/, '').replace(/等.*$/, '').trim().replace(ZH_GROUP_BEFORE_NAME, '');
  if (t.length < 2 || t.length > 30) return null;
  // A group named by its kind ("各科室负责人") or a post alone ("常委", "校长助理"): no one is named.
  // "县工商联领导": a body named, its leaders attending: the body.
  const unitLead = t.match(/^(.{2,20}?)(?:主要)?(?:领导|负责人|负责同志)$/);
  // "不是代表的站所负责人": a kind of body described, not one named.
  if (unitLead && isZhUnit(unitLead[1]) && !ZH_GROUP.test(unitLead[1]) && !/的|不是/.test(unitLead[1])) return unitLead[1];
  if ((ZH_GROUP.test(t) && !/(?:会|會)成员$/.test(t)) || ZH_ONLY_TITLES.test(t)) return null;
  // Told in a sentence, "区人大各专门委员会", "县政府组成部门", "行政后勤职能科室" are kinds of bodies, none of them named.
  // "代区长安文哲及区委各常委": the person named before the group joined to him.
  if (/(?:以及|及)[^及]*各/.test(t)) return cleanAttendItem(t.replace(/(?:以及|及)[^及]*各.*$/, ''));
  // "直属" left of "直属单位主要负责人" once the list's tail is cut: a kind's modifier, not a name.
  if (/各/.test(t) || ZH_KIND_OF_BODY.test(t) || /(?:专职|專職)(?:委员|委員)?$|^(?:直属|直屬|下属|下屬|所属|所屬|主管|职能|職能|组成|組成)$/.test(t)) return null;
  // A post with its body's short name and no person ("县委常委", "市政府副市长"): the person is in the next item.
  const post = t.match(ZH_TITLE_END);
  if (post && post[0].length < t.length && t.length - post[0].length <= 3 && !plausibleName(t.slice(0, t.length - post[0].length))) return null;
  // "市环保局李春文": a body, then the person from it.
  const unitName = t.match(/^(.{2,20}?(?:局|委|办|公司|中心|政府|厅|部|处|院|所|站|队|集团))([\u3400-\u9fff]{2,3})$/);
  // A title in the item ("党委委员张强") says where the name starts: read it from the title instead.
  if (unitName && plausibleName(unitName[2]) && !isZhUnit(t) && !ZH_TITLE_ANY.test(t)) return unitName[2];
  if (isZhUnit(t) && !/(?:同志|负责人|人员|领导)$/.test(t) && !/的|不是/.test(t)) return t;
  const name = zhNameFrom(t);
  if (name && name.length <= 4) return name;
  return /^[\u3400-\u9fff]{2,4}$/.test(t) && plausibleName(t) ? t : null;
}

/** A count of people opening the list: "51名…委员", "二十余名代表". */
const COUNTED_KIND = /^(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})\s?(?:余|多)?\s?(?:名|位|人)/;

/** "参加会议的有A、B…", "A、B等单位负责人参加了会议", "主任孙强，副主任刘顺林、苗宗启出席了会议". */
export function zhAttendanceSentence(text0: string): string[] {
  const text = withoutPostAsides(text0);
  const raws: string[] = [...text.matchAll(ATTEND_LIST)].map((m) => m[1].replace(LIST_TAIL, ''));
  if (!raws.length) raws.push(...presentAtLists(text).map((x) => x.replace(LIST_TAIL, '')));
  // "常务副市长陈勇率市环保局李春文、苏开伟…到…召开现场办公会": those the leader brought.
  const led = text.match(/([^，,。；]{2,30})率领?([^。；]{2,200}?)(?:等(?:单位|部门)?(?:的)?(?:主要)?(?:负责人|负责同志|同志|人员|领导)?)?(?:到|赴|深入|前往)/);
  if (!raws.length && led && endsWithTitledName(led[1])) raws.push(led[2]);
  if (!raws.length) {
    for (const sentence of text.split(/[。；;]/)) {
      // Every cue in the sentence: "A、B等同志出席，C、D等同志列席".
      const cueRe = new RegExp(ATTEND_CUE.source, 'g');
      let from = 0;
      let cue: RegExpExecArray | null;
      while ((cue = cueRe.exec(sentence))) {
        // Walk back over the clauses before the cue while they read as names or bodies.
        const clauses = sentence.slice(from, cue.index).split(/[，,]/);
        from = cue.index + cue[0].length;
        const kept: string[] = [];
        for (let i = clauses.length - 1; i >= 0; i--) {
          const c = clauses[i].trim();
          // A speech's thanks ("感谢理监事、顾问来参加会议") names no list. A date ends the list (a name's 年 does not:
          // "云宏年"), and so does a clause saying who they are ("参加年会的成员馆馆长、代表26人").
          // An invitation ("请大家多多参加", "欢迎踊跃参加") names no one who came.
          if (!c || /召开|主持|举行|缺席|请假|因|(?:\d|[〇零一二三四五六七八九十])\s*[年月日号]|上午|下午|晚上|日前|近日|今日|昨日|当日|同日|今年|去年|本月|(?:参加|出席)[^、]{0,20}的|会议(?!室)|研究|听取|审议|讨论|按照|前提|要求|感谢|欢迎|谢谢|拨冗|百忙|莅临|光临|请|請|踊跃|踴躍|多多|歡迎/.test(c)) break;
          // "…在逸夫楼103会议室": the place the people met, not one of them; "…应邀": how they came.
          const who = c.replace(/(?:^|(?<=[\u3400-\u9fff]))(?:在|于)[^、]{2,30}$/, '').replace(/(?:应邀|受邀|特邀)$/, '').trim();
          if (!who) break;
          kept.unshift(who);
        }
        // The looser cues ("…参加了此次会议", "X参会并…") name someone, not only a group ("社区居民议事会成员").
        const loose = /此次|这次|参会|與會/.test(cue[0]) || /^[并(（]/.test(sentence.slice(from));
        if (loose && splitList(kept.join('、')).every((k) => ZH_GROUP.test(k))) continue;
        if (kept.length) raws.push(kept.join('、').replace(LIST_TAIL, ''));
      }
      // A sentence that names only groups ("领导班子成员、各科室负责人参加会议") names no one; the next may
      // ("组长李某、副组长倪某列席会议"), and so may a 列席 sentence after the 出席 one: every sentence is read.
    }
  }
  if (!raws.length) return [];
  const items = raws.flatMap((raw) => {
    // "51名医院质量与安全管理委员会委员": people counted by their kind, no one named (the 与 inside no list).
    if (COUNTED_KIND.test(raw.trim())) return [];
    const parts = splitList(raw);
    // Bodies listed bare right before "…相关领导" share its qualifier.
    const kept: string[] = [];
    let shared = false;
    for (let k = parts.length - 1; k >= 0; k--) {
      const p = parts[k].trim();
      if (ZH_RELATED.test(p)) shared = true;
      else if (shared && p.length <= 8 && !ZH_TITLE_ANY.test(p) && !ZH_GROUP.test(p)) continue;
      else shared = false;
      kept.unshift(p);
    }
    return kept;
  });
  return uniq(items.map(cleanAttendItem).filter((x): x is string => !!x));
}

/** An attendance label inside a line, after a sentence or a clause: "…由乡长林大同主持，出席人员：陈一、黄二。". */
const ZH_INNER_LABEL = new RegExp(`(?<=[，,。；;\\s])(?:${alt(ZH_ATTEND_VERBS.filter((w) => !/实到|应出席/.test(w)))})(?:会议)?(?:的)?(?:${alt(ZH_ATTENDEE_NOUNS)})?\\s*[：:]\\s*(?=\\S)`, 'g');
/** What ends such a label's list: its sentence's end, or the next label of another kind. */
const ZH_INNER_END = /[。；;]|[，,\s]*(?:记录|纪录|地点|时间|主持|主席|缺席|请假|议题|议程)|\s+[\u3400-\u9fff]{1,5}\s*[：:]/;

/** The names after each attendance label inside a line (not one opening it: that line is a label already). */
function zhInnerLabels(text: string): string[] {
  const labels = [...text.matchAll(ZH_INNER_LABEL)];
  return labels.flatMap((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    let value = text.slice(from, k + 1 < labels.length ? labels[k + 1].index : text.length);
    const stop = ZH_INNER_END.exec(value);
    if (stop) value = value.slice(0, stop.index);
    return readZhAttendance(value.replace(/[，,\s]+$/, ''));
  });
}

const EN_RUN_ON_PRESENT = /\b(?:the following (?:members |persons |trustees |directors |governors )?(?:were|was) present|members present|present)\s*:\s*/i;
const UNREAD_ATTEND = /(?:出席|列席|与会|参会)[^，。,]{0,6}(?:[：:]|$)|\b(?:also (?:present|attending|in attendance)|in attendance|present)\s*[:：]/i;
/** Visitors or guests named after the word ("welcomed all visitors (Karen Dalager and Tara Skorczewski)", "Guests: …"). */
const VISITORS_NAMED = /\b(?:visitors?|guests?)\s*(?:[:：]\s*[A-Z]|\((?=[A-Z][a-z]+ [A-Z]))/;

/**
 * A heading in capitals, no colon, names after it (a PDF's text run together): "ATTENDANCE Crs …",
 * "OFFICERS PRESENT Mr …"; the groups of the absent ("APOLOGIES Cr …") end the one before them.
 */
// A council's combined heading counts as attendance's: "RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE Cr …".
const CAPS_GROUP = /(?<!(?:OFFICERS|OFFICIALS|STAFF|MEMBERS|COUNCILLORS|ALSO|IN)\s)\b(ATTENDANCE(?:\s?[/&]\s?(?:APOLOGIES|(?:APPROVED )?LEAVE OF ABSENCE))*|PRESENT|IN ATTENDANCE|(?:OFFICERS|OFFICIALS|STAFF|MEMBERS|COUNCILLORS|ALSO) (?:PRESENT|IN ATTENDANCE)|APOLOGIES|ABSENT)\s+(?=(?:Crs?|Cllrs?|Councillors?|Alderman|Alderwoman|Mr|Mrs|Ms|Dr|Prof)\.?\s)/g;

/** The names under each capitals heading of a line, the absent groups left out. */
function capsGroups(text: string): string[] {
  const heads = [...text.matchAll(CAPS_GROUP)];
  const out: string[] = [];
  heads.forEach((h, k) => {
    if (/^(?:APOLOGIES|ABSENT)$/.test(h[1])) return;
    const from = (h.index ?? 0) + h[0].length;
    const to = k + 1 < heads.length ? heads[k + 1].index : from + 1200;
    // The absent's label in words ("… Cr K Mouritz Leave of Absence: Nil Apologies: …") ends the group too.
    const part = text.slice(from, to);
    const absent = /\s(?:Leave of Absence|Apologies|Absent|Regrets)\s?:/.exec(part);
    out.push(...readCapsList(absent ? part.slice(0, absent.index) : part));
  });
  return out;
}
/** "Board members present were A, B, and C.", "Also present were …", "In attendance were …". */
// "Attendees were …", "Participants included …": the subject names those there itself. The present tense lists too ("Board members present include …").
const PRESENT_WERE = /\b(present|in attendance|attending|attendees|participants)\s+(?:were|was|are|included|include|includes)\s*:?\s+/gi;

/** A list after a capitals heading: one honorific after another ("Mr A, Chief Executive Officer Mr B, …") or a comma list. */
function readCapsList(value: string): string[] {
  // Under a heading of its own a list of two is a list: "OFFICERS PRESENT Mr A, Chief Executive Officer Ms B, Director".
  const run = readRunOnList(value, 2);
  if (run.length) return run;
  return readEnAttendance(value).names;
}

/** The names in each "… present were …" sentence of a line, and the chair marked among them ("Present were Chairman Loren Paul, …"). */
function presentSentences(text: string): { names: string[]; chair: string | null } {
  const names: string[] = [];
  let chair: string | null = null;
  for (const m of text.matchAll(PRESENT_WERE)) {
    // The subject says who: "Board members present were", not "Matters present were"; or the sentence opens with it ("… 6:40 pm. Present were …").
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const named = /^(?:attendees|participants)$/i.test(m[1]);
    // The group may name its body: "Members of the Board present were …".
    if (!named && !/\b(?:members?|trustees|directors|governors|councillors|commissioners|supervisors|officers|staff|also|those|others|guests|present|following)(?:\s+of\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3})?\s*$/iu.test(before) && !/^\s*$/.test(before.slice(-2)) && !/[.!?;]\s+$/.test(before)) continue;
    const read = readEnAttendance(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 800));
    names.push(...read.names);
    chair ??= read.chair;
  }
  // "A. Kibler (President) in the chair with J. Aldersley, A. Rogers and I. Blakeley.": the chair, then those with them.
  // The chair's name may open the line ("Neil Adams in the Chair, …"): what is before the cue is read from the line's start.
  const withChair = IN_CHAIR_WITH.exec(text);
  if (withChair) {
    const head = enNameBefore(text.slice(Math.max(0, withChair.index - 60), withChair.index).replace(/\s*\([^()]{1,40}\)\s*$/, ''));
    const read = readEnAttendance(text.slice(withChair.index + withChair[0].length, withChair.index + withChair[0].length + 800));
    if (head && read.names.length >= 2) {
      names.push(head, ...read.names);
      chair ??= head;
    }
  }
  return { names, chair };
}
// "… in the Chair, Mike Barry, Councillor J D Finn and …": the others after a comma alone, as a roll's first line prints them.
const IN_CHAIR_WITH = /\s(?:was\s+)?in the [Cc]hair(?:,\s*|,?\s+(?:together\s+)?with\s+)(?=\p{Lu})/u;

/** A line and the lines its sentence wraps onto ("… via teleconference.  Board" / "members present were …, clerks A and B," / "and treasurer C.  Also present were D and E."). */
function wrappedSentence(seg: Segmented, l: SegLine): string {
  let text = l.text;
  for (const n of seg.lines.slice(l.i + 1, l.i + 3)) {
    // A line ending on a comma or "and" goes on, whatever the next one opens with ("… with J. Aldersley," / "A. Rogers, …").
    if (/[.:]\s*$/.test(text) || n.kind !== 'text' || n.num || !(/^\p{Ll}|^(?:and|or)\b/u.test(n.text) || /(?:,|\band|&)\s*$/.test(text))) break;
    text = `${text} ${n.text}`;
  }
  return text;
}

/**
 * "The following directors were present in-person: A, B and C. The following directors were present via
 * teleconference: D and E.": each such list, the sentence read over the lines it wraps onto.
 */
// "… with following members present. Steve, Don, Marv": the verb and the article may be left out, the list after a full stop.
const FOLLOWING_PRESENT = /\b(?:the following (?:[a-z]+ ){0,3}(?:were|was) (?:also )?(?:present|in attendance)\b[^:.]{0,40}:|(?:the )?following (?:members|directors|trustees|councillors|councilmembers|supervisors|commissioners) present[:.])\s*/gi;
function followingPresent(seg: Segmented, l: SegLine): string[] {
  if (!/\bfollowing\b/i.test(l.text)) return [];
  let text = l.text;
  for (const n of seg.lines.slice(l.i + 1, l.i + 4)) {
    if (n.kind !== 'text' || n.num) break;
    text = /[-–]$/.test(text) ? text + n.text : `${text} ${n.text}`;
  }
  const out: string[] = [];
  for (const m of text.matchAll(FOLLOWING_PRESENT)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    // The list ends at its sentence's full stop (not an initial's).
    // …and at the absent named inside it ("…, Chris, ABsent Ruthann.").
    const list = rest.split(/(?<=\p{Ll}{2})\.(?:\s|$)/u)[0].split(/[,;]?\s*\b(?:absent|apologies|excused)\b/i)[0];
    // A PDF's run-on list, one honorific after another ("Dr A, Chairperson Ms B Mr C …"), is read as such, up to
    // the list's full stop: past it the record's sentences name whoever moved and seconded.
    const run = readRunOnList(list.slice(0, 1200));
    out.push(...(run.length ? run : readEnAttendance(list).names));
  }
  return out;
}

const BULLET = /^(?:[•·*\-–]|(?:[ivxlc]{1,5}|[a-z]|\d{1,2})[.)])\s*/i;

/**
 * Reads a roll-call block: the lines after a "Roll Call"/"Attendance" heading, in groups whose
 * headings may exclude ("Not in attendance", "Apologies"). Where the block explains a mark
 * ('"+" indicates attending'), only the marked names of an "Org - Name + / Name" line count.
 */
const ROMAN_MARK = /^\s*[IVX]{1,4}\.\s+\S/;

function readRollCall(seg: Segmented): { names: string[]; chair: Hit<string> | null; first: SegLine | null; last: SegLine | null } {
  const names: string[] = [];
  let chair: Hit<string> | null = null;
  let first: SegLine | null = null;
  let last: SegLine | null = null;
  // Not the verb: "Anne Muzzini, Director of Planning and IT, to present." under an agenda's item.
  const headAt = seg.lines.findIndex((l) => l.i < seg.tailStart && l.text.length <= 60 && /\b(?:roll call|attendance|attendees|members present|present)\b/i.test(l.text) && !/\bto\s+present\b/i.test(l.text) && !/[.:]\s*\S/.test(l.text.replace(/^\S{1,4}[.)]\s*/, '')));
  if (headAt < 0) return { names, chair, first, last };
  const headStyle = seg.lines[headAt].num?.style;
  // Roman numerals are left unnumbered by segmenting: "I. Call to Order - Roll Call" ends at "II. …".
  const headRoman = ROMAN_MARK.test(seg.lines[headAt].text);
  // The block: up to the next heading of the same level, or a heading that is not about attendance.
  const block: SegLine[] = [];
  for (let i = headAt + 1; i < seg.tailStart; i++) {
    const l = seg.lines[i];
    if (headStyle && l.num?.style === headStyle) break;
    if (headRoman && ROMAN_MARK.test(l.text)) break;
    if (!BULLET.test(l.text) && l.text.length <= 60 && !/[,(+*]/.test(l.text) && !/\b(?:attend|attendees|members|guests|observers|present|staff|officers|absent|apologies|regrets|excused|voting|premier|general)\b/i.test(l.text) && !/^["“]/.test(l.text)) {
      // A heading of the next part ("Meeting Minute Approval").
      if (block.length) break;
    }
    block.push(l);
  }
  const legend = block.map((l) => l.text.match(/^["“]?\s*([+*✓✔])\s*["”]?\s+(?:indicates|denotes|means|=)\s+(?:attending|attendance|present|attended)/i)).find(Boolean);
  const mark = legend ? legend[1] : null;
  let excluded = false;
  for (const l of block) {
    const bullet = BULLET.test(l.text);
    const t = l.text.replace(BULLET, '').trim();
    if (/^(?:not in attendance|absent|apologies|regrets|excused|not present)\b/i.test(markdownHeadingWords(l.text) ?? t)) {
      excluded = true;
      continue;
    }
    if (!bullet && !/[,(]/.test(t)) {
      // A group heading: "Premier Members of the CCC", "Guests / Observers", "Other Attendees".
      if (!/[+*]\s*$/.test(t) || /indicates|denotes/i.test(t)) {
        excluded = /^(?:not in attendance|absent)/i.test(t);
        continue;
      }
    }
    // A lettered group heading: "b. Guests / Observers".
    if (!/[(+*]/.test(t) && /\b(?:members|guests|observers|staff|officers|attendees|attendance|visitors|public|representatives)\b/i.test(t)) {
      excluded = false;
      continue;
    }
    if (excluded || /indicates|denotes|voting member/i.test(t)) continue;
    // "Arm - Nathaniel McCallum + / Michael Lu": the organisation, then people.
    const people = t.includes(' / ') || (mark && / [-–] /.test(t)) ? t.replace(/^[^-–]{1,40}\s[-–]\s+/, '').split(/\s+\/\s+/) : [t];
    for (const p0 of people) {
      // The mark sorts the people of an "Org - A + / B" line; a line of one person stands as it is.
      const orgLine = / [-–] | \/ /.test(t);
      if (mark && orgLine && !p0.includes(mark)) continue;
      const p = p0.split(mark ?? '\u0000').join(' ');
      const person = cleanEnPerson(p.replace(/\s+[-–—]{1,2}\s*(?=\()/, ' '));
      if (!person.name || p.length > 90) continue;
      names.push(person.name);
      first ??= l;
      last = l;
      if (person.chair && !chair) chair = { value: person.name, start: l.start, end: l.end, confidence: 0.8 };
    }
  }
  return { names, chair, first, last };
}

const MEMBER_STYLE = new RegExp(`^${alt(EN_MEMBER_STYLES)}\\.?\\s+\\p{Lu}`, 'iu');
/** A bullet before a member's line ("- Councillor Declan Bree") is the list's markup. */
const LINE_BULLET = /^\s*[-*•·]\s+/;
/** One member a line, by style: "Councillor Liz Clews", "Cr A Smith (Chair)". */
const memberLine = (t0: string) => {
  const t = t0.replace(LINE_BULLET, '');
  return t.length <= 90 && MEMBER_STYLE.test(t.trim()) && !/[,;].*[,;]/.test(t) && !!cleanEnPerson(t).name;
};

/** A line that is a comma list of names with their posts in brackets, nothing else: the list of a label lost in the layout. */
function unlabelledList(text: string): string | null {
  if (text.length > 400 || /[.:;]\s*$/.test(text) && !/\)\s*$/.test(text)) return null;
  const items = text.replace(/\([^()]{0,60}\)/g, '').split(/,|\s(?:and|&)\s/).map((x) => x.trim()).filter(Boolean);
  return items.length >= 3 && !items.some((x) => VENUE_END.test(x)) && items.every((x) => x.split(/\s+/).length <= 4 && !!cleanEnPerson(x).name) ? text : null;
}

/** A venue's name or street, no person's ("Sheltered Housing Community Room, Elin Way, Meldreth"): words few surnames are. */
const VENUE_END = /\s(?:Room|Rooms|Centre|Center|Street|Road|Avenue|Way|Building|Chambers|Library|Hotel|Pavilion|Auditorium|Clubhouse|Theatre|Theater)$/;

/** An attendance label inside a line of run-together text, with the colon that marks it: "COUNCIL PRESENT:", "Members absent:". */
const RUN_ON_LABEL = new RegExp(
  `(?:\\b${alt(EN_RUN_ON_ATTEND.groups)}\\s+)?\\b(${alt([...EN_RUN_ON_ATTEND.present, ...EN_RUN_ON_ATTEND.absent])})\\s*:`,
  'gi',
);
const RUN_ON_ABSENT = new RegExp(`^${alt(EN_RUN_ON_ATTEND.absent)}$`, 'i');
/** Where a list run into the text ends: a full stop before a word that is no initial, or a heading in capitals. */
const RUN_ON_LIST_END = /(?<!\b\p{Lu})\.\s+(?=[\p{Lu}\d][\p{Ll}\d/]{2,}|[IVX]{1,4}\.\s|[\p{Lu}]{2,})|\s(?=\p{Lu}{3,}(?:\s+\p{Lu}{2,}){1,})/u;
/** A sub-label inside such a list ("Mayor: A Councillors: B, C"): a part of the list, not a name. */
const RUN_ON_SUB_LABEL = /(?:^|\s)\p{Lu}[\p{L}-]+:\s*/gu;

/**
 * The lists after attendance labels run into one line of a PDF's text, those of the absent left out:
 * "COUNCIL PRESENT: Mayor Tierney; Councilmembers Slavik, Hewitt. ABSENT: … STAFF PRESENT: City Manager Johnson".
 */
function runOnLabelled(text: string): string[] {
  const labels = [...text.matchAll(RUN_ON_LABEL)];
  const out: string[] = [];
  labels.forEach((m, k) => {
    if (RUN_ON_ABSENT.test(m[1].replace(/\s+/g, ' '))) return;
    // A label that opens its line was read as one already; here only those inside it.
    if ((m.index ?? 0) === 0) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < labels.length ? (labels[k + 1].index ?? text.length) : Math.min(text.length, from + 600);
    let value = text.slice(from, to);
    const stop = RUN_ON_LIST_END.exec(value);
    if (stop) value = value.slice(0, stop.index);
    value = value.replace(RUN_ON_SUB_LABEL, ', ').replace(/^[\s,]+/, '');
    out.push(...readEnAttendance(value).names);
  });
  return out;
}

/** The mayor in a list of those present: "Mayor John Carter (HWTM), Cr …", "Cr Kristy McBain, Mayor" (not a deputy or a town's mayor). */
/** The record speaking of the mayor as the one acting: "The Mayor commenced by …", "His Worship the Mayor opened …". */
const EN_MAYOR_ACTS = /\b(?:[Tt]he|Worship(?: the)?) Mayor\s+(?:commenced|opened|welcomed|declared|called|presided|chaired|thanked|acknowledged|invited|closed|adjourned)\b/;
const EN_MAYOR_LISTED = /(?<!\b(?:deputy|vice|town|lord|acting|former|ex|pro-tem)[\s-])\bMayor\s+((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3})|^(?:\s*(?:Cr|Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}),\s*Mayor\s*$/u;

const ZH_RUN_HEAD = new RegExp(alt(ZH_RUN_ON_ATTEND.heads));
const ZH_RUN_HONOUR = new RegExp(`(?:[,，]?\\s*[A-Z]{2,3})*\\s*${alt(ZH_RUN_ON_ATTEND.honours)}`, 'g');
const ZH_RUN_END = new RegExp(alt(ZH_RUN_ON_ATTEND.ends));
/** What stands before a name in such a list: a post, a body, a bracket's end, or the honours of the one before. */
const ZH_RUN_BEFORE = new RegExp(`^.*(?:${alt([...ZH_RUN_ON_ATTEND.posts, ...ZH_PERSON_TITLES, ...ZH_LIST_POSTS, ...ZH_ORG_ENDS, '公司', '师', '師', '官', '长', '長'])}|[^\\u3400-\\u9fff])`);

/**
 * A Hong Kong record's attendance run together on one line with no separator: each name is the run of characters
 * before its honour ("先生", "议员", "太平绅士"), after the post or the body printed before it; the list ends at the
 * absent or the secretary. Names of two to four characters only; anything longer is left out.
 */
function zhRunOnHonoured(seg: Segmented, l: SegLine): { names: string[]; chair: string | null } {
  const head = ZH_RUN_HEAD.exec(l.text);
  if (!head) return { names: [], chair: null };
  // The list may go on over the next line of the same run-together text.
  let text = l.text.slice(head.index + head[0].length);
  const next = seg.lines[l.i + 1];
  if (next && next.kind !== 'chrome' && !ZH_RUN_HEAD.test(next.text)) text += next.text.replace(/^\d{1,3}[、.]/, '');
  const stop = ZH_RUN_END.exec(text);
  if (stop) text = text.slice(0, stop.index);
  const names: string[] = [];
  // The one whose post before the name is 主席 (not 副主席): "出席者主席林某BBS太平绅士…".
  let chair: string | null = null;
  let from = 0;
  ZH_RUN_HONOUR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZH_RUN_HONOUR.exec(text))) {
    const raw = text.slice(from, m.index);
    const before = raw.replace(ZH_RUN_BEFORE, '');
    from = m.index + m[0].length;
    if (/^[\u3400-\u9fff]{2,4}$/.test(before) && plausibleName(before)) {
      names.push(before);
      if (!chair && /(?:^|[^副])主席$/.test(raw.slice(0, raw.length - before.length))) chair = before;
    }
  }
  return names.length >= 3 ? { names: uniq(names), chair } : { names: [], chair: null };
}

/** "X also attended", "X was in attendance": a person added after the list. */
const EN_ALSO_ATTENDED = /\s+(?:also\s+attended|(?:was|were)\s+(?:also\s+)?in\s+attendance|(?:was|were)\s+also\s+present|attended\s+as\s+\w+)\b/i;

/** The persons a sentence after an attendance list adds: "Also present were A, B", "As Clerk, Mr. X also attended." */
function alsoAttended(text: string): string[] {
  const lead = text.match(EN_ALSO_PRESENT);
  if (lead) return readEnAttendance(text.slice(lead[0].length)).names;
  const m = text.match(EN_ALSO_ATTENDED);
  if (!m || m.index === undefined || text.length > 200) return [];
  // The subject: the clause before the verb ("As Secretary to the Board, Mr. Mc Ginnity").
  const subject = text.slice(0, m.index).split(/[,;]\s*/).pop() ?? '';
  return readEnAttendance(subject).names;
}

export function readAttendance(all: Segmented): Attendance {
  // A roll kept as a task list ticks who came (fields/ticked-roll.ts).
  const seg = withoutUnticked(all);
  const read = readAttendanceBy(seg, false);
  // "1. PRESENT" over its names: the roll's label, numbered as an item, where nothing else read the roll whole.
  if (seg.lang !== 'en') return read;
  const numbered = read.attendees.length >= 3 ? read : readAttendanceBy(seg, true);
  return withPresiderNamed(unsureWhereMoreAttended(seg, numbered.attendees.length > read.attendees.length ? numbered : read));
}

/**
 * A list read, and a sentence elsewhere naming someone else present ("Director David Cunningham was present.",
 * "Other administrators present were A and B."), or a post's line beside the roll naming someone not in it
 * ("Mayor: Julie Peterson." over "Council Present: …", "Administrator – Michael Rattray" under "Councillors – …"):
 * the list may not hold everyone who attended, a reading to check.
 */
function unsureWhereMoreAttended(seg: Segmented, att: Attendance): Attendance {
  const hit = att.attendeesHit;
  if (!hit || hit.confidence < 0.9) return att;
  const known = new Set(att.attendees);
  const more = seg.lines.some((l) => l.kind !== 'chrome' && enAttendedSentence(l.text, true).some((n) => !known.has(n)));
  const near = seg.lines.filter((l) => l.end >= hit.start - 400 && l.start <= hit.end + 200 && (l.end <= hit.start || l.start >= hit.end));
  const posted = near.some((l) => {
    const m = POST_LINE.exec(l.text.trim());
    const name = m ? cleanEnPerson(m[2].replace(/\.$/, '')).name : null;
    return !!m && hasPostWord(m[1]) && !!name && /\s/.test(name) && !known.has(name);
  });
  return more || posted ? { ...att, attendeesHit: { ...hit, confidence: 0.8 } } : att;
}

/** A post and one person on a line of their own: "Mayor: Julie Peterson.", "Administrator – Michael Rattray". */
const POST_LINE = /^((?:[\p{Lu}][\p{Ll}-]+\s){0,2}[\p{Lu}][\p{Ll}-]+)\s?[:–—-]\s?(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\.?$/u;

/** An English presider cleaned to the name it holds, or none where it holds none (fields/presider-value-en.ts). */
function withPresiderNamed(att: Attendance): Attendance {
  const p = att.presider;
  if (!p) return att;
  const name = presiderValueEn(p.value);
  if (name === p.value) return att;
  if (!name) return { ...att, presider: null };
  const at = p.value.indexOf(name);
  return { ...att, presider: { ...p, value: name, start: p.start + Math.max(0, at), end: p.start + Math.max(0, at) + name.length } };
}

/** Another officer's post under its label, on the line or beside it: "Vice-Chairman: B", "Secretary – C", "Treasurer: D". */
const OFFICER_POST = /(?:^|\s)(?:Vice[- ]?(?:Chair(?:man|person|woman)?|President)|(?:Hon\.?\s+)?Secretary|(?:Hon\.?\s+)?Treasurer)\s*(?:[:：]|\s[-–]\s)/i;

/** An attendance label naming the group its names came as, spaces taken out: "Presentfromexecutive". */
const GROUP_ROLL_LABEL = /^(?:present|attending|inattendance)(?:from|for)/i;

/** One roll label printed three times or more, spread over the page: a log's meetings, or an item's each. */
function repeatedRollLabel(labels: { i: number; word: string }[]): boolean {
  const byWord = new Map<string, number[]>();
  for (const l of labels) byWord.set(l.word, [...(byWord.get(l.word) ?? []), l.i]);
  return [...byWord.values()].some((at) => at.length >= 3 && at[at.length - 1] - at[0] > 15);
}

function readAttendanceBy(seg: Segmented, numberedRoll: boolean): Attendance {
  const names: string[] = [];
  let first: SegLine | null = null;
  let last: SegLine | null = null;
  let presider: Hit<string> | null = null;
  let chairFromList: Hit<string> | null = null;
  // How the list was found: a label is a strong marker; a sentence or an unlabelled list is a reading.
  let confidence = 0.9;
  // The attendance labels read, by line and word (repeatedRollLabel).
  const rollLabels: { i: number; word: string }[] = [];
  // English items read as no person: names and posts were printed apart, so the list is a reading.
  let dropped = 0;
  const firstItem = seg.lines.find((l) => l.i >= seg.bodyStart && l.num)?.i ?? seg.tailStart;
  // The last line read by the unlabelled list below, so its wrapped lines are not read twice.
  let skipTo = -1;
  const end = seg.tailStart;

  for (const printed of seg.lines.slice(0, end)) {
    const l = (numberedRoll && numberedRollHeading(printed)) || printed;
    if (l.kind === 'label' && l.label) {
      const kind = l.label.kind;
      if (kind === 'attendance') {
        // "Present were A, B and C." / "Also present: D": the members stated in the sentence above the others' label.
        const above = seg.lang === 'en' && !names.length && /^also\b/i.test(l.label.label) ? seg.lines[l.i - 1] : null;
        if (above && above.kind === 'text' && !above.num) {
          const said = presentSentences(above.text);
          if (said.names.length >= 2) {
            names.push(...said.names);
            first ??= above;
            if (said.chair && !chairFromList) chairFromList = { value: said.chair, start: above.start, end: above.end, confidence: 0.7 };
          }
        }
        for (const part of labelValue(seg, l)) {
          if (part.cutShort || part.joined) dropped++;
          if (seg.lang === 'zh') {
            const read = readZhAttendance(part.text);
            names.push(...read);
            // An item read as no one ("歆", a name of one character): the list as read is short of the one printed.
            if (read.length < splitList(part.text).filter((x) => x.trim()).length && read.length >= 3) dropped++;
            // The chair marked in the list: "刘慧卿议员(主席)".
            const chair = part.text.match(ZH_CHAIR_MARK);
            const name = chair ? (zhNameFrom(chair[1].replace(ZH_HONORIFIC_END, '')) ?? chair[1].replace(ZH_HONORIFIC_END, '')) : null;
            if (name && plausibleName(name) && !chairFromList) chairFromList = { value: name, start: part.line.start, end: part.line.end, confidence: 0.8 };
            // A member known by a Latin handle ("encyclopedist(主席)、Jerry~雨雨(代理秘書職務)").
            const handle = chair ? null : part.text.match(ZH_CHAIR_HANDLE);
            if (handle && !chairFromList) chairFromList = { value: handle[1], start: part.line.start, end: part.line.end, confidence: 0.8 };
            // A row whose post cell names the chair or convener ("周啟誠先生 | –小組召集人").
            const chairRow = part.chair && read.length === 1 ? read[0].replace(ZH_HONORIFIC_END, '') : null;
            if (chairRow && !chairFromList) chairFromList = { value: chairRow, start: part.line.start, end: part.line.end, confidence: 0.7 };
          }
          else if (part.person) {
            const p = part.name ? { name: part.name, chair: !!part.chair } : cleanEnPerson(part.text);
            if (p.name) names.push(p.name);
            else dropped++;
            if (p.name && p.chair && !chairFromList) chairFromList = { value: stripHonorifics(p.name) || p.name, start: part.line.start, end: part.line.end, confidence: 0.8 };
          } else {
            const r = readEnAttendance(part.text);
            names.push(...r.names);
            dropped += r.dropped + (r.sentenced ? 1 : 0);
            if (r.chair && !chairFromList) chairFromList = { value: r.chair, start: part.line.start, end: part.line.end, confidence: 0.8 };
          }
          first ??= part.line;
          last = part.line;
        }
        rollLabels.push({ i: l.i, word: l.label.label.replace(/\s+/g, '') });
      } else if (kind === 'presider' && !presider && !(l.label.bulleted && last && l.i > last.i + 3) && (l.label.value || (seg.lines[l.i + 1]?.kind === 'text' && (seg.lang === 'en' || seg.lines[l.i + 1].text.length <= 30)))) {
        // "PRESENT IN THE CHAIR:" with the name on the next line.
        // "会议主持人:" / "区委副书记、区长杨福涛": in Chinese too, where the line below reads as a name.
        const below = !l.label.value;
        const v = l.label.value || seg.lines[l.i + 1].text;
        const at = below ? seg.lines[l.i + 1].start : l.start + l.label.valueAt;
        const read = presiderFromLabel(v, seg.lang, below ? seg.lines[l.i + 2]?.text : seg.lines[l.i + 1]?.text);
        const name = read && (seg.lang === 'en' || !below || (/^[\u3400-\u9fff]{2,4}$/.test(read.name) && plausibleName(read.name))) ? read.name : null;
        // Beside the other officers' posts ("Chairman: A" / "Vice-Chairman: B" / "Secretary: C"), a chair may be one elected, not the meeting's.
        const officers = seg.lines.slice(Math.max(0, l.i - 2), l.i + 3).some((o) => OFFICER_POST.test(o.text));
        if (name) presider = { value: name, start: at + Math.max(0, v.indexOf(name)), end: at + Math.max(0, v.indexOf(name)) + name.length, confidence: read?.sure && !officers ? 0.95 : 0.6 };
        // "PRESENT IN THE CHAIR: Councillor M Donegan": the chair is one of those present.
        if (name && seg.lang === 'en' && /present/i.test(l.label.label)) names.push(name);
      }
      continue;
    }
    // Unlabelled English attendance near the top: "Councillors D Risk (Chairman), P Summers …",
    // then role lines such as "Parish Clerk and RFO A M Hounsell".
    if (seg.lang === 'en' && l.kind === 'text' && !l.num && l.i < firstItem && l.i <= seg.bodyStart + 4 && l.i > skipTo && !underAbsence(seg, l)) {
      // "Councillor Liz Clews" / "Councillor Tim Davies" / …: members a line each, their heading lost with the page's top.
      if (!first && !names.length && memberLine(l.text) && memberLine(seg.lines[l.i + 1]?.text ?? '') && memberLine(seg.lines[l.i + 2]?.text ?? '')) {
        const parts = enLinesFrom(seg, l.i, []);
        for (const part of parts) {
          const p = cleanEnPerson(part.text);
          if (!p.name) continue;
          names.push(p.name);
          if (p.chair && !chairFromList) chairFromList = { value: stripHonorifics(p.name) || p.name, start: part.line.start, end: part.line.end, confidence: 0.7 };
        }
        if (names.length) {
          confidence = 0.75;
          first = l;
          last = parts[parts.length - 1].line;
          skipTo = last.i;
          continue;
        }
      }
      // "members present were …" wrapped from the line above is a sentence, read below with its wrapping.
      const m = /^\p{Ll}/u.test(l.text) && /\b(?:present|in attendance|attending)\s+(?:were|was)\b/i.test(l.text) ? null : l.text.match(EN_LIST_START);
      // A list whose label was lost ("Maraea Kea (Chair), Chicky Rudkin (Principal), Mary Davis"): three or more persons and nothing else.
      const bare = !m && !first && !names.length ? unlabelledList(l.text) : null;
      if (m || bare) {
        const { text, last: end0 } = joinEnList(seg, l, m ? l.text.slice(m[0].length) : l.text);
        const r = readEnAttendance(text);
        if (r.names.length >= (m ? 2 : 3) && (m || r.dropped === 0)) {
          names.push(...r.names);
          if (!first) confidence = 0.75;
          if (r.chair && !chairFromList) chairFromList = { value: r.chair, start: l.start, end: l.end, confidence: 0.8 };
          first ??= l;
          last = end0;
          skipTo = end0.i;
          // Staff one a line below the members: "C Pinnells, Acting Town Clerk".
          for (let i = end0.i + 1; i < Math.min(firstItem, end0.i + 12); i++) {
            const n = seg.lines[i];
            if (n.kind !== 'text' || n.num || n.text.length > 80 || (n.text.match(/,/g) ?? []).length > 1) break;
            const p = cleanEnPerson(n.text);
            if (!p.name) break;
            names.push(p.name);
            last = n;
            skipTo = i;
          }
          continue;
        }
      }
      if (first && EN_ROLE_LINE.test(l.text) && l.text.length < 80) {
        const p = cleanEnPerson(l.text);
        if (p.name) {
          names.push(p.name);
          last = l;
        }
      }
    }
  }

  // English attendance in capitals inside text run together ("ATTENDANCE Crs A, B & C OFFICERS PRESENT Mr D, Chief
  // Executive Officer Mr E, …"), or stated in a sentence ("Board members present were …. Also present were …").
  if (seg.lang === 'en' && names.length === 0) {
    let sentenceChair: string | null = null;
    const hit = firstReading(seg, end, (l) => {
      if (l.kind === 'label') return [];
      const found = capsGroups(l.text);
      if (!found.length) {
        const said = presentSentences(wrappedSentence(seg, l));
        found.push(...said.names);
        sentenceChair = said.names.length ? said.chair : null;
      }
      if (!found.length) found.push(...followingPresent(seg, l));
      if (!found.length) found.push(...presentInline(l.text));
      if (!found.length) found.push(...withInAttendance(wrappedSentence(seg, l)));
      return found;
    });
    if (hit) {
      names.push(...hit.names);
      confidence = 0.75;
      first ??= hit.line;
      last = hit.line;
      const chair: string | null = sentenceChair;
      if (chair && !chairFromList) chairFromList = { value: chair, start: hit.line.start, end: hit.line.end, confidence: 0.7 };
    }
  }

  // Chinese attendance stated in a sentence, when no label lists it.
  if (seg.lang === 'zh' && names.length === 0) {
    // The opening lines, then the closing ones: a government meeting's release ends "A、B、C参加会议。".
    const opening = seg.lines.slice(0, Math.min(end, seg.bodyStart + 6));
    const closing = seg.lines.slice(Math.max(seg.bodyStart + 6, end - 3), end);
    for (const l of [...opening, ...closing]) {
      if (l.kind !== 'text' && l.kind !== 'view') continue;
      // Every such sentence of the opening lines: "…副县长A、B出席会议。" then "…C、D列席会议。", the units on a line of their own.
      const inner = zhInnerLabels(l.text);
      const found = inner.length ? inner : zhAttendanceSentence(l.text);
      // At the close only a list of persons: a closing line naming bodies is more often a task than who came.
      if (found.length && l.i >= seg.bodyStart + 6 && !found.every(isBareName)) continue;
      if (found.length) {
        names.push(...found);
        confidence = 0.7;
        first ??= l;
        last = l;
      }
    }
  }
  // A Hong Kong record's list run together with no separator: "出席者主席林某BBS太平绅士副主席周某太平绅士议员方某先生…".
  if (seg.lang === 'zh' && names.length === 0) {
    for (const l of seg.lines.slice(0, Math.min(end, seg.bodyStart + 20))) {
      if (l.kind === 'chrome' || l.text.length < 60) continue;
      const { names: found, chair } = zhRunOnHonoured(seg, l);
      if (!found.length) continue;
      names.push(...found);
      if (chair && !chairFromList) chairFromList = { value: chair, start: l.start + Math.max(0, l.text.indexOf(chair)), end: l.start + Math.max(0, l.text.indexOf(chair)) + chair.length, confidence: 0.7 };
      confidence = 0.7;
      first ??= l;
      last = l;
      break;
    }
  }
  // An English roll call: "Roll Call" then groups of "Name (Org)*" lines; "Not in attendance" excluded.
  if (seg.lang === 'en' && names.length === 0) {
    const rc = readRollCall(seg);
    if (rc.names.length) {
      names.push(...rc.names);
      confidence = 0.75;
      if (rc.chair && !chairFromList) chairFromList = rc.chair;
      first ??= rc.first;
      last = rc.last;
    }
  }

  // A list run into the text of a PDF: "The following members were present: 1 Prof. A Rao 2 Dr. B Nair …".
  if (seg.lang === 'en' && names.length === 0) {
    // "PRESENT: The following were present: Dr …": the list follows the last of the marks.
    // The chair marked in the list ("1. Professor A … (in the Chair) Vice Chancellor 2. Dr B …") presides.
    const chairs = new Map<SegLine, string>();
    const hit = firstReading(seg, end, (l) => {
      const read = [...l.text.matchAll(new RegExp(EN_RUN_ON_PRESENT.source, 'gi'))]
        .map((m) => readRunOnListAndChair(l.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1200)))
        .find((x) => x.names.length);
      if (read?.chair) chairs.set(l, read.chair);
      return read?.names ?? [];
    });
    if (hit) {
      const chair = chairs.get(hit.line);
      const at = chair ? hit.line.text.indexOf(chair) : -1;
      if (chair && !chairFromList) chairFromList = { value: chair, start: hit.line.start + Math.max(0, at), end: hit.line.start + Math.max(0, at) + chair.length, confidence: 0.7 };
      names.push(...hit.names);
      confidence = 0.7;
      first ??= hit.line;
      last = hit.line;
    }
  }

  // Attendance labels run into a PDF's text, colon and all, the lists unnumbered: "… 2001. COUNCIL PRESENT: Mayor A;
  // Councilmembers B, C. ABSENT: D. STAFF PRESENT: E", "Present Members: Cllr A (Chairman), Cllr B …".
  if (seg.lang === 'en' && names.length === 0) {
    const hit = firstReading(seg, end, (l) => {
      if (l.kind === 'label' || l.text.length < 120) return [];
      const found = runOnLabelled(l.text);
      return found.length < 2 ? [] : found;
    });
    if (hit) {
      names.push(...hit.names);
      confidence = 0.7;
      first ??= hit.line;
      last = hit.line;
    }
  }

  // Attendance told in the record's sentences: "It was attended by A, B and C.", "Uttara Sahaym was present.": a reading.
  if (seg.lang === 'en' && names.length === 0) {
    // A list wrapped at a comma goes on on the next line ("… answered: Alderman Parker, Blake," / "Moore, Dodd and Sagely.").
    const withWrap = (l: SegLine) => (/,\s*$/.test(l.text) && seg.lines[l.i + 1]?.kind === 'text' ? `${l.text} ${seg.lines[l.i + 1].text}` : l.text);
    const hit = firstReading(seg, end, (l) =>
      l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'distribution' ? [] : enAttendedSentence(withWrap(l)));
    if (hit) {
      names.push(...hit.names);
      confidence = 0.7;
      first ??= hit.line;
      last = hit.line;
    }
  }

  // A council's roll under its call to order, a member a line, no heading (fields/roll-under-call.ts).
  if (seg.lang === 'en' && names.length === 0) {
    const roll = rollUnderCall(seg);
    if (roll) {
      names.push(...roll.names);
      confidence = 0.75;
      first ??= roll.first;
      last = roll.last;
    }
  }

  // A numbered list of persons with their place in the body, its heading lost: "1. W. Ogana (member)" / "2. A. Mensah (member)" / ….
  if (seg.lang === 'en' && names.length === 0) {
    const run = numberedMembers(seg, end);
    if (run) {
      names.push(...run.names);
      confidence = 0.7;
      first ??= run.first;
      last = run.last;
    }
  }

  // A sentence right after the list adds to it: "As Secretary to the Board, Mr. X also attended.", "Also present were …".
  if (seg.lang === 'en' && names.length && last) {
    for (const n of seg.lines.slice(last.i + 1, Math.min(end, last.i + 4))) {
      if (n.kind === 'label' || n.num) break;
      const more = alsoAttended(n.text);
      if (!more.length) continue;
      names.push(...more);
      dropped++;
      last = n;
    }
  }

  // No list under a label or in a sentence: a table of members with a presence column (fields/presence-table.ts), read below 0.9.
  if (!names.length) {
    const table = presenceTable(seg);
    if (table) {
      names.push(...table.names);
      first = table.first;
      last = table.last;
      dropped++;
    }
  }
  if (!presider && chairFromList) presider = chairFromList;
  // A list printed without its label: the chair marked in it near the top ("何承天先生,SBS,JP(主席)").
  if (!presider && seg.lang === 'zh') {
    for (const l of seg.lines.slice(0, Math.min(end, 40))) {
      const m = l.kind === 'text' ? l.text.match(ZH_CHAIR_MARK) : null;
      const name = m ? (zhNameFrom(m[1].replace(ZH_HONORIFIC_END, '')) ?? m[1].replace(ZH_HONORIFIC_END, '')) : null;
      if (name && plausibleName(name)) {
        presider = { value: name, start: l.start + l.text.indexOf(m![1]), end: l.start + l.text.indexOf(m![1]) + name.length, confidence: 0.7 };
        break;
      }
    }
  }
  if (!presider) {
    // A sentence: the opening paragraph, the first lines of the body, or a note under an item.
    const scan = seg.lines.slice(0, Math.min(end, seg.bodyStart + 40));
    for (const l of scan) {
      if (l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'distribution') continue;
      const p = findPresider(l.text, seg.lang, seg.lines[l.i + 1]?.text);
      if (p) {
        presider = { value: p.name, start: l.start + p.index, end: l.start + p.index + p.name.length, confidence: 0.75 };
        break;
      }
    }
  }
  if (!presider) presider = chairMarkedLine(seg);
  // A council's mayor first among those present chairs its meeting where no one is said to: a reading.
  // Only where the record shows the mayor acting ("The Mayor commenced …", "His Worship the Mayor …"): a list alone,
  // even under the call to order, says who came, not who chaired.
  const mayorActs = () => seg.lines.slice(0, Math.min(end, 120)).some((l) => EN_MAYOR_ACTS.test(l.text));
  if (!presider && seg.lang === 'en' && first && last && mayorActs()) {
    for (const l of seg.lines.slice(first.i, last.i + 1)) {
      const m = EN_MAYOR_LISTED.exec(l.text);
      const name = m ? (m[1] ?? m[2]).trim() : null;
      if (!m || !name || !names.some((n) => n.includes(name) || name.includes(n))) continue;
      const at = l.start + m.index + m[0].indexOf(name);
      presider = { value: name, start: at, end: at + name.length, confidence: 0.6 };
      break;
    }
  }
  // The same roll label again and again down the page ("分享人" under each meeting of a log, "Present" under each
  // item): whose roll the names are is a reading.
  if (repeatedRollLabel(rollLabels)) confidence = Math.min(confidence, 0.8);
  // A roll given group by group under labels naming each ("Present from executive:", "Present from members:"):
  // a group under a label of another form ("Associate member:") may be left unread, so the roll is a reading.
  if (rollLabels.some((l) => GROUP_ROLL_LABEL.test(l.word))) confidence = Math.min(confidence, 0.8);
  // Those who came in after the roll was read ("Evans entered the meeting at 6:13 p.m."): a reading.
  if (seg.lang === 'en' && names.length) {
    const late = lateArrivals(seg.lines.slice(Math.min(first?.i ?? seg.bodyStart, seg.bodyStart), seg.tailStart), names);
    if (late.length) {
      names.push(...late);
      confidence = Math.min(confidence, 0.85);
    }
  }
  // An item with no letter in it is markup or a stray mark ("/>"), not a person; a masked name ("***") is one.
  const attendees = dropPostCells(uniq(seg.lang === 'zh' ? dropPostsBesideNames(names) : withoutSpill(names)).filter((n) => !HEADCOUNT.test(n) && !isListPointer(n) && /[\p{L}*＊×]/u.test(n)));
  if (dropped) confidence = Math.min(confidence, 0.85);
  // A list under a label read loosely (segment/labels.ts) is a reading too.
  if (seg.lines.slice(0, end).some((l) => l.kind === 'label' && l.label?.kind === 'attendance' && l.label.loose && first && l.i >= first.i - 1 && last && l.i <= last.i)) confidence = Math.min(confidence, 0.85);
  // An attendance word on a line just after the list that was not read as a label ("联安列席：…",
  // "Also attending Mr X"): the list may go on past where it was cut.
  if (last && seg.lines.slice(last.i + 1, last.i + 5).some((n) => n.kind !== 'label' && ((n.text.length <= 80 && UNREAD_ATTEND.test(n.text)) || (n.text.length <= 200 && VISITORS_NAMED.test(n.text))))) confidence = Math.min(confidence, 0.85);
  // The line just after the list opens on a person ("Mr David Grubb (Minutes). Residents – …"): the list may run on past where it was cut.
  if (seg.lang === 'en' && last && NEXT_PERSON_EN.test(seg.lines[last.i + 1]?.kind === 'label' ? '' : (seg.lines[last.i + 1]?.text ?? ''))) confidence = Math.min(confidence, 0.85);
  if (seg.lang === 'en' && first && staffGroupUnread(seg.lines, first, attendees)) confidence = Math.min(confidence, 0.85);
  if (seg.lang === 'en' && first && last && sharedSurnamePair(seg.lines, first.i, last.i)) confidence = Math.min(confidence, 0.85);
  if (first && last && modeGroupUnread(seg.lines, first, last, attendees)) confidence = Math.min(confidence, 0.85);
  if (first && last && namesBesideUnread(seg.lines, first, last, attendees, seg.lang)) confidence = Math.min(confidence, 0.85);
  if (seg.lang === 'en' && first && last && namesWithinUnread(seg.lines, first, last, attendees)) confidence = Math.min(confidence, 0.85);
  // Staff named after the absentees in a run-on roll ("Absent: Mike Gillott; Village Clerk Eileen Murdoch; …") and not read:
  // present or absent, the line does not say.
  if (seg.lang === 'en' && first && last && seg.lines.slice(first.i, last.i + 2).some((l) => { const m = STAFF_AFTER_ABSENT.exec(l.text); return !!m && !attendees.some((n) => n.includes(m[1])); })) confidence = Math.min(confidence, 0.85);
  // The record's own count of members present, fewer than the names read ("a quorum existed with three board members present"
  // under six names): names from another group, or from the absent, were read as present.
  if (seg.lang === 'en' && first && last && moreMembersThanCounted(seg.lines, first.i, last.i)) confidence = Math.min(confidence, 0.85);
  // Labels printed one under another with nothing beside them ("Present:" / "Apologies:" / "In attendance:"), the names
  // below them all: a table's columns read apart from their heads, so which names go with which label is a guess.
  if (first && stackedLabels(seg, first)) confidence = Math.min(confidence, 0.75);
  // A post alone ("The chair opened the meeting") names no one (fields/presider-post-only.ts).
  presider = withoutBarePost(presider, seg.lang);
  // The chair named apart from an English roll and not in it ("PRESIDING: John Coyle" over "PRESENT: Magistrates …"):
  // whether the chair is counted among those present, the roll alone does not say. (A Chinese record prints 主持 apart
  // from 出席 by custom, and its 出席 is the list as printed.)
  if (seg.lang === 'en' && presider && attendees.length >= 2 && !attendees.some((n) => samePerson(n, presider!.value))) confidence = Math.min(confidence, 0.85);
  return {
    attendees,
    attendeesHit: first && last && attendees.length ? { value: attendees, start: first.start, end: last.end, confidence: listConfidence(confidence, attendees, seg.lang) } : null,
    presider,
    // An English roll that names no one is an agenda's "Roll Call" item as often as a record's: no mark either way.
    recorded: !!first && (seg.lang === 'zh' || attendees.length > 0),
  };
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** "three board members present", "5 members were in attendance": the members counted as present. */
const MEMBERS_COUNTED = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:voting\s+)?(?:board\s+|council\s+|committee\s+|commission\s+)?(?:members?|trustees|directors|commissioners|councillors|councilors)\s+(?:were\s+|being\s+)?(?:present|in attendance)\b/i;
function membersCounted(text: string): number {
  const m = MEMBERS_COUNTED.exec(text);
  return m ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
}
/** A member's post printed beside a name in the roll ("Ken Leffler, Clerk", "Mary Foote, Board Member"); staff's posts are not counted. */
const MEMBER_POST = /,\s*(?:(?:vice|deputy)[\s-])?(?:chair(?:man|woman|person)?|board member|member|trustee|director|commissioner|councill?or|council member|supervisor|mayor|president|clerk)\s*$/i;
/** The roll lists more members, by their posts, than the record says were present. */
function moreMembersThanCounted(lines: SegLine[], first: number, last: number): boolean {
  const counted = lines.slice(first, last + 8).map((l) => membersCounted(l.text)).find((n) => n > 0) ?? 0;
  return counted > 0 && lines.slice(first, last + 1).filter((l) => MEMBER_POST.test(l.text.trim())).length > counted;
}

/** A staff post and a person after an absentees' list in the same run-on roll: "Absent: Mike Gillott; Village Clerk Eileen Murdoch". */
const STAFF_AFTER_ABSENT = /\bAbsent\s*:[^;\n]{2,80};\s*(?:(?:Village|Town|City|County|Deputy|Assistant)\s+)?(?:Clerk|Treasurer|Attorney|Administrator|Manager|Secretary|Engineer)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)/u;

/** Two attendance or absence labels with no value stand right above the list's first line, or around it. */
function stackedLabels(seg: Segmented, first: SegLine): boolean {
  const near = seg.lines.slice(Math.max(0, first.i - 4), first.i + 1);
  const empty = near.filter((l) => l.kind === 'label' && (l.label?.kind === 'attendance' || l.label?.kind === 'absence') && !l.label.value.trim());
  return empty.length >= 2;
}

/** Whether two readings name the same person: one holds the other's last word ("Cllr A Smith" / "Smith", "张伟" / "张伟同志"). */
function samePerson(a: string, b: string): boolean {
  const last = (x: string) => x.trim().split(/\s+/).pop() ?? x;
  return a.includes(b) || b.includes(a) || a.includes(last(b)) || b.includes(last(a));
}
/** "3. D. Sahagian (invited)": a numbered line holding one person and their place in the body, nothing else. */
const NUMBERED_MEMBER = /^\s*\d{1,2}[.)]\s+((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+){1,2})\s*\((?:[Mm]ember|[Cc]hair(?:man|person|woman)?|[Ss]ecretary|[Tt]reasurer|[Ii]nvited|[Oo]bserver|[Gg]uest|[Cc]onvenor|[Cc]o-?[Cc]hair|[Rr]apporteur)\)\s*$/u;

/** Three or more such lines in a row near the top: the attendance, its heading lost. */
function numberedMembers(seg: Segmented, end: number): { names: string[]; first: SegLine; last: SegLine } | null {
  const lines = seg.lines.slice(0, Math.min(end, seg.bodyStart + 20));
  for (let i = 0; i < lines.length; i++) {
    const run: { name: string; line: SegLine }[] = [];
    for (let k = i; k < lines.length; k++) {
      const m = lines[k].kind === 'chrome' ? null : NUMBERED_MEMBER.exec(lines[k].text);
      if (!m) break;
      run.push({ name: m[1], line: lines[k] });
    }
    if (run.length >= 3) return { names: run.map((r) => r.name), first: run[0].line, last: run[run.length - 1].line };
  }
  return null;
}

/** The first line of the opening (its first 30 lines past the header) from which a fallback reading finds names. */
function firstReading(seg: Segmented, end: number, read: (l: SegLine) => string[]): { line: SegLine; names: string[] } | null {
  for (const l of seg.lines.slice(0, Math.min(end, seg.bodyStart + 30))) {
    const names = read(l);
    if (names.length) return { line: l, names };
  }
  return null;
}
