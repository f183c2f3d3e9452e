/**
 * Classifies lines into the parts of minutes: page furniture, metadata, labels (attendance,
 * presider, time), section heads (views, requirements, decisions), item numbering, the
 * distribution block and the 印发 line at the end.
 */
import { indentAt } from '../fields/list-items';
import { unnumberRollUnderLabel } from './numbered-roll';
import { compoundDecisionHeadZh } from './compound-decision-head';
import type { Line, Linear } from '../linearize/lines';
import { parseLabel, isMetaStrip, type Label, ZH_DIST_LABELS } from './labels';
import { LOOSE_LABELS } from './loose-labels';
import { unbullet } from '../text/markup';
import { parseNumbering, type Numbering } from './numbering';
import { detectLang } from '../text/normalize';
import { isDecisionHeadEn } from './decision-heads-en';
import { isDivisionHeadZh } from './division-head';
import { isActionHeadZh } from './action-head-zh';
import { isConsensusHeadZh, opensConsensusZh } from './consensus-head';
import { isConclusionPartZh } from './conclusion-part';
import { isTaskListHeadEn } from './task-list-head-en';
import { isOutcomeLabelHeadZh } from './outcome-label-head';
import { boldDecisionHeadZh } from './bold-decision-head';
import {
  DECISION_HEAD_EN,
  DECISION_HEAD_ZH,
  APPROVED_LIST_HEAD_ZH,
  REQUIREMENT_HEAD,
  VIEW_EN,
  VIEW_ZH,
  REQUIREMENT_ZH,
  isChrome,
  DECISION_HEAD_LOOSE_ZH,
  OPENS_DECISIONS_ZH,
  OPENS_DECISIONS_EN,
  TITLE_MARK_EN,
  TITLE_MARK_ZH,
} from './markers';
import { findDates } from '../fields/dates';
import { adviseLines } from '../learn/advise';
import { markWidgetChrome } from './widget-chrome';
import { withoutRuleLines } from './rule-lines';
import { zhLabelForm } from './label-forms-zh';
import { absenceFormLabel } from './absence-forms';

export type Kind =
  | 'chrome'
  | 'meta'
  | 'label'
  | 'distribution'
  | 'print'
  | 'date'
  | 'decisionHead'
  | 'requirementHead'
  | 'view'
  | 'requirement'
  | 'text';

export interface SegLine extends Line {
  i: number;
  kind: Kind;
  label: Label | null;
  num: Numbering | null;
  /** A paragraph that ends by opening the decisions ("…会议决定如下事项："). */
  opensDecisions: boolean;
  /** Columns of blank before the line as printed, where there are any. */
  indent?: number;
}

export interface Segmented {
  text: string;
  lang: 'zh' | 'en';
  lines: SegLine[];
  /** Index of the first line of the body (after title/number/issuer header lines). */
  bodyStart: number;
  /** Index of the first line of the closing block (distribution, 印发 line, furniture). */
  tailStart: number;
}

/** 印发 line: "XX办公室　　2016年11月30日印发". */
export const PRINT_LINE = /^(.{0,60}?)\s*((?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s?年\s?[\d一二三四五六七八九十]{1,2}\s?月\s?[\d一二三四五六七八九十]{1,3}\s?日)\s*(?:印发|印發|印送|发出|發出|印)\s*$/;

function isDateOnly(text: string): boolean {
  const d = findDates(text);
  if (d.length !== 1) return false;
  const rest = (text.slice(0, d[0].index) + text.slice(d[0].index + d[0].length)).replace(/[\s()（）,.，。]/g, '');
  return rest.length <= 2;
}

function startsWithDistLabel(text: string): boolean {
  const t = text.replace(/^\s+/, '');
  return ZH_DIST_LABELS.some((l) => t.startsWith(l) && /^\s*[：:]/.test(t.slice(l.length)));
}

/** A header label under a number ("伍、出席人员：…", "3. Present: …", "c) Attendance: …"): people, time and place only. */
// A lettered point too: "c) Attendance: S Dean (Bgo United), …".
const NUMBER_BEFORE_LABEL = /^\s*(?:[壹贰貳叁参參肆伍陆陸柒捌玖拾一二三四五六七八九十]{1,3}\s?[、.．]|\d{1,2}\s?[.、．)]|[a-h]\)\s|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/;
function numberedLabel(t: string): Label | null {
  const m = t.match(NUMBER_BEFORE_LABEL);
  if (!m) return null;
  const label = parseLabel(t.slice(m[0].length), LOOSE_LABELS);
  if (!label || !['attendance', 'absence', 'presider', 'recorder', 'time', 'place'].includes(label.kind)) return null;
  // "3. 出席人员" with no colon and nothing after it heads a part of a guide to writing minutes as often as a list.
  // "1. Present." closed by its full stop is a numbered paragraph's head over the names.
  if (!label.value && !/[：:]/.test(t) && !/[A-Za-z]\.$/.test(t)) return null;
  return { ...label, valueAt: label.valueAt + m[0].length };
}

