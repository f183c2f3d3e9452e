import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldName, MinutesDraft, SourceSpan } from '../../../shared/schemas';
import type { CaptureDraftRow, CaptureRow, CirculateDb, DocumentRow, FieldEdit } from '../../db';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { Highlight } from '../SourcePreview';
import { FIELD_LABEL } from './field-labels';
import type { CaptureForm, DecisionForm, FormError, RecipientForm } from './model';

/** The outcome of the last Save or Circulate, shown in the action bar. */
export type Status =
  | { kind: 'saved' }
  | { kind: 'circulated'; count: number }
  | { kind: 'invalid'; errors: FormError[] }
  | { kind: 'error'; key: MessageKey }
  | { kind: 'failed'; text: string };

/** What was saved from this page before: the document and the clerk's corrections to it. */
export interface Prior {
  doc?: DocumentRow;
  edits: FieldEdit[];
  /** The form as the clerk left it for this capture, if they typed anything. */
  draft?: CaptureDraftRow;
}

export async function loadPrior(db: CirculateDb, capture: Pick<CaptureRow, 'id' | 'url'>): Promise<Prior> {
  const doc = await db.documents.where('url').equals(capture.url).first();
  const row = doc ? await db.captureEdits.get(doc.id) : undefined;
  const draft = await db.drafts.get(capture.id);
  return { doc, edits: row?.edits ?? [], draft };
}

/**
 * The form and the three ways it changes: a field, a decision, a recipient. Every change is kept
 * at once as the capture's draft (Dexie), so a tab switch, a closed panel or a browser restart
 * brings back what the clerk typed.
 */
export function useCaptureForm(
  db: CirculateDb,
  capture: Pick<CaptureRow, 'id' | 'url'>,
  initial: { form: CaptureForm; confirmed: FieldName[] },
  byHand: boolean,
) {
  const [form, setForm] = useState<CaptureForm>(initial.form);
  const [confirmed, setConfirmed] = useState<ReadonlySet<FieldName>>(() => new Set(initial.confirmed));
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    void db.drafts
      .put({ captureId: capture.id, url: capture.url, form, confirmed: [...confirmed], byHand, updatedAt: new Date().toISOString() })
      .catch((err) => console.error('keeping the draft failed', err));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, confirmed]);
  const change = (next: (f: CaptureForm) => CaptureForm) => {
    typed.current = true;
    setForm(next);
  };
  const confirm = (name: FieldName) => {
    typed.current = true;
    setConfirmed((c) => new Set([...c, name]));
  };
  const update = (patch: Partial<CaptureForm>) => change((f) => ({ ...f, ...patch }));
  const setDecision = (i: number, patch: Partial<DecisionForm>) =>
    change((f) => ({ ...f, decisions: f.decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  const setRecipient = (i: number, patch: Partial<RecipientForm>) =>
    change((f) => ({ ...f, recipients: f.recipients.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  return { form, update, setDecision, setRecipient, confirmed, confirm };
}

/** The `active` key that shows where a field of the check list came from. */
export function sourceKey(name: FieldName): string {
  return name === 'decisions' ? 'decision-0' : name === 'recipients' ? 'recipient-0' : name;
}

/** The source span of a field key as used by `active` ('title', 'decision-0', 'recipient-2'). */
export function spanOf(draft: MinutesDraft, form: CaptureForm, key: string): SourceSpan | undefined {
  const m = /^(decision|recipient)-(\d+)$/.exec(key);
  if (m) return m[1] === 'decision' ? form.decisions[Number(m[2])]?.span : form.recipients[Number(m[2])]?.span;
  return draft.fields[key as keyof MinutesDraft['fields']]?.span;
}

/** Where each field, decision and recipient came from in the page text. */
export function highlights(draft: MinutesDraft, form: CaptureForm): Highlight[] {
  const out: Highlight[] = [];
  for (const [key, meta] of Object.entries(draft.fields)) {
    if (meta?.span && FIELD_LABEL[key]) out.push({ key, label: t(FIELD_LABEL[key]), start: meta.span.start, end: meta.span.end });
  }
  form.decisions.forEach((d, i) => d.span && out.push({ key: `decision-${i}`, label: t('fieldDecisionText'), start: d.span.start, end: d.span.end }));
  form.recipients.forEach((r, i) => r.span && out.push({ key: `recipient-${i}`, label: t('fieldRecipients'), start: r.span.start, end: r.span.end }));
  return out;
}

export function val(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
