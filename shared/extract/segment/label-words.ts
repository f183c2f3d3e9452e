/**
 * The words of a label before its colon, read against the lexicons ("出席人员", "Members Present",
 * "抄送", "Other attendees"): what kind of label they name. Both the segmenter (segment/labels.ts) and
 * the page's own stage (the content script's linearizer, asking whether a table cell is a label) read
 * labels so; the forms without a colon (a dash, a cell, a heading) stay in segment/labels.ts, out of
 * what the content script loads.
 */
import type { RecipientRole } from '../../schemas/minutes';
import { ZH_LABELS, ZH_DISTRIBUTION, ZH_ATTEND_VERBS, ZH_ABSENT_VERBS, ZH_ATTENDEE_NOUNS } from '../lexicon/zh';
import { EN_LABELS, EN_ATTENDING_GROUPS, EN_CHAIR_OF } from '../lexicon/en';
import { alt, whole } from '../lexicon/build';
import { unglossedLabel } from './label-gloss';
import type { LooseLabels } from './labels';

export type LabelKind =
  | 'attendance'
  | 'absence'
  | 'presider'
  | 'recorder'
  | 'time'
  | 'place'
  | 'meta'
  | 'docNumber'
  | 'issuer'
  | 'title'
  | 'distribution';

export interface Label {
  kind: LabelKind;
  /** The label as printed, without inner spaces. */
  label: string;
  value: string;
  /** Index of the value in the line. */
  valueAt: number;
  role?: RecipientRole;
  /** Printed as a list's item ("- Chair: …"): in a note page's body it may be a list of offices, not the header. */
  bulleted?: boolean;
  /** Read by a looser reading than the lexicon's labels (a phrase naming who attended in words of its own): the list under it is a reading. */
  loose?: boolean;
}

export const ZH: Record<string, LabelKind> = {};
for (const [kind, words] of Object.entries(ZH_LABELS)) for (const w of words) ZH[w] = kind as LabelKind;

export const ZH_DIST: Record<string, RecipientRole> = {};
for (const [role, words] of Object.entries(ZH_DISTRIBUTION)) for (const w of words) ZH_DIST[w] = role as RecipientRole;

/** "出席委员", "列席职员", "缺席委员": a verb of attending or absence, then who. */
// A kind of member between them ("出席召集委员", "列席专门委员") is part of who.
// The list may be named as such ("出席人员姓名", "出席人員名單", "列席名单").
export const ZH_LIST_OF = '(?:姓名|名单|名單)';
const ZH_ATTEND_LABEL = new RegExp(`^(?:${alt(ZH_ATTEND_VERBS)})(?:会议|會議)?(?:的)?(?:(?:召集|专门|專門|常务|常務|列席|特邀|特约|特約)?(?:${alt(ZH_ATTENDEE_NOUNS)})${ZH_LIST_OF}?|${ZH_LIST_OF})$`);
const ZH_ABSENT_LABEL = new RegExp(`^(?:${alt(ZH_ABSENT_VERBS)})(?:会议|會議)?(?:的)?(?:(?:${alt(ZH_ATTENDEE_NOUNS)})${ZH_LIST_OF}?|${ZH_LIST_OF})$`);

