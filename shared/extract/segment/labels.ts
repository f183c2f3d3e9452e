/** "Label：value" lines: attendance, presider, time, distribution and page metadata labels. */
import { EN_ATTENDING_GROUPS, EN_LABELS, EN_LABELS_COLON_ONLY, EN_HEAD_QUALIFIERS } from '../lexicon/en';
import { alt, whole } from '../lexicon/build';
import { headingLabelWords } from './label-gloss';
import { AT_THE_MEETING, COLON_HEAD, EN, verbGroupKind, wordsLabel, ZH, ZH_DIST, type Label, type LabelKind } from './label-words';

import { HASHES_LEAD, STRONG } from '../text/markup';

export type { Label, LabelKind } from './label-words';

/** The attendance labels that may stand alone in a cell, without a colon: those that cannot open a sentence ("参加…"). */
const ZH_BARE_ATTEND = /^(?:出席|列席|缺席|请假|請假)(?:者|人员|人員|人|会议人员|會議人員)?$/;

/** An English attendance or absence heading printed alone, the list on the lines below ("Voting Member Regrets"). */
const EN_HEADS: [RegExp, LabelKind][] = (['attendance', 'absence'] as const).map((kind) => [
  new RegExp(`^(?:${alt(EN_HEAD_QUALIFIERS)}\\s+){0,2}${alt(EN_LABELS[kind].filter((w) => !EN_LABELS_COLON_ONLY.includes(w)))}$`, 'i'),
  kind,
]);

/**
 * Attendance labels that may stand in a cell of their own before the names, with no colon: the names
 * after them must open with a capital and a second capitalised word ("Present Jo Bartley, …").
 */
const EN_ATTEND_CELLS = {
  // Groups named by a phrase only ("Staff in Attendance Luis Cruz, …"); a lone "Staff" or "Guests" may head a report.
  attendance: ['present', 'in attendance', 'also present', 'members present', 'attendees', 'staff in attendance', 'staff present', 'others present', 'also in attendance', 'officers present', 'councillors present'],
  absence: ['apologies', 'apologise', 'apologised', 'absent', 'regrets', 'members absent'],
};
// Title case keeps its small words low too ("Staff in Attendance").
const capsVariants = (w: string) => `${w[0].toUpperCase()}${w.slice(1)}|${w.replace(/\b\w/g, (c) => c.toUpperCase())}|${w.replace(/\b(?!(?:in|of)\b)\w/g, (c) => c.toUpperCase())}|${w.toUpperCase()}`;
const EN_CELL_LABEL = new RegExp(
  `^(${[...EN_ATTEND_CELLS.attendance, ...EN_ATTEND_CELLS.absence].sort((a, b) => b.length - a.length).map(capsVariants).join('|')})[ \\t]+(?=(?:(?:Mr|Mrs|Ms|Dr|Cllrs?|Councillors?|Crs?)\\.?\\s+)?\\p{Lu}[\\p{Ll}'’-]*\\.?\\s+\\p{Lu})`,
  'u',
);

/** A form's chair cell with no colon, the rest of the line its value; in capitals, as "Chairman X" in a roll is a member with his post ("PRESIDING Michael Rutter" too). */
const EN_CHAIR_CELL = /^(CHAIR(?:PERSON|MAN)?|FACILITATOR|PRESIDING)[ \t]+(\S.{2,50}?)\s*$/;
/** The post a chair cell may print before its person ("PRESIDING Council Vice-Chair Michael Rutter"). */
const CELL_POST = /^(?:(?:Council|Board|Vice|Deputy|Acting|Mayor|Chair|Chairman|Chairperson|Vice-Chair|Member|President|Pro|Tem|Commissioner|Supervisor)[\s-]+){1,4}/;

/** Labels that may be set off by a dash instead of a colon: the chair's words, and attendance's that open no item. */
const EN_DASH_LABELS: [RegExp, LabelKind][] = [
  [whole(EN_LABELS.presider, 'i'), 'presider'],
  [whole(['present', 'members present', 'councillors present', 'in attendance', 'also present', 'also in attendance', 'attendees', 'those present', 'officers present', 'roll call'], 'i'), 'attendance'],
  [whole(EN_LABELS.absence, 'i'), 'absence'],
];

/** Attendance and absence heads closed by a full stop, the roll after them on the line ("Attendance. A, B"). */
const EN_DOT_LABELS: [RegExp, LabelKind][] = [
  [whole(EN_LABELS.attendance, 'i'), 'attendance'],
  [whole(EN_LABELS.absence, 'i'), 'absence'],
];

