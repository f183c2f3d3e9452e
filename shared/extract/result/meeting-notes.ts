/**
 * A project's, club's or team's notes of one meeting ("Curve 双周会 2022-09-15", "2023/5 TC 例会",
 * "Meeting notes 2021-03-04", "Regular meeting (Nov 2020)"): no minutes title, no motion, often no
 * presider, yet the record of a meeting held. What such notes have and their look-alikes (a notice
 * calling the meeting, an agenda sent before it, an empty notes template, a README about how
 * meetings run) lack: a heading naming one meeting with its date, and at least two of the marks of
 * a meeting that took place — who came (names listed or counted), a task given to someone by name,
 * an outcome stated (under 结论 / "Decision:", or in the past tense), the meeting said to have met
 * or ended. The verdict still checks the page for a look-alike's own mark before taking it.
 */
import { TASK_ZH } from '../fields/named-task-zh';
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';
import { alt } from '../lexicon/build';
import { EN_BODIES, EN_BOARD_MEMBERS, EN_MONTHS, EN_NOTES, EN_ORG_ENDS, EN_TASK_VERBS } from '../lexicon/en';
import { ZH_NOTES } from '../lexicon/zh';
import { teamMarksZh } from './team-marks-zh';

export interface NotesEvidence {
  attendees: number;
  decisions?: number;
  /** The page's headline above the content, when read from a DOM. */
  hint?: string | null;
  /** A header line names the meeting with its date (fields/header). */
  namedMeeting?: boolean;
}