/** "Council in Attendance", "Staff Present", "The following officials were present": who attended, by a group's name. */
// "Present at the meeting were", "Those present were": the heading said as a sentence's start.
// "Present on Roll Call:", "Members present at roll call:": the roll's answer named with the label.
// "Attending physically:", "Present remotely:": how they attended, after the word.
// "ROLL CALL OF OFFICERS:": the roll named with whom it calls.
// "Other attendees", "Remote participants": a group of those who came named by a word or two before the noun (not a count: "Number of participants").
/** …"Present from executive", "Present from members": the group they came as is part of the label. */
const EN_ATTEND_PHRASE = /^(?:the following [a-z ]{1,40}?(?:were|was) (?:present|in attendance)|(?!(?:number|no\.?|total|count)\b)(?:[A-Za-z-]+\s+){1,2}(?:attendees|participants)|(?:[A-Za-z-]+\s+){1,3}(?:in attendance|present|attending)|(?:[A-Za-z-]+\s+){0,2}(?:present|in attendance)(?:\s+(?:electronically|remotely|virtually|online|in person|by (?:phone|video|zoom)))?(?:\s+(?:at\s+)?the\s+meeting)?\s+(?:were|was)|(?:[A-Za-z-]+\s+){0,2}(?:present|answering)\s+(?:on|at|to)\s+(?:the\s+)?roll[\s-]?call|(?:present|attending|in attendance)\s+(?:physically|in person|remotely|virtually|online|electronically)|(?:present|attending|in attendance)\s+(?:from|for)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}(?:executive|board|committee|council|members|membership|staff|public|community|branch|club|association|society|officers|directors|trustees|governors)|roll[\s-]?call\s+of\s+(?:the\s+)?(?:officers|members|board|council|commissioners|trustees|directors|supervisors|committee)(?:\s+members)?)$/i;
const EN_ABSENT_PHRASE = /^(?:[A-Za-z-]+\s+){1,3}(?:absent|not present|not in attendance)$/i;
/** "Not Present", "Members not attending": the attendance phrase denied names the absent. */
const EN_NOT_PRESENT = /^(?:[A-Za-z-]+\s+){0,3}not\s+(?:present|in attendance|attending)$/i;
/** The verb first, then who ("Present Trustees", "Present Staff", "Absent Members"): a group named after its verb. */
const EN_VERB_GROUP = new RegExp(`^(present|attending|in attendance|absent|not present)\\s+(?:${alt(EN_ATTENDING_GROUPS)})$`, 'i');
export const verbGroupKind = (raw: string): LabelKind | null => {
  const m = raw.match(EN_VERB_GROUP);
  return m ? (/absent|not/i.test(m[1]) ? 'absence' : 'attendance') : null;
};

// A body's name may stand before the chair's label ("Branch Chairperson: Adrian Finney").
export const EN: [RegExp, LabelKind][] = [
  ...(Object.entries(EN_LABELS) as [LabelKind, readonly string[]][]).map(([kind, words]): [RegExp, LabelKind] => [whole(words, 'i'), kind]),
  [new RegExp(`^(?:${alt(EN_CHAIR_OF)})\\s+(?:chair|chairman|chairperson|chairwoman)$`, 'i'), 'presider'],
];

/** A parenthesis after a Chinese label telling the order of the names (its close may be left to the label's bracket). */
const ZH_ORDER_NOTE = /[（(][^（）()]{0,10}(?:排序|为序|為序|先后|先後|笔画|筆畫|笔划|姓氏)[^（）()]{0,6}[）)]?$/;

/** A parenthesis after an English attendance label telling how or where they attended. */
const EN_HOW_ATTENDED = /\s*(?:\(|(?=(?:virtual|remote|online|by phone|via |on[- ]site|in the room|electronically)))(?:in person|virtual(?:ly)?|remote(?:ly)?|online|by phone|via [\w .-]{2,20}|on[- ]site|in the room|electronically)\)?$/i;

/** How many came, in brackets after the label ("Present (8):", "Apologies (3):", "出席（7人）："): no part of it. */
const COUNT_NOTE = /\s*[（(]\s*\d{1,3}\s*(?:members?|people|persons?|in all|total|人|名|位)?\s*[）)]?$/i;

/** A label's head before its colon, a bullet or a bracket around it ("• 出席：", "【主持人】：", "Present:"). */
export const COLON_HEAD = /^(?:[•·▪*]\s*)?[（(【[]?([^：:︰﹕]{1,30}?)[）)】\]]?\s*[：:︰﹕]\s*/;

/** The label a line opens with when its head before the colon is a known label; null otherwise. */
export function colonLabel(text: string, loose?: LooseLabels): Label | null {
  const m = text.match(COLON_HEAD);
  return m ? wordsLabel(m[1], text.slice(m[0].length), m[0].length, loose) : null;
}

