import { useEffect, useRef, useState } from 'preact/hooks';
import { RecipientRole, type FieldName, type MinutesDraft, type SourceSpan } from '../../shared/schemas';
import { latestCapture, uuidv7, type CaptureRow, type CirculateDb, type DocumentRow, type UnitRow } from '../db';
import type { Profile } from '../profile';
import { enqueue, rememberAliases, WRITE_TABLES, type MutationInput } from '../sync';
import { requestSync, send } from './bridge';
import {
  chosenAliases,
  circulationTargets,
  contentHash,
  draftFromForm,
  dueDateFromInput,
  dueFromInput,
  dueUnresolved,
  fieldsToCheck,
  formFromDraft,
  taskUnits,
  unitFor,
  type CaptureForm,
  type DecisionForm,
  type RecipientForm,
} from './capture-model';
import { useLiveQuery } from './hooks';
import { t, type MessageKey } from './i18n';
import { diffSaved, reapplyEdits, recordEdits, type FieldEdit } from './recapture';
import { CHECK_LABEL, FIELD_LABEL } from './field-labels';
import { captureMissing, manualDraft, missingParts, type Missing } from './manual-entry';
import { Recaptured } from './Recaptured';
import { CaptureFailed } from './CaptureFailed';
import { SourcePreview, type Highlight } from './SourcePreview';
import { UnitSelect } from './UnitSelect';

type Status =
  | { kind: 'saved' }
  | { kind: 'circulated'; count: number }
  | { kind: 'error'; text: string };

const MISSING_LABEL: Record<Missing, MessageKey> = {
  extraction: 'missingExtraction',
  minutes: 'missingMinutes',
  title: 'missingTitle',
  meetingDate: 'missingMeetingDate',
  decisions: 'missingDecisions',
  confidence: 'missingConfidence',
};

const ROLE_LABEL: Record<RecipientRole, MessageKey> = {
  report: 'recipientReport',
  send: 'recipientSend',
  copy: 'recipientCopy',
  distribute: 'recipientDistribute',
};

