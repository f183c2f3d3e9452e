import type { MinutesDraft, SourceSpan } from '../../../shared/schemas';
import type { CaptureForm, DecisionForm, Mapped, RecipientForm } from './model';

export { SCALAR_FIELDS, type FieldEdit, type ScalarField } from '../../db/rows';
import { SCALAR_FIELDS, type FieldEdit, type ScalarField } from '../../db/rows';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The extracted decision a form decision came from (its index in the draft), if any. */
export type FormWithOrigins = CaptureForm & { decisions: (DecisionForm & { origin?: number })[] };

function sameAssignees(a: Mapped[], names: string[]): boolean {
  return a.length === names.length && a.every((m, i) => m.name === names[i] && m.unitId === undefined);
}

/** What the clerk changed in the form compared with the extractor's draft. */
export function recordEdits(extracted: MinutesDraft, form: FormWithOrigins): FieldEdit[] {
  const edits: FieldEdit[] = [];
  const base = {
    title: extracted.title ?? '',
    meetingDate: extracted.meetingDate ?? '',
    docNumber: extracted.docNumber ?? '',
    issuer: extracted.issuer ?? '',
    presider: extracted.presider ?? '',
  };
  for (const field of SCALAR_FIELDS) {
    if (form[field].trim() === base[field]) continue;
    const quote = extracted.fields[field]?.span;
    edits.push({ kind: 'field', field, from: base[field], to: form[field].trim(), ...(quote ? { quote } : {}) });
  }
  const kept = new Set<number>();
  for (const d of form.decisions) {
    if (d.origin === undefined) continue;
    kept.add(d.origin);
    const x = extracted.decisions[d.origin];
    if (!x) continue;
    if (d.text.trim() === x.text && d.due.trim() === (x.due ?? '') && (d.dueDate ?? '') === (x.dueDate ?? '') && sameAssignees(d.assignees, x.assignees)) continue;
    edits.push({
      kind: 'decision',
      anchor: x.text,
      to: { text: d.text.trim(), due: d.due.trim(), ...(d.dueDate ? { dueDate: d.dueDate } : {}), assignees: d.assignees.map((a) => ({ ...a })) },
    });
  }
  extracted.decisions.forEach((x, i) => kept.has(i) || edits.push({ kind: 'decision', anchor: x.text, to: null }));
  const from = extracted.recipients.map((r) => ({ name: r.name, role: r.role }));
  const to = form.recipients.map((r) => ({ name: r.name.trim(), role: r.role, ...(r.unitId !== undefined ? { unitId: r.unitId } : {}) }));
  const same = from.length === to.length && to.every((r, i) => r.name === from[i].name && r.role === from[i].role && r.unitId === undefined);
  if (!same) edits.push({ kind: 'recipients', from, to });
  return edits;
}

/** Whether a quote read from the old page is still in the new page text, with its context. */
export function stillAnchors(text: string, span: SourceSpan): boolean {
  const t = squeeze(text);
  const q = squeeze(span.quote);
  if (!q || !t.includes(q)) return false;
  const pre = squeeze(span.prefix).slice(-6);
  return !pre || t.includes(pre + q);
}

export interface Reapplied {
  form: FormWithOrigins;
  kept: FieldEdit[];
  lost: FieldEdit[];
}

/**
 * The new extraction with the clerk's earlier corrections put back. A field's correction is put back
 * when the text it corrected is still on the page (its quote anchors) or, for a field the page did
 * not print, when the extractor reads it as before; otherwise it is reported lost for the clerk to
 * check, and the new extraction stands.
 */
export function reapplyEdits(fresh: MinutesDraft, form: FormWithOrigins, edits: readonly FieldEdit[]): Reapplied {
  const out: FormWithOrigins = { ...form, decisions: form.decisions.map((d) => ({ ...d })), recipients: form.recipients.map((r) => ({ ...r })) };
  const kept: FieldEdit[] = [];
  const lost: FieldEdit[] = [];
  const removed = new Set<number>();
  for (const e of edits) {
    if (e.kind === 'field') {
      const now = fresh[e.field] ?? '';
      const anchored = e.quote ? stillAnchors(fresh.text, e.quote) : now === e.from;
      if (anchored || now === e.to) {
        out[e.field] = e.to;
        kept.push(e);
      } else lost.push(e);
    } else if (e.kind === 'decision') {
      const i = out.decisions.findIndex((d, k) => !removed.has(k) && d.origin !== undefined && squeeze(fresh.decisions[d.origin]?.text ?? '') === squeeze(e.anchor));
      if (i < 0) {
        lost.push(e);
        continue;
      }
      if (e.to === null) removed.add(i);
      else out.decisions[i] = { ...out.decisions[i], text: e.to.text, due: e.to.due, dueDate: e.to.dueDate, assignees: e.to.assignees.map((a) => ({ ...a })) };
      kept.push(e);
    } else {
      const now = fresh.recipients.map((r) => `${r.role}:${r.name}`).join('\n');
      if (now === e.from.map((r) => `${r.role}:${r.name}`).join('\n')) {
        const spans = new Map(fresh.recipients.map((r) => [`${r.role}:${r.name}`, r.span]));
        out.recipients = e.to.map((r): RecipientForm => ({ ...r, span: spans.get(`${r.role}:${r.name}`) }));
        kept.push(e);
      } else lost.push(e);
    }
  }
  out.decisions = out.decisions.filter((_, k) => !removed.has(k));
  return { form: out, kept, lost };
}

export type FieldChange =
  | { kind: 'field'; field: ScalarField; before: string; after: string }
  | { kind: 'decision'; index: number; before: string | null; after: string | null }
  | { kind: 'recipient'; name: string; change: 'added' | 'removed' };

/** What differs, field by field, between the document as last saved and the form now. */
export function diffSaved(saved: MinutesDraft, form: CaptureForm): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of SCALAR_FIELDS) {
    const before = saved[field] ?? '';
    const after = form[field].trim();
    if (before !== after) out.push({ kind: 'field', field, before, after });
  }
  const n = Math.max(saved.decisions.length, form.decisions.length);
  for (let i = 0; i < n; i++) {
    const before = saved.decisions[i]?.text ?? null;
    const after = form.decisions[i]?.text.trim() ?? null;
    if (before !== after) out.push({ kind: 'decision', index: i, before, after });
  }
  const was = new Set(saved.recipients.map((r) => r.name));
  const is = new Set(form.recipients.map((r) => r.name.trim()).filter(Boolean));
  for (const name of is) if (!was.has(name)) out.push({ kind: 'recipient', name, change: 'added' });
  for (const name of was) if (!is.has(name)) out.push({ kind: 'recipient', name, change: 'removed' });
  return out;
}
