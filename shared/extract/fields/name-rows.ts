/**
 * Who attended, printed as rows under a label alone: numbered ("1. 张建国", "[1] MR JOSEPH NAGOLI"),
 * or in cells — a post beside the name, parted by wide spaces, a tab or "|" — under a header row of
 * column names ("NAME  POSITION", "| 姓名 | 职务 |"), two people to a row when the list runs in
 * two columns. And a list on the label's line parted only by wide spaces ("Present: A Smith    B Jones").
 * Each row's people are read from its cells; the post cell beside them is kept in brackets, so a
 * chair marked there ("Chairperson", "主席") is read as the chair.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { cleanEnPerson, isPost, plausibleName, zhNameFrom } from './people';
import { isZhUnit } from './units';
import { alt } from '../lexicon/build';
import { EN_AGENDA_WORDS } from '../lexicon/en';
import { ZH_GROUP_ENDS, ZH_GROUP_STARTS, ZH_LIST_POSTS, ZH_PERSON_TITLES } from '../lexicon/zh';

export interface NameRow {
  /** The person as printed, with the post from the cell beside them in brackets (Chinese: read by the list reader). */
  text: string;
  /** The person's name as printed, read already (English). */
  name: string;
  /** The post beside them marks the chair. */
  chair: boolean;
  line: SegLine;
  /** Read as a name only for its place in a numbered run (a single word, a short name the check doubts). */
  guessed?: boolean;
}

const CHAIR_POST = /\bchair(?:man|person|woman)?\b|\bpresiding\b|主席|主持/i;
const NOT_CHAIR = /\b(?:vice|deputy|co)[- ]?chair|副主席|副主持/i;

/** A column's name in a table's header row. */
const HEADER_CELL = /^(?:no\.?|s\/?no?\.?|sr\.?\s?no\.?|#|names?|full names?|members?|position|post|title|role|designation|office|organi[sz]ation|department|unit|representing|remarks?|signature|序号|序號|编号|編號|姓名|名字|职务|職務|职位|職位|职称|職稱|单位|單位|工作单位|部门|部門|备注|備註|签名|簽名)$/i;
/** A table's rule row: "| --- | --- |", "-----". */
export const RULE_ROW = /^[\s|:=+\-–—]{3,}$/;
/** A row's number: "1.", "1)", "(1)", "[1]", "1、", or a bare number before a wide gap. */
const ROW_NUMBER = /^\s{0,4}(?:\[\s?\d{1,3}\s?\]|[（(]\s?\d{1,3}\s?[)）]|\d{1,3}\s?[.)、．](?!\d)|\d{1,3}(?=\t|\s{2}))\s{0,4}/;
const AGENDA_WORD = new RegExp(`^(?:${alt(EN_AGENDA_WORDS)})$`, 'i');
const ZH_ONLY_TITLES = new RegExp(`^(?:${alt(ZH_PERSON_TITLES)})+$`);
/** A group sent to the meeting, named by its kind ("医院领导班子成员", "各科室主任", "全體會員代表"). */
const ZH_GROUP = new RegExp(`^(?:${alt(ZH_GROUP_STARTS)})|(?:${alt([...ZH_GROUP_ENDS, ...ZH_LIST_POSTS])})$`);
/** What a numbered item of the body does ("审议…", "研究…"): an item, not someone attending. */
const ZH_ACT = /审议|審議|研究|讨论|討論|通过|通過|听取|聽取|会议|會議|议程|議程|工作|安排|事项|事項/;

/** A row's cells: parted by "|", by a tab, or by two spaces or more (an ideographic space too). */
export function rowCells(text: string): string[] {
  const t = text.trim();
  const parts = t.includes('|') ? t.replace(/^\||\|$/g, '').split('|') : t.split(/\t|\s{2,}|　+/);
  return parts.map((c) => c.trim()).filter(Boolean);
}