/** The latest capture: review and correct the extraction, map names to units, save, circulate. */
export function Capture(props: { db: CirculateDb; profile: Profile | null }) {
  const { db } = props;
  const capture = useLiveQuery(() => latestCapture(db), [db], null as CaptureRow | undefined | null);
  const units = useLiveQuery(() => db.units.orderBy('name').toArray(), [db], [] as UnitRow[]);
  // What was saved from this page before, read once per capture: the comparison is with the
  // document as it was when the page was captured again, not as it is after saving.
  const [prior, setPrior] = useState<{ captureId: string; value: Prior } | null>(null);
  const captureId = capture?.id;
  // The capture the clerk chose to enter by hand although the extractor said it is not minutes.
  const [byHand, setByHand] = useState<string | null>(null);
  useEffect(() => {
    if (!capture) return;
    let live = true;
    void loadPrior(db, capture.url).then((value) => live && setPrior({ captureId: capture.id, value }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, captureId]);

  if (capture === undefined) return <p data-testid="capture-empty">{t('captureEmpty')}</p>;
  if (capture === null) return null;
  if (!capture.draft && capture.errorCode && capture.text === undefined) return <CaptureFailed capture={{ ...capture, errorCode: capture.errorCode }} />;
  if (capture.draft && !capture.draft.isMinutes && byHand !== capture.id) {
    // Said plainly, with no Save; but never a dead end: the clerk may know better.
    return (
      <div>
        <p data-testid="capture-not-minutes">
          {t('captureNotMinutes')} {capture.draft.reason ?? ''}
        </p>
        <p class="muted">{capture.url}</p>
        <button type="button" data-testid="capture-enter-manually" onClick={() => setByHand(capture.id)}>
          {t('captureEnterManually')}
        </button>
      </div>
    );
  }
  if (prior?.captureId !== capture.id) return null;
  // A failed extraction or a page entered by hand starts from what was found, over the kept page text.
  const draft = capture.draft?.isMinutes ? capture.draft : manualDraft(capture);
  const missing: Missing[] = [...captureMissing(capture), ...missingParts(draft)];
  // A new capture starts a fresh form (key).
  return (
    <CaptureEditor
      key={capture.id}
      db={db}
      capture={capture}
      draft={draft}
      missing={missing}
      units={units}
      profile={props.profile}
      prior={prior.value}
    />
  );
}

interface Prior {
  doc?: DocumentRow;
  edits: FieldEdit[];
}

async function loadPrior(db: CirculateDb, url: string): Promise<Prior> {
  const doc = await db.documents.where('url').equals(url).first();
  const row = doc ? await db.captureEdits.get(doc.id) : undefined;
  return { doc, edits: row?.edits ?? [] };
}

function CaptureEditor(props: {
  db: CirculateDb;
  capture: CaptureRow;
  draft: MinutesDraft;
  /** What the extraction did not find: non-empty means manual entry, and the save needs a check. */
  missing: Missing[];
  units: UnitRow[];
  profile: Profile | null;
  prior: Prior;
}) {
  const { db, capture, units, profile } = props;
  // Capturing a page again: the clerk's corrections are put back where they still fit.
  const [start] = useState(() => reapplyEdits(props.draft, formFromDraft(props.draft), props.prior.edits));
  const [form, setForm] = useState<CaptureForm>(() => start.form);
  const [changes] = useState(() => (props.prior.doc ? diffSaved(props.prior.doc.draft, start.form) : null));
  const [status, setStatus] = useState<Status | null>(null);
  const [active, setActive] = useState<string | undefined>(undefined);
  // Low-confidence fields the clerk looked at and found right (a corrected one leaves the list by itself).
  const [confirmed, setConfirmed] = useState<ReadonlySet<FieldName>>(() => new Set());
  // Save and Circulate run one after the other, never interleaved, however fast they are clicked.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saved = useRef<{ form: CaptureForm; docId: string } | null>(null);
  const manual = props.missing.length > 0;
  // The document saved from this page, live, for its needs-manual badge.
  const doc = useLiveQuery(() => db.documents.where('url').equals(capture.url).first(), [db, capture.url], undefined as DocumentRow | undefined);

  const update = (patch: Partial<CaptureForm>) => setForm((f) => ({ ...f, ...patch }));
  const setDecision = (i: number, patch: Partial<DecisionForm>) =>
    setForm((f) => ({ ...f, decisions: f.decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  const setRecipient = (i: number, patch: Partial<RecipientForm>) =>
    setForm((f) => ({ ...f, recipients: f.recipients.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  // The field being looked at is also shown on the captured page itself, where it came from.
  useEffect(() => {
    if (capture.tabId === undefined || active === undefined) return;
    const span = spanOf(props.draft, form, active);
    void send({ type: 'highlight', tabId: capture.tabId, quote: span?.quote ?? '', prefix: span?.prefix ?? '', suffix: span?.suffix ?? '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, capture.tabId]);
  const look = (key: string) => ({ onMouseEnter: () => setActive(key), onFocusCapture: () => setActive(key) });

  const actor = profile?.state === 'enrolled' && profile.user ? { userId: profile.user.id, unitId: profile.user.unitId } : null;

  /** Saves the form unless this very form is already saved; returns the document id. */
  async function save(current: CaptureForm): Promise<string | null> {
    if (!actor) {
      setStatus({ kind: 'error', text: t('statusNeedsEnroll') });
      return null;
    }
    if (saved.current?.form === current) return saved.current.docId;
    const { draft, errors } = draftFromForm(props.draft, current);
    if (!draft) {
      setStatus({ kind: 'error', text: `${t('statusInvalid')} ${errors.join(', ')}` });
      return null;
    }
    // Capturing the same page again updates its document, never makes a second one.
    const existing = await db.documents.where('url').equals(capture.url).first();
    const docId = existing?.id ?? uuidv7();
    const hash = await contentHash(draft);
    // One transaction: a document entered by hand is never shown, even briefly, as checked.
    await db.transaction('rw', [...WRITE_TABLES], async () => {
      await enqueue(
        db,
        {
          type: 'document.put',
          payload: {
            id: docId,
            contentHash: hash,
            url: capture.url,
            title: draft.title ?? '',
            meetingDate: draft.meetingDate,
            draft,
          },
        },
        actor,
      );
      if (manual) await db.documents.update(docId, { status: 'needs-manual' });
    });
    await db.captureEdits.put({ documentId: docId, url: capture.url, edits: recordEdits(props.draft, current), savedAt: new Date().toISOString() });
    saved.current = { form: current, docId };
    return docId;
  }

  async function circulate(current: CaptureForm): Promise<void> {
    const docId = await save(current);
    if (!docId || !actor) return;
    const targets = circulationTargets(current, units);
    if (targets.size === 0) {
      setStatus({ kind: 'error', text: t('statusNoUnits') });
      return;
    }
    const already = new Set((await db.circulations.where('documentId').equals(docId).toArray()).map((c) => c.unitId));
    const haveTask = new Set((await db.tasks.where('documentId').equals(docId).toArray()).map((x) => x.decisionIndex));
    const mutations: MutationInput[] = [];
    for (const [unitId, kind] of targets) {
      if (!already.has(unitId)) mutations.push({ type: 'circulation.create', payload: { id: uuidv7(), documentId: docId, unitId, kind } });
    }
    current.decisions.forEach((d, i) => {
      const who = taskUnits(d, units);
      if (!who || haveTask.has(i)) return;
      mutations.push({
        type: 'task.create',
        payload: {
          id: uuidv7(),
          documentId: docId,
          decisionIndex: i,
          text: d.text.trim(),
          leadUnitId: who.lead,
          coUnitIds: who.co,
          due: d.due.trim() || null,
          dueDate: d.dueDate ?? null,
        },
      });
    });
    if (mutations.length) await enqueue(db, mutations, actor);
    await rememberAliases(db, chosenAliases(current, units));
    const total = new Set([...already, ...targets.keys()]).size;
    setStatus({ kind: 'circulated', count: total });
  }

  const run = (job: (f: CaptureForm) => Promise<unknown>, after?: () => void) => {
    const current = form;
    chain.current = chain.current
      .then(() => job(current))
      .then(() => {
        after?.();
        requestSync();
      })
      .catch((err) => setStatus({ kind: 'error', text: err instanceof Error ? err.message : String(err) }));
  };

  const onSave = () =>
    run(async (f) => {
      if (await save(f)) setStatus({ kind: 'saved' });
    });
  const onCirculate = () => run((f) => circulate(f));
  const onChecked = () => run(async () => doc && db.documents.update(doc.id, { status: 'saved' }));

  const draft = props.draft;
  const toCheck = fieldsToCheck(draft, form, confirmed);
  return (
    <form class="capture" onSubmit={(e) => e.preventDefault()}>
      <p class="muted url">
        {t('captureFrom')}: <span>{capture.url}</span>
      </p>
      {changes && <Recaptured changes={changes} kept={start.kept} lost={start.lost} />}
      {manual && (
        <div class="manual" role="alert" data-testid="capture-manual">
          <strong>{t('captureManual')}</strong>
          <p>{t('captureManualHint')}</p>
          <p>{t('captureMissing')}</p>
          <ul>
            {props.missing.map((m) => (
              <li key={m} data-testid="capture-missing" data-missing={m}>
                {t(MISSING_LABEL[m])}
              </li>
            ))}
            {draft.warnings.map((w, i) => (
              <li key={`w${i}`} data-testid="capture-warning">
                {w}
              </li>
            ))}
          </ul>
        </div>
      )}
      {toCheck.length > 0 && (
        <div class="manual" role="note" data-testid="capture-check">
          <strong>{t('fieldWarnings')}</strong>
          <p>{t('captureCheckHint')}</p>
          <ul>
            {toCheck.map((name) => (
              <li key={name} data-testid="capture-check-field" data-field={name} {...look(sourceKey(name))}>
                {t(CHECK_LABEL[name])}{' '}
                <button type="button" class="link" data-testid="capture-check-confirm" onClick={() => setConfirmed((c) => new Set([...c, name]))}>
                  {t('captureCheckConfirm')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {doc?.status === 'needs-manual' && (
        <p class="row">
          <span class="pill near" data-testid="capture-needs-manual">
            {t('docNeedsManual')}
          </span>
          <button type="button" class="link" data-testid="capture-mark-checked" onClick={onChecked}>
            {t('markChecked')}
          </button>
        </p>
      )}
      <label {...look('title')}>
        {t('fieldTitle')}
        <input data-testid="capture-title" onFocus={() => setActive('title')} value={form.title} onInput={(e) => update({ title: val(e) })} />
      </label>
      <div class="row">
        <label {...look('meetingDate')}>
          {t('fieldDate')}
          <input data-testid="capture-date" onFocus={() => setActive('meetingDate')} value={form.meetingDate} placeholder="YYYY-MM-DD" onInput={(e) => update({ meetingDate: val(e) })} />
        </label>
        <label {...look('docNumber')}>
          {t('fieldDocNumber')}
          <input data-testid="capture-docnumber" onFocus={() => setActive('docNumber')} value={form.docNumber} onInput={(e) => update({ docNumber: val(e) })} />
        </label>
      </div>
      <div class="row">
        <label {...look('issuer')}>
          {t('fieldIssuer')}
          <input data-testid="capture-issuer" onFocus={() => setActive('issuer')} value={form.issuer} onInput={(e) => update({ issuer: val(e) })} />
        </label>
        <label {...look('presider')}>
          {t('fieldPresider')}
          <input data-testid="capture-presider" onFocus={() => setActive('presider')} value={form.presider} onInput={(e) => update({ presider: val(e) })} />
        </label>
      </div>

      <h3>{t('fieldDecisions')}</h3>
      {form.decisions.map((d, i) => (
        <fieldset data-testid="capture-decision" key={i} {...look(`decision-${i}`)}>
          <legend>
            {t('fieldDecisionText')} {i + 1}
          </legend>
          <textarea
            data-testid="capture-decision-text"
            aria-label={t('fieldDecisionText')}
            value={d.text}
            rows={Math.min(8, Math.max(2, Math.ceil(d.text.length / 24)))}
            onFocus={() => setActive(`decision-${i}`)}
            onInput={(e) => setDecision(i, { text: val(e) })}
          />
          <div class="row">
            <label>
              {t('fieldDue')}
              <input data-testid="capture-decision-due" value={d.due} onInput={(e) => setDecision(i, dueFromInput(val(e)))} />
            </label>
            <label>
              {t('fieldDueDate')}
              <input
                type="date"
                data-testid="capture-decision-due-date"
                value={d.dueDate ?? ''}
                onInput={(e) => setDecision(i, dueDateFromInput(val(e)))}
              />
            </label>
          </div>
          {dueUnresolved(d) && (
            <p class="error" role="alert" data-testid="capture-due-unresolved">
              {t('dueUnresolved')}
            </p>
          )}
          {d.assignees.map((a, k) => (
            <div class="row" data-testid="capture-assignee" key={k}>
              <input
                aria-label={t('fieldAssignee')}
                value={a.name}
                onInput={(e) => setDecision(i, { assignees: d.assignees.map((x, j) => (j === k ? { ...x, name: val(e) } : x)) })}
              />
              <UnitSelect
                testId="capture-assignee-unit"
                label={t('fieldUnit')}
                units={units}
                value={unitFor(a, units)}
                onChange={(unitId) => setDecision(i, { assignees: d.assignees.map((x, j) => (j === k ? { ...x, unitId } : x)) })}
              />
            </div>
          ))}
          <button type="button" class="link" data-testid="capture-add-assignee" onClick={() => setDecision(i, { assignees: [...d.assignees, { name: '' }] })}>
            {t('addAssignee')}
          </button>
          <button type="button" class="link" onClick={() => update({ decisions: form.decisions.filter((_, j) => j !== i) })}>
            {t('remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="link"
        data-testid="capture-add-decision"
        onClick={() => update({ decisions: [...form.decisions, { text: '', due: '', assignees: [] }] })}
      >
        {t('addDecision')}
      </button>

      <h3>{t('fieldRecipients')}</h3>
      {form.recipients.map((r, i) => (
        <div class="recipient" data-testid="capture-recipient" key={i} {...look(`recipient-${i}`)}>
          <input
            class="name"
            aria-label={t('fieldRecipientName')}
            value={r.name}
            onFocus={() => setActive(`recipient-${i}`)}
            onInput={(e) => setRecipient(i, { name: val(e) })}
          />
          <select
            aria-label={t('fieldRole')}
            value={r.role}
            onChange={(e) => setRecipient(i, { role: RecipientRole.parse(val(e)) })}
          >
            {RecipientRole.options.map((role) => (
              <option key={role} value={role}>
                {t(ROLE_LABEL[role])}
              </option>
            ))}
          </select>
          <UnitSelect testId="capture-unit" label={t('fieldUnit')} units={units} value={unitFor(r, units)} onChange={(unitId) => setRecipient(i, { unitId })} />
          <button type="button" class="link" onClick={() => update({ recipients: form.recipients.filter((_, j) => j !== i) })}>
            {t('remove')}
          </button>
        </div>
      ))}
      <button type="button" class="link" data-testid="capture-add-recipient" onClick={() => update({ recipients: [...form.recipients, { name: '', role: 'copy' }] })}>
        {t('addRecipient')}
      </button>

      <SourcePreview text={draft.text} highlights={highlights(draft, form)} active={active} summary={t('captureSource')} />

      {!manual && draft.warnings.length > 0 && (
        <details>
          <summary>{t('captureNotes')}</summary>
          <ul>
            {draft.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}

      <div class="actions sticky">
        <button type="button" data-testid="capture-save" onClick={onSave}>
          {t('captureSave')}
        </button>
        <button type="button" class="primary" data-testid="capture-circulate" onClick={onCirculate}>
          {t('captureCirculate')}
        </button>
        {status && (
          <span data-testid="capture-status" data-status={status.kind} data-count={status.kind === 'circulated' ? status.count : undefined} class={status.kind === 'error' ? 'error status' : 'ok status'}>
            {status.kind === 'saved' ? t('statusSaved') : status.kind === 'circulated' ? t('statusCirculated', String(status.count)) : status.text}
          </span>
        )}
      </div>
    </form>
  );
}

/** The `active` key that shows where a field of the check list came from. */
function sourceKey(name: FieldName): string {
  return name === 'decisions' ? 'decision-0' : name === 'recipients' ? 'recipient-0' : name;
}

/** The source span of a field key as used by `active` ('title', 'decision-0', 'recipient-2'). */
function spanOf(draft: MinutesDraft, form: CaptureForm, key: string): SourceSpan | undefined {
  const m = /^(decision|recipient)-(\d+)$/.exec(key);
  if (m) return m[1] === 'decision' ? form.decisions[Number(m[2])]?.span : form.recipients[Number(m[2])]?.span;
  return draft.fields[key as keyof MinutesDraft['fields']]?.span;
}

/** Where each field, decision and recipient came from in the page text. */
function highlights(draft: MinutesDraft, form: CaptureForm): Highlight[] {
  const out: Highlight[] = [];
  for (const [key, meta] of Object.entries(draft.fields)) {
    if (meta?.span && FIELD_LABEL[key]) out.push({ key, label: t(FIELD_LABEL[key]), start: meta.span.start, end: meta.span.end });
  }
  form.decisions.forEach((d, i) => d.span && out.push({ key: `decision-${i}`, label: t('fieldDecisionText'), start: d.span.start, end: d.span.end }));
  form.recipients.forEach((r, i) => r.span && out.push({ key: `recipient-${i}`, label: t('fieldRecipients'), start: r.span.start, end: r.span.end }));
  return out;
}

function val(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
