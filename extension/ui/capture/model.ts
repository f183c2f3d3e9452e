import { isoDateOf, parseDateInput } from '../../../shared/dates/parse';
import { FieldName, MinutesDraft, type CirculationKind } from '../../../shared/schemas';
import { type CaptureForm, type DecisionForm, type Mapped, type RecipientForm, type UnitRow } from '../../db';
import { resolveName } from '../unit-match';

export type { CaptureForm, DecisionForm, Mapped, RecipientForm } from '../../db';

export function formFromDraft(d: MinutesDraft): CaptureForm {
  return {
    title: d.title ?? '',
    meetingDate: d.meetingDate ?? '',
    docNumber: d.docNumber ?? '',
    issuer: d.issuer ?? '',
    presider: d.presider ?? '',
    decisions: d.decisions.map((x, i) => ({
      origin: i,
      text: x.text,
      due: x.due ?? '',
      dueDate: x.dueDate,
      assignees: x.assignees.map((name) => ({ name })),
      span: x.span,
    })),
    recipients: d.recipients.map((r) => ({ name: r.name, role: r.role, span: r.span })),
  };
}

/**
 * A due text typed by the clerk: a calendar date in any form people type ("2025年6月30日") is also
 * the due date tasks are tracked by; any other wording drops the date the extractor had read from
 * the old text, so the clerk is asked to set it again rather than circulate a date read from words
 * no longer there.
 */
export function dueFromInput(text: string): Pick<DecisionForm, 'due' | 'dueDate' | 'dueDateText'> {
  return { due: text, dueDate: isoDateOf(text), dueDateText: undefined };
}

/** The clerk's due date as typed or picked: kept as typed, and its date when it reads as one. */
export function dueDateFromInput(value: string): Pick<DecisionForm, 'dueDate' | 'dueDateText'> {
  return { dueDate: isoDateOf(value), dueDateText: value };
}

/** What the due date field shows: the text as typed, else the date it holds. */
export function dueDateShown(d: Pick<DecisionForm, 'dueDate' | 'dueDateText'>): string {
  return d.dueDateText ?? d.dueDate ?? '';
}

/** A field the form cannot be saved with, and why; shown at the field, in the UI language. */
export interface FormError {
  field: 'title' | 'meetingDate' | 'decisionText' | 'dueDate';
  /** The decision, for decisionText and dueDate. */
  index?: number;
  reason: 'required' | 'format' | 'calendar' | 'tooLong';
}

/** Whether a typed date is refused, and why (empty is not refused). */
export function dateError(text: string): FormError['reason'] | null {
  const r = parseDateInput(text);
  return r && !r.ok ? r.reason : null;
}

/** A deadline printed in words that no date stands for: the clerk has to set one. */
export function dueUnresolved(d: Pick<DecisionForm, 'due' | 'dueDate'>): boolean {
  return d.due.trim() !== '' && !d.dueDate;
}

/** Fields the extractor read with less confidence than this are listed for the clerk to check. */
export const CHECK_BELOW = 0.9;

const decisionsKey = (ds: DecisionForm[]) =>
  JSON.stringify(ds.map((d) => [d.text.trim(), d.due.trim(), d.dueDate ?? '', d.assignees.map((a) => a.name.trim())]));
const recipientsKey = (rs: RecipientForm[]) => JSON.stringify(rs.map((r) => [r.name.trim(), r.role]));

/** Whether the form holds something else than the extractor read for this field. */
function corrected(name: FieldName, read: CaptureForm, form: CaptureForm): boolean {
  switch (name) {
    case 'decisions':
      return decisionsKey(read.decisions) !== decisionsKey(form.decisions);
    case 'recipients':
      return recipientsKey(read.recipients) !== recipientsKey(form.recipients);
    case 'isMinutes':
    case 'attendees':
      // Not edited in this view: only confirming takes it off the list.
      return false;
    default:
      return read[name].trim() !== form[name].trim();
  }
}

/**
 * The fields to check: those the draft's per-field metadata gives a confidence below CHECK_BELOW,
 * less those the clerk has corrected in the form or confirmed as read. In the schema's order.
 */
export function fieldsToCheck(draft: MinutesDraft, form: CaptureForm, confirmed: ReadonlySet<FieldName> = new Set()): FieldName[] {
  const read = formFromDraft(draft);
  return FieldName.options.filter((name) => {
    const confidence = draft.fields[name]?.confidence;
    return confidence !== undefined && confidence < CHECK_BELOW && !confirmed.has(name) && !corrected(name, read, form);
  });
}

type UnitLike = Pick<UnitRow, 'id' | 'name' | 'aliases'>;