/** A cell that is one person (or, in Chinese, a body sent to the meeting): the name as printed, else null. */
export function personCell(cell: string, lang: 'zh' | 'en', inTable = false): string | null {
  if (lang === 'zh') {
    // "秀峰高中教師會/陳文杰": the body sent from, then the person (the list reader keeps the person).
    const t = cell.replace(/[（(][^）)]{0,20}[）)]/g, '').replace(/\s+/g, '').replace(/^[\u3400-\u9fff]{1,12}[/／](?=[\u3400-\u9fff])/, '');
    if (t.length < 2 || t.length > 30 || /[。，,；;：:]/.test(t)) return null;
    if (isZhUnit(t)) return t;
    if (t.length <= 16 && ZH_GROUP.test(t) && !ZH_ACT.test(t)) return t;
    // "劉慧卿議員", "鄺柏昌先生": a name and the courtesy or seat printed after it.
    const core = t.replace(/(?:议员|議員|委员|委員|先生|女士|小姐|同志|老师|老師|博士|教授)$/, '');
    if (core !== t && /^[\u3400-\u9fff]{2,4}$/.test(core) && plausibleName(core)) return t;
    const name = zhNameFrom(t);
    return name && name.length <= 4 && plausibleName(name) && !ZH_ONLY_TITLES.test(name) ? t : null;
  }
  // A row closed by its full stop ("1. John Smith."), not an initial's ("J."): the name before it.
  cell = cell.replace(/(?<=\p{Ll}{2})\.$/u, '');
  // A cell of cells: a name, a post and a body run together with commas is the block readers' line.
  if (cell.length > 80 || /[;:]/.test(cell) || (cell.match(/,/g) ?? []).length >= 2) return null;
  // A name in capitals ("MR BAZWELL MAKANDA") read as it would be in mixed case, given back as printed.
  const caps = !/\p{Ll}/u.test(cell) && /\p{Lu}{2}/u.test(cell);
  const probe = caps ? cell.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : cell;
  const name = cleanEnPerson(probe).name;
  // A person has a name and a surname, or initials before it: one word is a heading's ("Welcome"),
  // unless a table's row or header says the cell is a name ("Jen | Member").
  // A post's cell ("Council Whip") is no one; a post before a surname ("Mayor Schmidt") is a person.
  if (!name || (!inTable && !/\S\s+\S/.test(probe.trim())) || AGENDA_WORD.test(probe.trim()) || isPost(probe.replace(/\([^()]*\)/g, '').trim())) return null;
  // The name as printed: the same letters of the cell (mixed case keeps its length).
  const at = probe.indexOf(name);
  return at >= 0 ? cell.slice(at, at + name.length) : name;
}

/** A row that names the post first: "Treasurer: Peter Brown", "Members: A Smith, B Jones", "秘书：王五". */
const POST_FIRST = /^\s{0,4}([^:：]{2,30}?)\s{0,2}[:：]\s{0,4}(\S.{0,200})$/;
const EN_GROUP_POST = /^(?:(?:vice|deputy|co)[- ]?)?chair(?:man|person|woman)?$|^(?:board |committee |council |staff |ex[- ]officio )?(?:members?|councillors?|trustees?|directors?|governors?|officers?|staff|guests?|observers?)$/i;
function postLabel(label: string, lang: 'zh' | 'en'): boolean {
  const t = label.trim();
  return lang === 'zh' ? ZH_ONLY_TITLES.test(t) || (ZH_GROUP.test(t) && t.length <= 10 && !ZH_ACT.test(t)) : EN_GROUP_POST.test(t) || isPost(t);
}

/** A header row of column names, or a table's rule. */
const headerRow = (cells: string[]) => cells.length > 0 && cells.every((c) => HEADER_CELL.test(c.replace(/[:：.]$/, '')));
/** The column headed as the person's name ("Name", "姓名"), beside columns of any heading ("Call Sign", "Yes"). */
const NAME_HEAD = /^(?:names?|full names?|member(?: name)?|attendee|participant|姓名|名字|参会人员|參會人員)$/i;
const nameColumn = (cells: string[]) => (cells.length >= 2 ? cells.findIndex((c) => NAME_HEAD.test(c.replace(/[:：.]$/, ''))) : -1);

/** The lines from `from` open with a table's header row ("姓名  职务", "| Name | Role |"): what is below are rows of cells. */
export function opensWithHeader(seg: Segmented, from: number): boolean {
  const l = seg.lines[from];
  if (!l || rowCells(l.text).length < 2) return false;
  return headerRow(rowCells(l.text.replace(ROW_NUMBER, ''))) || (nameColumn(rowCells(l.text)) >= 0 && RULE_ROW.test(seg.lines[from + 1]?.text ?? ''));
}

/**
 * The people printed as rows from line `from` on: at least two rows, each holding one person or two
 * (two columns), up to the first row that holds none. Empty when the lines are no such rows.
 */