/** A person opening a dash label's value: a title, then two capitalised words or initials and a surname ("Mr John Ross", "A. Brown"). */
// The surname may be printed in capitals ("Chairman J SMITH").
const DASH_PERSON = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllrs?|Councillors?|Crs?|Mayor|Hon|Rev|Chairman|Chairperson|Chair|Alderman)\.?\s+)?(?:(?:\p{Lu}\.?\s?|\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+|(?:\p{Lu}(?:\.\s?|\s)|\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Lu}'’-]{2,})(?=$|[\s,;(.])/u;
/** A roll of first names after an attendance dash: three or more, a post in brackets perhaps ("Mark (Chair), Dorothy, Tony, …"). */
const DASH_FIRST_NAMES = /^(?:\p{Lu}[\p{Ll}'’-]+(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)){2,}\p{Lu}[\p{Ll}'’-]+/u;
/** Two first names and nothing else ("Appologies – Sadie, Michelle"). */
const DASH_TWO_NAMES = /^\p{Lu}[\p{Ll}'’-]+\s*(?:,|\band\b|&)\s*\p{Lu}[\p{Ll}'’-]+\s*\.?$/u;
/** A body's members named as a group before a dash ("Councillors – Dale Redman, Bryan Myers, …"): attendance when a roll follows. */
const DASH_GROUP = whole(EN_ATTENDING_GROUPS, 'i');
/** Two or more persons set off by commas or "and", each opening as a person does. */
const dashRoll = (value: string) => {
  const parts = value.replace(/[.;]\s*$/, '').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/);
  return parts.length >= 2 && parts.every((p) => p.length <= 40 && DASH_PERSON.test(p));
};
const DASH_NOT_PERSON = /\b(?:Report|Remarks|Update|Minutes|Welcome|Opening|Item|Items|Matters|Business|Agenda|Meeting|Council|Committee|Board|Introduction|Apologies|Declarations?)\b/;

/**
 * A note page's markup before a label: a heading's "#", a list's "-" or "+", the label set in bold
 * ("**Present:**") or in italics ("*参与人员*：", a single star against the word, which no bullet is).
 */
const EMPHASIS = `(?:${STRONG}|\\*)`;
const EMPHASIS_MARK = new RegExp(EMPHASIS);
/** The emphasis's close after a label ("Present:**", "Present**:", "参与人员*："). */
const BOLD_CLOSE = new RegExp(`^([^*_：:]{1,30}?)${EMPHASIS}\\s*([：:])|^([^*_：:]{1,30}?[：:])\\s*${EMPHASIS}`);
/** A heading's words and the emphasis closing it, nothing after: "Participants__". */
const WRAPPED_HEAD = new RegExp(`^([^*_：:]{2,40}?)${EMPHASIS}\\s*$`);
// No "*" bullet: a line opening "**" is bold, and read so below.
const MARKUP_LEAD = new RegExp(`^\\s*(?:${HASHES_LEAD}|[-–+]\\s+(?=\\S))?(?:${STRONG}|\\*(?=[^*\\s]))?`);

/**
 * Labels read by looser readings than the lexicon's (segment/loose-labels.ts): the segmenter passes
 * them; the page's own stage (the content script's linearizer, asking whether a table cell is a label)
 * does without, so that they stay out of what the content script loads.
 */
export interface LooseLabels {
  /** A long heading naming a group present, alone on its line ("Board members in attendance were:"). */
  longHead(text: string): Label | null;
  /** A Chinese label naming who attended in a word of its own ("出席干事"). */
  who(label: string): boolean;
  /** An English label told with the past verb ("Those who attended"). */
  attended(label: string): boolean;
}

/** Reads a leading "label：value"; null when the text before the colon is not a known label. */
export function parseLabel(text: string, loose?: LooseLabels): Label | null {
  const lead = text.match(MARKUP_LEAD)?.[0] ?? '';
  if (!lead) return parseBareLabel(text, loose);
  // "**Present:** A, B" / "**Present**: A, B": the bold's close after the label goes too.
  const rest = text.slice(lead.length);
  const bold = EMPHASIS_MARK.test(lead) ? rest.replace(BOLD_CLOSE, (_m, a, c, b) => (b ?? `${a}${c}`) + ' ') : rest;
  // "__Participants__", "**Attendees**": a heading set in emphasis on its own line, the names below it.
  const wrapped = EMPHASIS_MARK.test(lead) ? WRAPPED_HEAD.exec(rest) : null;
  const alone = wrapped ? parseBareLabel(wrapped[1].trim(), loose) : null;
  const label = parseBareLabel(bold, loose) ?? (bold === rest ? null : parseBareLabel(rest, loose)) ?? (alone && !alone.value ? alone : null) ?? headingLabel(text, loose);
  if (!label) return null;
  // The value's place in the line as printed.
  const at = text.indexOf(label.value, lead.length);
  return { ...label, valueAt: label.value && at >= 0 ? at : text.length, bulleted: /[-–+]/.test(lead) || undefined };
}

function parseBareLabel(text: string, loose?: LooseLabels): Label | null {
  // "The following officials were present:" is a longer English heading than a label.
  // The colon may be a small or vertical form ("日期 ﹕ 二零一九年…", "時間︰…"), as Hong Kong's forms print it.
  const m = text.match(COLON_HEAD) ?? text.match(/^(the following [a-z ]{1,40}?(?:were|was) (?:present|in attendance))\s*[：:]\s*/i);
  // "Present ; Cllrs A (Chair), B": an English label set off by a semicolon instead of a colon.
  const semi = m ? null : text.match(/^([A-Za-z][A-Za-z ]{1,28}?)\s*;\s+(?=\S)/);
  if (semi) {
    const raw = semi[1].trim();
    const hit = EN.find(([re]) => re.test(raw));
    if (hit && hit[1] !== 'distribution') return { kind: hit[1], label: raw, value: text.slice(semi[0].length).trim(), valueAt: semi[0].length };
  }
  // "Chair – John Smith", "Apologies - Cllr Lowe": a label set off by a spaced dash; only the chair's and
  // attendance's own words, as "Staff – report on …" may open an item.
  // (An en or em dash may stand unspaced: "Present—Debbie, Meagan, Nadine".)
  const dash = m || semi ? null : text.match(/^([A-Za-z][A-Za-z ]{1,28}?)(?:\s+[-–—]\s+|\s*[–—]\s*)(?=\S)/);
  if (dash) {
    const raw = dash[1].trim();
    // A group's name opens an item as often ("Members – discussed the fees"): it is a label only over a roll of persons.
    const kind = EN_DASH_LABELS.find(([re]) => re.test(raw))?.[1] ?? (DASH_GROUP.test(raw) && dashRoll(text.slice(dash[0].length).trim()) ? 'attendance' : undefined);
    const value = text.slice(dash[0].length).trim();
    // "Chair – Opening remarks" is an agenda's item: the value must open with a person or a list of them.
    const people = DASH_PERSON.test(value) || (kind !== 'presider' && (DASH_FIRST_NAMES.test(value) || DASH_TWO_NAMES.test(value)));
    if (kind && people && !DASH_NOT_PERSON.test(value.split(/[,;(]/)[0])) return { kind, label: raw, value, valueAt: dash[0].length };
  }
  // "In Attendance –" alone on its line, the roll below it: the dash closes the label as a colon would.
  const alone = m || semi ? null : text.match(/^([A-Za-z][A-Za-z ]{1,28}?)\s*[-–—]\s*$/);
  const aloneKind = alone ? EN_DASH_LABELS.find(([re]) => re.test(alone[1].trim()))?.[1] : undefined;
  if (alone && aloneKind && aloneKind !== 'presider') return { kind: aloneKind, label: alone[1].trim(), value: '', valueAt: text.length };
  // "Attendance. P.Rudzinski, J.Wright, …", "Apologies. E.Paxton, D.Mitchell": a numbered paragraph's head closed by a
  // full stop, its names after it on the line; a roll of two or more, as "Present. The chair said …" is a sentence.
  const dot = m || semi || dash ? null : text.match(/^([A-Za-z][A-Za-z ]{1,28}?)\.\s+(?=\p{Lu})/u);
  if (dot) {
    const kind = EN_DOT_LABELS.find(([re]) => re.test(dot[1].trim()))?.[1];
    const value = text.slice(dot[0].length).trim();
    const names = value.split(/\s*[,;]\s*/).filter(Boolean);
    if ((kind === 'attendance' || kind === 'absence') && names.length >= 2 && names.slice(0, 2).every((n) => DASH_PERSON.exec(n)?.[0] === n)) return { kind, label: dot[1].trim(), value, valueAt: dot[0].length };
  }
  // "Present Jeremy Nicholls [Presiding Member] …", "In Attendance Barbara Ferregel – …": a table's label cell, then the names.
  const cell = m ? null : text.match(EN_CELL_LABEL);
  if (cell) {
    const kind = EN_ATTEND_CELLS.absence.includes(cell[1].toLowerCase()) ? 'absence' : 'attendance';
    return { kind, label: cell[1], value: text.slice(cell[0].length).trim(), valueAt: cell[0].length };
  }
  // "CHAIR W Goriwondo", "FACILITATOR Jo Lee": a form's chair cell, then only the person.
  const chair = m ? null : text.match(EN_CHAIR_CELL);
  if (chair && DASH_PERSON.exec(chair[2])?.[0] === chair[2]) return { kind: 'presider', label: chair[1], value: chair[2], valueAt: text.indexOf(chair[2]) };
  // A post before the person: the person alone is the value.
  const posted = chair ? chair[2].replace(CELL_POST, '') : '';
  if (chair && posted !== chair[2] && DASH_PERSON.exec(posted)?.[0] === posted) return { kind: 'presider', label: chair[1], value: posted, valueAt: text.lastIndexOf(posted) };
  if (!m) {
    const long = loose?.longHead(text);
    if (long) return { ...long, loose: true };
    // A label printed alone in its own cell ("发布机构", "索引号") with no colon.
    const bare = text.replace(/\s+/g, '');
    // A head closed by a full stop, as numbered paragraphs print it ("Present.", "Apologies.").
    // Its count may follow it in brackets ("Members Present (6)", "Members Absent (0)").
    const head = text.trim().replace(/\s+/g, ' ').replace(/(?<=[a-z])\.$/i, '').replace(/(?<=[a-z])\s*[(（]\d{1,3}[)）]$/i, '').replace(AT_THE_MEETING, '');
    if (head.length <= 40 && /^[A-Za-z][A-Za-z' -]+$/.test(head)) {
      const hit = EN_HEADS.find(([re]) => re.test(head));
      if (hit) return { kind: hit[1], label: head, value: '', valueAt: text.length };
      const group = verbGroupKind(head);
      if (group) return { kind: group, label: head, value: '', valueAt: text.length };
    }
    if (bare.length <= 6 && (ZH[bare] === 'meta' || ZH[bare] === 'issuer' || ZH[bare] === 'docNumber' || ZH[bare] === 'title')) {
      return { kind: ZH[bare], label: bare, value: '', valueAt: text.length };
    }
    // "出席" / "列席" in a table's cell of its own, the names in the next ("出席" / "蔡某、黄某、…").
    if (bare.length <= 6 && (ZH[bare] === 'attendance' || ZH[bare] === 'absence') && ZH_BARE_ATTEND.test(bare)) {
      return { kind: ZH[bare], label: bare, value: '', valueAt: text.length };
    }
    // A heading with an aside on how the names are kept: "参会人员（记录名字参会或者有 github handle 的同学）".
    const asideless = bare.replace(/^#{1,6}/, '').replace(/[（(][^（）()]{1,40}[)）]$/, '');
    if (asideless !== bare.replace(/^#{1,6}/, '') && asideless.length <= 6 && (ZH[asideless] === 'attendance' || ZH[asideless] === 'absence')) {
      return { kind: ZH[asideless], label: asideless, value: '', valueAt: text.length };
    }
    return null;
  }
  return wordsLabel(m[1], text.slice(m[0].length), m[0].length, loose);
}

/** A note page's heading that is an attendance label alone ("## 参会人员", "## 与会人(Attendees)"): the names are on the lines below. */
function headingLabel(text: string, loose?: LooseLabels): Label | null {
  const words = headingLabelWords(text);
  const who = !!words && !ZH[words] && !!loose?.who(words);
  const kind = words ? (ZH[words] ?? (who ? 'attendance' : undefined)) : undefined;
  return words && (kind === 'attendance' || kind === 'absence') ? { kind, label: words, value: '', valueAt: text.length, ...(who ? { loose: true } : {}) } : null;
}

/** True when the line holds two or more page-metadata labels ("时间: … 来源: … 阅读次数:"). */
export function isMetaStrip(text: string): boolean {
  const re = /(发布时间|发布日期|时间|日期|来源|信息来源|作者|阅读次数|浏览次数|点击数|阅读|字号|编辑|Posted|Source|Author|Views)\s*[：:]/g;
  let n = 0;
  let page = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    page ||= m[1] !== '时间' && m[1] !== '日期';
  }
  // "日期：2008/8/31 时间：6:00 PM" alone is the meeting's own date and time; a page's strip names its source, author or count too.
  return n >= 2 && page;
}

/** Labels of distribution that may start a line: used to cut a line holding several of them. */
export const ZH_DIST_LABELS = Object.keys(ZH_DIST).sort((a, b) => b.length - a.length);
export const ZH_DIST_ROLE = ZH_DIST;