const MEETING_EN = new RegExp(`\\b${alt(EN_NOTES.meetings)}\\b`, 'i');
const MEETING_ZH = new RegExp(alt(ZH_NOTES.meetings));
/** Dates a heading prints short: "2023/5", "20230904", "Nov 2020", "9/12". */
const SHORT_DATE = new RegExp(
  `(?<!\\d)(?:19|20)\\d{2}(?:[-/.]\\d{1,2}|(?:0[1-9]|1[0-2])[0-3]\\d)(?!\\d)|\\b${alt(EN_MONTHS.map((m) => m.slice(0, 3)))}[a-z]{0,6}\\.?\\s{1,2}(?:19|20)\\d{2}\\b|(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])`,
  'i',
);
/** A heading naming another meeting: the next one, or one held before. */
const OTHER_MEETING = /^(?:next|upcoming|previous|last|future)\b|^(?:下次|下一次|下週|下周|上次|上一次)/i;
/** Markdown's and a wiki's heading marks around the heading's words. */
const HEADING_MARKS = /^[#=*>\s-]{0,8}|[#=*\s]{0,8}$/g;

const HELD_EN = new RegExp(`\\b${alt(EN_NOTES.held)}\\b`, 'i');
const HELD_ZH = new RegExp(alt(ZH_NOTES.held));
const HEADCOUNT_EN = new RegExp(`\\b\\d{1,3}\\s{1,2}(?:of\\s{1,2}\\d{1,3}\\s{1,2})?${alt(EN_NOTES.people)}\\s{1,2}(?:were\\s{1,2})?${alt(EN_NOTES.attended)}\\b`, 'i');
const HEADCOUNT_ZH = new RegExp(`\\d{1,3}\\s{0,2}${alt(ZH_NOTES.attended)}`);
/** A stated outcome in the past tense: not one to come ("to be approved", "will be decided"). */
const OUTCOME_EN = new RegExp(`(?<!\\b(?:be|to|will|would|should|has|have|who)\\s)\\b${alt(EN_NOTES.outcomes)}\\b`, 'i');
const OUTCOME_ZH = new RegExp(alt(ZH_NOTES.outcomes));
/** An outcome's label at a line's start, over its content on the line or the next: "结论：…", "Decision: …". */
const OUTCOME_LABEL = new RegExp(`^[-*#>•\\s]{0,8}(?:${alt(ZH_NOTES.outcomeLabels)}|${alt(EN_NOTES.outcomeLabels)}\\b)\\s{0,2}[：:]\\s{0,2}(.{0,200})$`, 'i');
/**
 * Words that start a sentence and name no one ("It will …", "We will …"), and bodies ("Commission to
 * seek advice", a sentence wrapped onto a line of an agenda): a task is given to a person.
 */
const NOT_A_NAME = new RegExp(`^(?:it|this|that|there|these|those|we|they|he|she|you|i|which|what|who|the|a|an|next|meeting|everyone|anyone|someone|nobody|all|each|staff|item|topic|agenda|city|town|county|${alt([...EN_BODIES, ...EN_BOARD_MEMBERS, ...EN_ORG_ENDS])})$`, 'i');
/** "Sophie and Zack will prepare …", "@alex to draft …": a task given by name at a line's start, a verb of work after it. */
const TASK_EN = new RegExp(`^[-*•\\s]{0,6}(?:\\[[ xX]?\\]\\s{0,2})?(@?[A-Z][\\w.-]{1,20})(?:\\s{1,2}(?:and|&)\\s{1,2}@?[A-Z][\\w.-]{1,20})?\\s{1,2}${alt(EN_NOTES.taskLinks)}\\s{1,2}${alt(EN_TASK_VERBS)}\\b`);

/** A short line with a meeting word and a date: the notes' heading naming one meeting. */
export function datedMeetingHeading(line: string): boolean {
  const t = line.replace(HEADING_MARKS, '').trim();
  if (t.length < 6 || t.length > 70 || OTHER_MEETING.test(t)) return false;
  if (!MEETING_EN.test(t) && !MEETING_ZH.test(t)) return false;
  return findDates(t).length > 0 || SHORT_DATE.test(t);
}

/** "会议1" / "Meeting 3" over its date's label ("时间：3月26日", "Date: 4 May"): the heading names one meeting, dated below it. */
const DATE_LABEL = /^[-*•\s]{0,4}(?:时间|時間|日期|会议时间|會議時間|date|time)\s{0,2}[：:]/i;
export function meetingHeadingDatedBelow(line: string, below: string): boolean {
  const t = line.replace(HEADING_MARKS, '').trim();
  if (t.length < 2 || t.length > 30 || /[：:。.,，]/.test(t) || OTHER_MEETING.test(t)) return false;
  if (!MEETING_EN.test(t) && !MEETING_ZH.test(t)) return false;
  return DATE_LABEL.test(below) && (findDates(below).length > 0 || SHORT_DATE.test(below));
}

/** An outcome label with something under it: a template's "结论：" over the next label records nothing. */
function labelledOutcome(lines: string[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const m = OUTCOME_LABEL.exec(lines[i]);
    if (!m) continue;
    const rest = m[1].trim() || (lines.slice(i + 1).find((l) => l.trim()) ?? '').trim();
    // Under it a line of its own, not another label, heading or blank to fill in.
    if (rest.length >= 4 && !/^#|[：:]$|^_{2,}|^\.{3}/.test(rest)) return true;
  }
  return false;
}

/** A task given to someone by name ("Sophie will prepare …", "由 @zeno 跟进"). */
export function taskByName(lines: string[], zh: boolean): boolean {
  if (zh && lines.some((l) => TASK_ZH.test(l))) return true;
  return lines.some((l) => {
    const m = TASK_EN.exec(l);
    return !!m && !NOT_A_NAME.test(m[1].replace(/^@/, ''));
  });
}

/** The marks of a meeting that took place, each counted once. */
export function notesMarks(seg: Segmented, ev: NotesEvidence): number {
  const zh = seg.lang === 'zh';
  const text = seg.text;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome').map((l) => l.text);
  const people = ev.attendees >= 2 || HEADCOUNT_EN.test(text) || HEADCOUNT_ZH.test(text);
  const task = taskByName(lines, zh);
  const outcome = labelledOutcome(lines) || OUTCOME_ZH.test(text) || (!zh && OUTCOME_EN.test(text));
  const held = HELD_EN.test(text) || HELD_ZH.test(text);
  // Chinese team notes state these in their own words (result/team-marks-zh.ts).
  const team = zh ? teamMarksZh(lines) : null;
  return [people || team?.people, task || team?.task, outcome || team?.outcome, held || team?.met].filter(Boolean).length;
}

export function meetingNotes(seg: Segmented, ev: NotesEvidence): boolean {
  const heads = seg.lines
    .filter((l) => l.kind !== 'chrome')
    .slice(0, 15)
    .map((l) => l.text);
  const headed = !!ev.namedMeeting || [ev.hint ?? '', ...heads].some(datedMeetingHeading) || heads.some((h, i) => meetingHeadingDatedBelow(h, heads[i + 1] ?? ''));
  return headed && notesMarks(seg, ev) >= 2;
}