export function readNameRows(seg: Segmented, from: number): NameRow[] {
  const lang = seg.lang === 'zh' ? 'zh' : 'en';
  const out: NameRow[] = [];
  let numbered = 0;
  let lastNumbered: boolean | null = null;
  let header = false;
  let nameCol = -1;
  let postRows = 0;
  for (let i = from; i < Math.min(seg.tailStart, from + 80); i++) {
    const l = seg.lines[i];
    const raw = l.text;
    const posted = raw.match(POST_FIRST);
    const postFirst = posted && postLabel(posted[1], lang) ? posted : null;
    if ((l.kind === 'label' && !postFirst) || l.kind === 'decisionHead' || l.kind === 'chrome') break;
    if (RULE_ROW.test(raw)) continue;
    const num = postFirst ? null : raw.match(ROW_NUMBER);
    // Numbered rows after unnumbered ones (or the reverse) are the next part: "1. Welcome" under the list.
    if (lastNumbered !== null && lastNumbered !== !!num) break;
    // "Members: A Smith, B Jones": the names after the post, each a cell.
    const cells = postFirst ? postFirst[2].split(lang === 'zh' ? /[、，,；;\s]+/ : /\s{0,2}[,;]\s{0,2}|\s+and\s+/).map((c) => c.trim()).filter(Boolean) : rowCells(num ? raw.slice(num[0].length) : raw);
    if (!out.length && headerRow(cells)) {
      header = true;
      continue;
    }
    // A Markdown table headed by a name column among others of its own ("| Name | Call Sign | WCARC |" over its rule):
    // below it, only that column holds the people.
    if (!out.length && !header && nameColumn(cells) >= 0 && RULE_ROW.test(seg.lines[i + 1]?.text ?? '')) {
      header = true;
      nameCol = nameColumn(cells);
      continue;
    }
    // The table ends where its rows do: a heading after it is no one.
    if (nameCol >= 0 && !raw.includes('|')) break;
    if (nameCol >= 0) cells.splice(0, cells.length, cells[nameCol] ?? '');
    // A numbered row may hold a single name ("[3] Windsor"): kept if the run proves a list (three rows or more).
    const people = cells.map((c) => personCell(c, lang, header || cells.length >= 2 || !!postFirst || !!num));
    // In a run of numbered names a short one the name check doubts ("郭月女") is the next name.
    // ("黃定和": 和 reads as "and" to the name check); kept if the run proves a list, as below.
    const guessed = lang === 'zh' && !!num && cells.length === 1 && !people[0] && /^[\u3400-\u9fff]{2,6}$/.test(cells[0]) && !ZH_ACT.test(cells[0]);
    if (guessed) people[0] = cells[0];
    let named = people.filter((p): p is string => !!p);
    // "赵志强  秘书": beside a person, a cell that is only a post or a group is their post.
    const persons = lang === 'zh' ? named.filter((p) => !ZH_GROUP.test(p) || isZhUnit(p)) : named;
    if (persons.length && persons.length < named.length) named = persons;
    if (!named.length) break;
    // A row of one person and their post: the post kept beside the name. Two columns of people: each alone.
    const post = postFirst ? postFirst[1].trim() : named.length === 1 ? cells.filter((c, k) => !named.includes(people[k] ?? '') && c.length <= 40).join(', ') : '';
    const chair = CHAIR_POST.test(post) && !NOT_CHAIR.test(post);
    for (const p of named) out.push({ text: post ? (lang === 'zh' ? `${p}（${post}）` : `${p} (${post})`) : p, name: p, chair, line: l, guessed: guessed || (lang === 'en' && !/\S\s+\S/.test(p)) });
    if (num) numbered++;
    if (postFirst) postRows++;
    lastNumbered = !!num;
  }
  // One-word names read only for their row's number, in a run too short to be sure it is a list: dropped.
  if (numbered > 0 && numbered < 3 && !header) {
    const sure = out.filter((r) => !r.guessed);
    out.splice(0, out.length, ...sure);
  }
  // Rows with no number and one cell each are names a line, which the block readers read already.
  const shaped = nameCol >= 0 || numbered > 0 || postRows > 0 || out.some((r) => /[（(]/.test(r.text)) || out.length > new Set(out.map((r) => r.line.i)).size;
  return out.length >= 2 && shaped ? out : [];
}

/** "Present: A Smith    B Jones    C Brown": a list on the label's line parted only by wide spaces. */
export function spacedPeople(value: string, lang: 'zh' | 'en'): string[] {
  if (/[,;、，；]/.test(value)) return [];
  const cells = rowCells(value);
  if (cells.length < 2) return [];
  const people = cells.map((c) => personCell(c, lang));
  return people.every(Boolean) ? (people as string[]) : [];
}