/** A meeting's time or place under a note page's bullet ("- 時間：…", "* 地點：…"). */
function bulletedLabel(t: string): Label | null {
  const bare = unbullet(t);
  if (bare === t) return null;
  const label = parseLabel(bare, LOOSE_LABELS) ?? numberedLabel(bare);
  if (!label || !label.value || !['time', 'place'].includes(label.kind)) return null;
  return { ...label, valueAt: label.valueAt + t.length - bare.length };
}

function lineKind(line: Line, lang: 'zh' | 'en'): { kind: Kind; label: Label | null } {
  const t = line.text;
  if (isChrome(t)) return { kind: 'chrome', label: null };
  if (isMetaStrip(t)) return { kind: 'meta', label: null };
  if (PRINT_LINE.test(t) || /^[（(]?共印\s?\d+\s?份[）)]?$/.test(t)) return { kind: 'print', label: null };
  const label = parseLabel(t, LOOSE_LABELS) ?? numberedLabel(t) ?? bulletedLabel(t) ?? zhLabelForm(t) ?? absenceFormLabel(t);
  if (label) {
    if (label.kind === 'distribution') return { kind: 'distribution', label };
    if (label.kind === 'meta' || label.kind === 'issuer' || label.kind === 'docNumber' || label.kind === 'title')
      return { kind: 'meta', label };
    return { kind: 'label', label };
  }
  if (startsWithDistLabel(t)) return { kind: 'distribution', label: null };
  // A Markdown heading's hashes are no part of the head ("###议定", "## 会议决定").
  const short = t.replace(/^\s*#{1,6}(?=\s|[\u3400-\u9fff])/, '').replace(/\s+/g, '');
  if (short.length <= 24 && (DECISION_HEAD_ZH.test(short) || DECISION_HEAD_LOOSE_ZH.test(short) || (lang === 'zh' && (boldDecisionHeadZh(short) || compoundDecisionHeadZh(short))) || APPROVED_LIST_HEAD_ZH.test(short) || (lang === 'zh' && (isDivisionHeadZh(short) || isActionHeadZh(short) || isConsensusHeadZh(short) || isOutcomeLabelHeadZh(short) || isConclusionPartZh(short))))) return { kind: 'decisionHead', label: null };
  if (t.length <= 60 && (DECISION_HEAD_EN.test(t) || isDecisionHeadEn(t) || isTaskListHeadEn(t) || DECISION_HEAD_EN.test(t.replace(/^(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]\s+/, '')))) return { kind: 'decisionHead', label: null };
  if (t.length <= 40 && REQUIREMENT_HEAD.test(short.length < t.length && lang === 'zh' ? short : t))
    return { kind: 'requirementHead', label: null };
  if (VIEW_ZH.test(t) || VIEW_EN.test(t)) return { kind: 'view', label: null };
  if (REQUIREMENT_ZH.test(t)) return { kind: 'requirement', label: null };
  if (isDateOnly(t)) return { kind: 'date', label: null };
  return { kind: 'text', label: null };
}

function isSentence(t: string, lang: 'zh' | 'en'): boolean {
  // A line in Latin letters alone (a letterhead's English name or address) runs no Chinese sentence.
  if (lang === 'zh') return t.length >= 30 && /[，,。；]/.test(t) && /[\u3400-\u9fff]/.test(t);
  // A sentence of the record's voice may go without its full stop ("The minutes were approved being proposed by …").
  return (t.length >= 90 && /[.,;:]\s/.test(t)) || (t.length >= 30 && /[.!?]$/.test(t) && t.split(' ').length >= 6) || (t.length >= 40 && /^[A-Z][a-z]/.test(t) && !/[:：]$/.test(t) && t.split(' ').length >= 7 && /\s(?:was|were|has been|have been)\s[a-z]/.test(t));
}

/** English distribution, often inside a closing line: "On May 26, 2004, the newspaper was copied: …". */
export const EN_DIST = /\b(cc|c\.c\.|copied to|copied|copy to|copies to|distribution(?: list)?|circulation|distributed to|sent to)\s*[:：]\s*/i;

export function segment(printed: Linear): Segmented {
  // A rule line (a Setext underline, a thematic break) holds no words (segment/rule-lines.ts).
  const lin = withoutRuleLines(printed);
  const lang = detectLang(lin.text);
  let englishNext = 0;
  const closing = Math.floor(lin.lines.length * 0.6);
  const lines: SegLine[] = lin.lines.map((l, i) => {
    const found = lineKind(l, lang);
    let kind = found.kind;
    const label = found.label;
    if (kind === 'text' && lang === 'en' && i >= closing && EN_DIST.test(l.text)) kind = 'distribution';
    const num = kind === 'text' || kind === 'view' || kind === 'requirement' || kind === 'decisionHead' ? parseNumbering(l.text, englishNext) : null;
    if (num && num.style === 'enOrdinal') englishNext = num.value + 1;
    const opensDecisions = kind !== 'decisionHead' && (OPENS_DECISIONS_ZH.test(l.text.replace(/\s+/g, '')) || (lang === 'zh' && opensConsensusZh(l.text.replace(/\s+/g, ''))) || (lang === 'en' && OPENS_DECISIONS_EN.test(l.text)));
    // How far the line is indented as printed: a list item's continuation lines sit deeper (fields/list-items.ts).
    const indent = indentAt(lin.text, l.start);
    return { ...l, i, kind, label, num, opensDecisions, ...(indent ? { indent } : {}) };
  });
  markWidgetChrome(lines, lang);
  // A roll numbered under its label counts people, not items (segment/numbered-roll.ts).
  unnumberRollUnderLabel(lines);
  // The learned line classes, where a model is installed (learn/advise.ts); a no-op otherwise.
  adviseLines(lines, lang);

  // The body begins at the first numbered item, label, section head or running sentence.
  let bodyStart = lines.length;
  for (const l of lines) {
    if (l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'date' || l.kind === 'print') continue;
    // The title line may be long ("Minutes of the … meeting, held at … on 20th May 2010.").
    if (l.kind === 'text' && !l.num && l.i < 8 && l.text.length <= 200 && !/[：:]$/.test(l.text) && !/如下/.test(l.text) && (TITLE_MARK_ZH.test(l.text) ? l.text.length <= 60 : TITLE_MARK_EN.test(l.text))) continue;
    if (l.num || l.kind === 'label' || l.kind === 'decisionHead' || l.kind === 'view' || l.kind === 'requirement' || isSentence(l.text, lang)) {
      bodyStart = l.i;
      break;
    }
  }

  // Nothing reads as running text (short notes): the body starts after the first line.
  if (bodyStart === lines.length && lines.length > 1) bodyStart = lines.findIndex((l, i) => i > 0 && l.kind !== 'chrome' && l.kind !== 'meta');
  if (bodyStart < 0) bodyStart = lines.length;
  // The closing block: from the end, skip furniture, dates, 印发 and distribution lines (and their
  // continuation lines, which hold no sentence).
  let tailStart = lines.length;
  for (let i = lines.length - 1; i > bodyStart; i--) {
    const l = lines[i];
    if (l.kind === 'chrome' || l.kind === 'print' || l.kind === 'distribution' || l.kind === 'date' || l.kind === 'meta') {
      tailStart = i;
      continue;
    }
    // A wrapped distribution line: the next line is distribution/print, and this one is a short list.
    const next = lines[i + 1];
    if (next && next.i === tailStart && l.text.length <= 80 && !/[。.!?]$/.test(l.text) && !l.num && lines[i - 1]?.kind === 'distribution') {
      tailStart = i;
      continue;
    }
    break;
  }
  return { text: lin.text, lang, lines, bodyStart, tailStart };
}