/** The meeting named after a label's word ("Participants in the meeting", "Present at the meeting"): no part of the label. */
export const AT_THE_MEETING = /(?<=\S)\s+(?:in|at)\s+(?:the|this)\s+meeting$/i;

/** The label named by `words` (the head before the colon), its value `after` the colon at offset `at`. */
export function wordsLabel(words: string, after: string, at: number, loose?: LooseLabels): Label | null {
  // A key of a notes file's front matter ("other_attendees:"): its words joined by underscores.
  // "Participants in the meeting", "Present at the meeting": the meeting named after the label's word is no part of it.
  const raw = (/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(words.trim()) ? words.trim().replace(/_/g, ' ') : words.trim()).replace(AT_THE_MEETING, '');
  const counted = COUNT_NOTE.exec(raw);
  if (counted && counted.index > 0) {
    const inner = wordsLabel(raw.slice(0, counted.index), after, at, loose);
    if (inner && (inner.kind === 'attendance' || inner.kind === 'absence')) return { ...inner, label: raw };
  }
  // "Councillors Present :-": the dash after the colon is the colon's, no value.
  const colonDash = /^\s*[-–—]+(?:\s+|$)/.exec(after)?.[0].length ?? 0;
  const value = after.slice(colonDash).trim();
  const valueAt = at + colonDash;
  const plain = raw.replace(/\s+/g, '');
  // "与会人(Attendees)", "出席者 Present": the Chinese words name the label.
  // "出席人员（按姓氏笔画排序）": the order the names are printed in is no part of the label.
  const unordered = plain.replace(ZH_ORDER_NOTE, '');
  const zh = ZH[plain] || ZH_DIST[plain] ? plain : ZH[unordered] || ZH_DIST[unordered] ? unordered : (unglossedLabel(raw) ?? plain);
  if (ZH_DIST[zh]) return { kind: 'distribution', label: zh, value, valueAt, role: ZH_DIST[zh] };
  if (ZH[zh]) return { kind: ZH[zh], label: zh, value, valueAt };
  if (ZH_ABSENT_LABEL.test(zh)) return { kind: 'absence', label: zh, value, valueAt };
  if (ZH_ATTEND_LABEL.test(zh)) return { kind: 'attendance', label: zh, value, valueAt };
  if (loose?.who(zh)) return { kind: 'attendance', label: zh, value, valueAt, loose: true };
  if (EN_NOT_PRESENT.test(raw)) return { kind: 'absence', label: raw, value, valueAt };
  if (EN_ATTEND_PHRASE.test(raw)) return { kind: 'attendance', label: raw, value, valueAt };
  if (loose?.attended(raw)) return { kind: 'attendance', label: raw, value, valueAt, loose: true };
  if (EN_ABSENT_PHRASE.test(raw)) return { kind: 'absence', label: raw, value, valueAt };
  const group = verbGroupKind(raw);
  if (group) return { kind: group, label: raw, value, valueAt };
  for (const [re, kind] of EN) {
    if (re.test(raw)) {
      const role: RecipientRole | undefined = kind === 'distribution' ? (/distribut|circulat/i.test(raw) ? 'distribute' : 'copy') : undefined;
      return { kind, label: raw, value, valueAt, role };
    }
  }
  // "Members Present (in person):", "Attendees (via Zoom):": how they attended is no part of the label.
  const how = raw.match(EN_HOW_ATTENDED);
  if (how) {
    const bare = raw.slice(0, how.index).trim();
    const kind = EN.find(([re]) => re.test(bare))?.[1] ?? (EN_ATTEND_PHRASE.test(bare) ? 'attendance' : EN_ABSENT_PHRASE.test(bare) ? 'absence' : verbGroupKind(bare));
    if (kind === 'attendance' || kind === 'absence') return { kind, label: raw, value, valueAt };
  }
  return null;
}