/** The unit a printed name is mapped to: the user's choice, else the directory match, else ''. */
export function unitFor(m: Mapped, units: readonly UnitLike[]): string {
  if (m.unitId !== undefined) return m.unitId;
  // Matched or guessed (shared/units): the clerk sees which, and may choose another.
  return resolveName(m.name, units).match?.id ?? '';
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** A date whose year the page left out, as the extractor reads it (LooseDate). */
const YEARLESS = /^XXXX-\d{2}-\d{2}$/;

/** Every field the form cannot be saved with, in the order of the form. */
export function formErrors(f: CaptureForm): FormError[] {
  const errors: FormError[] = [];
  if (!f.title.trim()) errors.push({ field: 'title', reason: 'required' });
  const meeting = dateError(f.meetingDate);
  // A year the page left out (XXXX-06-18, as the extractor reads it) is kept as it is.
  if (meeting && !YEARLESS.test(f.meetingDate.trim())) errors.push({ field: 'meetingDate', reason: meeting });
  f.decisions.forEach((d, index) => {
    if (!d.text.trim()) errors.push({ field: 'decisionText', index, reason: 'required' });
    const due = d.dueDateText === undefined ? null : dateError(d.dueDateText);
    if (due) errors.push({ field: 'dueDate', index, reason: due });
  });
  return errors;
}

/** The edited draft, validated; `errors` lists the fields that are not valid. */
export function draftFromForm(base: MinutesDraft, f: CaptureForm): { draft?: MinutesDraft; errors: FormError[] } {
  const errors = formErrors(f);
  if (errors.length) return { errors };
  const typed = blank(f.meetingDate);
  const meetingDate = typed && YEARLESS.test(typed) ? typed : (isoDateOf(f.meetingDate) ?? null);
  const candidate = {
    ...base,
    title: blank(f.title),
    meetingDate,
    docNumber: blank(f.docNumber),
    issuer: blank(f.issuer),
    presider: blank(f.presider),
    decisions: f.decisions.map((d) => ({
      text: d.text.trim(),
      assignees: d.assignees.map((a) => a.name.trim()).filter(Boolean),
      due: blank(d.due),
      ...(d.dueDate ? { dueDate: d.dueDate } : {}),
      ...(d.span ? { span: d.span } : {}),
    })),
    recipients: f.recipients
      .filter((r) => r.name.trim())
      .map((r) => ({ name: r.name.trim(), role: r.role, ...(r.span ? { span: r.span } : {}) })),
  };
  const parsed = MinutesDraft.safeParse(candidate);
  // The form's own checks come first; what is left is a length limit of the schema.
  if (!parsed.success) return { errors: parsed.error.issues.map(schemaError) };
  return { draft: parsed.data, errors: [] };
}

/** A schema refusal (a length limit) as the field it concerns. */
function schemaError(issue: { path: PropertyKey[] }): FormError {
  const [first, index] = issue.path;
  if (first === 'decisions' && typeof index === 'number') return { field: 'decisionText', index, reason: 'tooLong' };
  return { field: first === 'meetingDate' ? 'meetingDate' : 'title', reason: 'tooLong' };
}

/** SHA-256 of the draft's content, hex: the service versions a document when this changes. */
export async function contentHash(draft: MinutesDraft): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(draft));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The units to circulate to: decision assignees act (办理), recipients read (阅知); a unit that is
 * both acts. One entry per unit.
 */
export function circulationTargets(f: CaptureForm, units: readonly UnitLike[]): Map<string, CirculationKind> {
  const targets = new Map<string, CirculationKind>();
  for (const d of f.decisions) {
    if (!d.text.trim()) continue;
    for (const a of d.assignees) {
      const u = unitFor(a, units);
      if (u) targets.set(u, 'act');
    }
  }
  for (const r of f.recipients) {
    const u = unitFor(r, units);
    if (u && !targets.has(u)) targets.set(u, 'read');
  }
  return targets;
}

/**
 * Names the clerk mapped by hand to a unit the directory did not match them to: each becomes an
 * alias of that unit, so the next document with the same name maps by itself.
 */
export function chosenAliases(f: CaptureForm, units: readonly UnitLike[]): { unitId: string; alias: string }[] {
  const named = [...f.recipients, ...f.decisions.flatMap((d) => d.assignees)];
  const out: { unitId: string; alias: string }[] = [];
  for (const m of named) {
    const alias = m.name.trim();
    const r = alias ? resolveName(alias, units) : null;
    // A name the directory holds for that unit needs nothing; a guess the clerk confirmed or corrected is learnt.
    if (!r || !m.unitId || (r.state === 'matched' && r.match?.id === m.unitId)) continue;
    if (!out.some((o) => o.unitId === m.unitId && o.alias === alias)) out.push({ unitId: m.unitId, alias });
  }
  return out;
}

/** For each decision with mapped assignees: the lead unit (first) and the co-units. */
export function taskUnits(d: DecisionForm, units: readonly UnitLike[]): { lead: string; co: string[] } | null {
  const ids = [...new Set(d.assignees.map((a) => unitFor(a, units)).filter(Boolean))];
  if (!d.text.trim() || ids.length === 0) return null;
  return { lead: ids[0], co: ids.slice(1) };
}
