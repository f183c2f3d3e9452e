/** Assembles the fields into a zod-validated MinutesDraft, with spans, confidences and warnings. */
import { emptyDraft, MinutesDraft, type FieldName } from '../../schemas/minutes';
import { splitRunOn, type Linear } from '../linearize/lines';
import { splitRunOnZh } from '../text/runon';
import { splitFormRows } from '../segment/form-rows';
import { segment } from '../segment/segment';
import { titleIsAgendaItem } from './agenda-item-title';
import { titleOverMinutesHeading } from '../fields/title-over-minutes-heading';
import { findTitle, findDocNumber, findIssuer, findMeetingDate, type Hit } from '../fields/header';
import { headingLine } from '../fields/title';
import { entryUnderBareRecord } from '../fields/title-log-entry';
import { zhKeyedTitle } from '../fields/title-key';
import { readAttendance } from '../fields/attendance';
import { readDistribution } from '../fields/distribution';
import { readDecisions } from '../fields/decisions';
import { withoutNested } from './nested-decisions';
import { withColonOwners } from '../fields/colon-owner';
import { judgeMinutes } from './verdict';
import { lateMinutesHeading, recordHeadline } from './record';
import { spanOf } from '../text/spans';
import { VIEW_EN, VIEW_ZH, REQUIREMENT_ZH, TITLE_MARK_EN, TITLE_MARK_ZH } from '../segment/markers';
import { detectLang } from '../text/normalize';
import { DOUBTED_TITLE, titleDoubted } from './title-doubt';
import { SHORT_ROLL, rollGoesOnBelow } from './roll-goes-on';
import { DOUBTED_DECISIONS, bareRowsZh, cutAtPageEnd, decisionDoubted, motionsUnread, outcomesUnread, partsUnread, readInsideItems, tasksUnread, underPreamble, votesUnread } from './decision-doubt';

/** The decisions' confidence where only one or two were read: a reading for the clerk to check. */
const FEW_DECISIONS = 0.85;
import { withAttendeeOwners } from './attendee-owners';
import { fromItemStart } from './item-start';
import { joinWrappedLines } from '../linearize/wrapped-lines';
import { fromMotionSentence } from './motion-sentence';
import { fromProposalAbove } from './motion-proposal-above';
import { withoutNotedOnly } from './noted-only';
import { withGroupOwners } from '../fields/group-owners';
import { withTopicOwners } from '../fields/topic-owner';
import { withZhFutureOwners } from '../fields/future-owner-zh';

/**
 * Owners told in ways the item readers do not look for: a task given to a group or post in plain
 * words ("OTC members to add …"), after its topic's label ("Prizes: N Franks to arrange …"), and
 * work told in the future with 将 ("秘书处将…"). Kept apart from findAssignees, which also weighs
 * whether an item is a decision at all.
 */
const OWNER_FILLERS = [withGroupOwners, withTopicOwners, withZhFutureOwners, withColonOwners];

export interface BuildOptions {
  /** Warnings gathered before this stage (from locating the content in a page). */
  warnings?: string[];
  /** The page's headline above the content (from a DOM), used when the text prints no minutes title. */
  titleHint?: string | null;
  /** The page gave no content block and was read whole (its warning comes with `warnings`). */
  wholePage?: boolean;
  /** The printed text and the way back to it, when the lines were folded (Traditional → Simplified). */
  printed?: { text: string; unfold: (s: string) => string; at?: (i: number) => number };
}

/**
 * A title as a PDF or a file-sharing page prints it: a page number left after the minutes mark
 * ("…議事錄 4") is dropped, and a file's name ("第十一次会议记录.doc") is a reading to check.
 */
function tidyTitle(t: Hit<string> | null): Hit<string> | null {
  if (!t) return t;
  const paged = /^(.*(?:纪要|紀要|记录|記錄|纪录|紀錄|议事录|議事錄|记要|記要|minutes))\s+\d{1,3}$/i.exec(t.value);
  if (paged) return { ...t, value: paged[1], end: t.start + paged[1].length, confidence: Math.min(t.confidence, 0.8) };
  if (/\.(?:docx?|pdf|wps|txt|xlsx?|html?)$/i.test(t.value)) return { ...t, confidence: Math.min(t.confidence, 0.6) };
  if (titleDoubted(t.value)) return { ...t, confidence: Math.min(t.confidence, DOUBTED_TITLE) };
  return t;
}

/** A record for a page that is not minutes: never half-filled. */
export function notMinutes(reason: string, lang: 'zh' | 'en' = 'zh', text = '', warnings: string[] = []): MinutesDraft {
  return emptyDraft({ isMinutes: false, reason, lang, text, warnings });
}

