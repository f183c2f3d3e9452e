import { FieldName, LooseDate, MinutesDraft, type CirculationKind, type RecipientRole, type SourceSpan } from '../../../shared/schemas';
import { matchUnit, type UnitRow } from '../../db';

/** A name as printed plus the directory unit it stands for: `unitId` undefined = matched automatically. */
export interface Mapped {
  name: string;
  unitId?: string;
}

export interface DecisionForm {
  text: string;
  /** The deadline phrase as printed ("6月底前"). */
  due: string;
  /** The date it stands for (YYYY-MM-DD): the extractor's reading, confirmed or set by the clerk. */
  dueDate?: string;
  assignees: Mapped[];
  /** Where the extractor found it, kept so the saved draft still points into the page text. */
  span?: SourceSpan;
  /** Its index in the extractor's draft (none for a decision the clerk added). */
  origin?: number;
}

export interface RecipientForm extends Mapped {
  role: RecipientRole;
  span?: SourceSpan;
}

/** The Capture view's editable copy of a draft. */
export interface CaptureForm {
  title: string;
  meetingDate: string;
  docNumber: string;
  issuer: string;
  presider: string;
  decisions: DecisionForm[];
  recipients: RecipientForm[];
}

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A due text typed by the clerk: a calendar date (YYYY-MM-DD) is also the due date tasks are
 * tracked by; any other wording drops the date the extractor had read from the old text, so the
 * clerk is asked to set it again rather than circulate a date read from words no longer there.
 */
export function dueFromInput(text: string): Pick<DecisionForm, 'due' | 'dueDate'> {
  const day = text.trim();
  return { due: text, dueDate: ISO_DAY.test(day) ? day : undefined };
}

/** The clerk's due date from the date input ('' clears it; anything but a calendar day is ignored). */
export function dueDateFromInput(value: string): Pick<DecisionForm, 'dueDate'> {
  const day = value.trim();
  return { dueDate: ISO_DAY.test(day) ? day : undefined };
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
  return matchUnit(m.name, units) ?? '';
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** The edited draft, validated; `errors` lists the fields that are not valid. */
export function draftFromForm(base: MinutesDraft, f: CaptureForm): { draft?: MinutesDraft; errors: string[] } {
  const errors: string[] = [];
  const meetingDate = blank(f.meetingDate);
  if (meetingDate && !LooseDate.safeParse(meetingDate).success) errors.push('meetingDate (YYYY-MM-DD)');
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
  if (!candidate.title) errors.push('title');
  f.decisions.forEach((d, i) => d.text.trim() || errors.push(`decision ${i + 1}`));
  if (errors.length) return { errors };
  const parsed = MinutesDraft.safeParse(candidate);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => i.path.join('.')) };
  return { draft: parsed.data, errors: [] };
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
    if (!alias || !m.unitId || matchUnit(alias, units) === m.unitId) continue;
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