export function buildDraft(lin: Linear, opts: BuildOptions = {}): MinutesDraft {
  const warnings = [...(opts.warnings ?? [])];
  if (lin.lines.length === 0) return notMinutes('the page holds no text', detectLang(lin.text), lin.text, warnings);
  // Run-on lines cut before their labels and items, English (linearize/lines.ts) and Chinese (text/runon.ts).
  const seg = segment(splitFormRows(splitRunOn(splitRunOnZh(joinWrappedLines(lin)))));
  // Spans point into the printed text (the folded one has the same offsets).
  const text = opts.printed?.text ?? lin.text;
  const u = opts.printed?.unfold ?? ((s: string) => s);
  const un = (s: string | null | undefined) => (s == null ? null : u(s));
  // Offsets into the printed text, where the read text left something out (a page's pinyin glosses).
  const at = opts.printed?.at ?? ((i: number) => i);
  const span = (start: number, end: number) => spanOf(text, at(start), at(end));
  const title = findTitle(seg, opts.titleHint);
  // A heading naming the meeting over a bare "## Minutes" is marked by the heading under it (fields/title-over-minutes-heading.ts).
  // …but not an agenda's item naming the minutes of another date to approve (result/agenda-item-title.ts).
  const marked = title && (TITLE_MARK_ZH.test(title.value) || TITLE_MARK_EN.test(title.value) || titleOverMinutesHeading(seg)?.value === title.value) && !titleIsAgendaItem(seg, title) ? title : null;
  const docNumber = findDocNumber(seg, title);
  const issuer = findIssuer(seg, title);
  const found = findMeetingDate(seg, title);
  // A minutes heading printed away from the top, where no title was found there: its title and date, as guesses.
  const late = lateMinutesHeading(seg);
  const lateHere = !!late && (!title || (title.start <= late.title.start && late.title.start < title.end));
  const date = found ?? (lateHere ? late.date : null);
  const att = readAttendance(seg);
  const recips = readDistribution(seg);
  const read = readDecisions(seg, date?.value ?? null);
  const { method, page } = read;
  // Owners the item readers left out, each reader filling only items still without one: an
  // attendee's name beside the task (result/attendee-owners.ts), then OWNER_FILLERS in order.
  const decisions = withoutNested(OWNER_FILLERS.reduce((ds, fill) => fill(ds, seg.lang), withAttendeeOwners(fromProposalAbove(fromMotionSentence(fromItemStart(withoutNotedOnly(read.decisions, seg.lang), seg.lines, seg.lang), seg.lines, seg.lang), seg.lines, seg.lang), att.attendees)));

  const verdict = judgeMinutes(seg, {
    title: marked?.value ?? null,
    // A log of several meetings is judged on all its meetings' decisions (segment/meeting-log.ts).
    decisions: (page ?? { decisions }).decisions.length,
    decisionMethod: page?.method ?? method,
    attendees: att.attendees.length || (att.recorded ? 1 : 0),
    presider: !!att.presider,
    recipients: recips.length,
    hint: opts.titleHint ?? null,
    dated: !!date,
    namedMeeting: !!title && !marked && !!found && title.start <= found.start && found.start < title.end + 200,
  });
  if (!verdict.isMinutes) return notMinutes(verdict.reason ?? 'not minutes', seg.lang, text, warnings);
  // A body's own record published under a headline naming the meeting held ("区政府召开第四十四次常务会议")
  // has that headline for its title, read as a guess.
  const heading = tidyTitle(zhKeyedTitle(entryUnderBareRecord(seg, title) ?? (lateHere ? late.title : null) ?? recordHeadline(seg) ?? headingLine(seg)));

  const fields: Partial<Record<FieldName, { confidence: number; span?: ReturnType<typeof spanOf> }>> = {};
  const note = (name: FieldName, hit: Hit<unknown> | null) => {
    if (hit) fields[name] = { confidence: hit.confidence, span: span(hit.start, hit.end) };
  };
  fields.isMinutes = { confidence: verdict.sure ?? verdict.confidence };
  note('title', heading);
  note('docNumber', docNumber);
  note('issuer', issuer);
  note('meetingDate', date);
  note('presider', att.presider);
  // Names on the line under the roll read, with no label of their own: the roll goes on (result/roll-goes-on.ts).
  const roll = att.attendeesHit;
  note('attendees', roll && rollGoesOnBelow(seg, roll.end) ? { ...roll, confidence: Math.min(roll.confidence, SHORT_ROLL) } : roll);
  if (decisions.length) {
    fields.decisions = {
      // The list is only as sure as its least sure item: one scrap read as a decision makes it wrong.
      // One or two read outside a section of their own are as often the first of a record's outcomes, the rest in forms not read, as all of them.
      confidence: Math.min(...decisions.map((d) => d.confidence), decisions.some((d) => decisionDoubted(d.text, seg.lang)) || cutAtPageEnd(decisions, seg.text) || readInsideItems(decisions, seg.lines) || (seg.lang === 'en' && underPreamble(decisions, seg.lines)) || (seg.lang === 'zh' && bareRowsZh(decisions)) || (seg.lang === 'en' && (outcomesUnread(decisions.length, seg.lines.slice(seg.bodyStart, seg.tailStart)) || partsUnread(decisions, seg.lines.slice(seg.bodyStart, seg.tailStart)) || votesUnread(decisions, seg.lines.slice(seg.bodyStart, seg.tailStart)) || tasksUnread(decisions, seg.lines.slice(seg.bodyStart, seg.tailStart)) || motionsUnread(decisions, seg.lines.slice(0, seg.tailStart)))) ? DOUBTED_DECISIONS : 1, decisions.length < 3 && method !== 'section' ? FEW_DECISIONS : 1),
      span: span(decisions[0].start, decisions[decisions.length - 1].end),
    };
  }
  if (recips.length) {
    // A Chinese 版记 (报/送/抄送 labels, GB/T 9704) is the strongest marker there is; an English
    // "copied to" sentence or a list wrapped onto unlabelled lines is a reading.
    const sure = seg.lang === 'zh' && recips.every((r) => !r.wrapped);
    fields.recipients = { confidence: sure ? 0.9 : 0.85, span: span(recips[0].start, recips[recips.length - 1].end) };
  }

  // What could not be placed: each gap is named, and the core ones (what a clerk must have to
  // circulate the record) lower the overall confidence, so a page that yields little reads as a guess.
  let coverage = opts.wholePage ? 0.85 : 1;
  const gap = (warning: string, factor = 1) => {
    warnings.push(warning);
    coverage *= factor;
  };
  if (!heading) gap('no title line found', 0.85);
  if (!date) gap('no meeting date found', 0.8);
  else if (date.value.startsWith('XXXX')) gap('the meeting date has no year', 0.95);
  if (!decisions.length) gap('no decisions found', 0.7);
  else if (method === 'items') gap('no decisions section: the numbered items that assign work were taken as decisions', 0.92);
  else if (method === 'sentences') gap('no decisions section: sentences recording an outcome were taken as decisions', 0.92);
  const unassigned = decisions.filter((d) => d.assignees.length === 0).length;
  if (unassigned) gap(unassigned === decisions.length ? 'no decision names who is to act on it' : `${unassigned} of ${decisions.length} decisions name no one to act on them`);
  if (!att.presider && att.attendees.length === 0) gap('no presider or attendance list found');
  for (const d of decisions) if (d.due && !d.dueDate) warnings.push(`the deadline "${u(d.due)}" could not be turned into a date`);
  if (seg.lang === 'zh' && recips.length === 0) gap('no distribution list (报/送/抄送) found');

  const views: string[] = [];
  const requirements: string[] = [];
  let underRequirements = false;
  for (const l of seg.lines.slice(seg.bodyStart, seg.tailStart)) {
    if (l.kind === 'requirementHead') {
      underRequirements = true;
      continue;
    }
    if (l.kind === 'label' || l.kind === 'decisionHead' || l.kind === 'distribution') underRequirements = false;
    if (l.kind === 'view' || VIEW_ZH.test(l.text) || VIEW_EN.test(l.text)) views.push(l.text);
    else if (underRequirements || l.kind === 'requirement' || REQUIREMENT_ZH.test(l.text)) requirements.push(l.text);
  }

  const draft = {
    isMinutes: true,
    lang: seg.lang,
    title: un(heading?.value),
    docNumber: un(docNumber?.value),
    issuer: un(issuer?.value),
    meetingDate: date?.value ?? null,
    presider: un(att.presider?.value),
    attendees: att.attendees.map(u),
    views: views.map(u),
    requirements: requirements.map(u),
    decisions: decisions.map((d) => ({
      text: u(d.text),
      assignees: d.assignees.map(u),
      due: un(d.due),
      ...(d.dueDate ? { dueDate: d.dueDate } : {}),
      span: span(d.start, d.end),
    })),
    recipients: recips.map((r) => ({ name: u(r.name), role: r.role, span: span(r.start, r.end) })),
    confidence: Math.round(verdict.confidence * coverage * 1000) / 1000,
    fields,
    warnings,
    text,
  };
  const parsed = MinutesDraft.safeParse(draft);
  if (!parsed.success) {
    return notMinutes(`the extracted record did not validate: ${parsed.error.issues[0]?.message ?? 'invalid'}`, seg.lang, text, warnings);
  }
  return parsed.data;
}
