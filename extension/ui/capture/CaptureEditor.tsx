import { useEffect, useRef, useState } from 'preact/hooks';
import type { MinutesDraft } from '../../../shared/schemas';
import type { CaptureRow, CirculateDb, DocumentRow, UnitRow } from '../../db';
import type { Enrollment } from '../../enrollment';
import { requestSync, send } from '../bridge';
import { useLiveQuery } from '../hooks';
import { t } from '../i18n';
import { SourcePreview } from '../SourcePreview';
import { actorOf, circulateDoc, saveForm, type CaptureContext } from './actions';
import { DecisionFields } from './DecisionFields';
import { CHECK_LABEL, MISSING_LABEL } from './field-labels';
import type { Missing } from './manual-entry';
import { DateField, errorText } from './DateField';
import { fieldsToCheck, formErrors, formFromDraft, type CaptureForm, type FormError } from './model';
import { diffSaved, reapplyEdits } from './recapture';
import { noteText } from './notes';
import { Recaptured } from './Recaptured';
import { RecipientFields } from './RecipientFields';
import { highlights, sourceKey, spanOf, useCaptureForm, val, type Prior, type Status } from './state';

/** The form over one capture: the fields, decisions and recipients, the check list, Save and Circulate. */
export function CaptureEditor(props: {
  db: CirculateDb;
  capture: CaptureRow;
  draft: MinutesDraft;
  /** What the extraction did not find: non-empty means manual entry, and the save needs a check. */
  missing: Missing[];
  units: UnitRow[];
  enrollment: Enrollment | null;
  prior: Prior;
  /** The clerk chose to enter by hand a page the extractor said is not minutes. */
  byHand: boolean;
}) {
  const { db, capture, units } = props;
  // Capturing a page again: the clerk's corrections are put back where they still fit.
  const [start] = useState(() => reapplyEdits(props.draft, formFromDraft(props.draft), props.prior.edits));
  const kept = props.prior.draft;
  // What the clerk typed before (a tab switch, a closed panel, a restart) comes back as they left it.
  const [initial] = useState(() => ({ form: kept?.form ?? start.form, confirmed: kept?.confirmed ?? [] }));
  const { form, update, setDecision, setRecipient, confirmed, confirm } = useCaptureForm(db, capture, initial, props.byHand);
  // Fields the clerk has left, and whether a save was tried: from then on refusals show at the fields.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [tried, setTried] = useState(false);
  const leave = (key: string) => () => setTouched((s) => (s.has(key) ? s : new Set([...s, key])));
  const [changes] = useState(() => (props.prior.doc ? diffSaved(props.prior.doc.draft, start.form) : null));
  const [status, setStatus] = useState<Status | null>(null);
  const [active, setActive] = useState<string | undefined>(undefined);
  // Save and Circulate run one after the other, never interleaved, however fast they are clicked.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saved = useRef<{ form: CaptureForm; docId: string } | null>(null);
  const manual = props.missing.length > 0;
  // The document saved from this page, live, for its needs-manual badge.
  const doc = useLiveQuery(() => db.documents.where('url').equals(capture.url).first(), [db, capture.url], undefined as DocumentRow | undefined);

  // The field being looked at is also shown on the captured page itself, where it came from.
  useEffect(() => {
    if (capture.tabId === undefined || active === undefined) return;
    const span = spanOf(props.draft, form, active);
    void send({ type: 'highlight', tabId: capture.tabId, quote: span?.quote ?? '', prefix: span?.prefix ?? '', suffix: span?.suffix ?? '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, capture.tabId]);
  const look = (key: string) => ({ onMouseEnter: () => setActive(key), onFocusCapture: () => setActive(key) });

  const ctx: CaptureContext = { db, capture, extracted: props.draft, manual, actor: actorOf(props.enrollment) };

  /** Saves the form unless this very form is already saved; returns the document id. */
  async function save(current: CaptureForm): Promise<string | null> {
    if (saved.current?.form === current && ctx.actor) return saved.current.docId;
    const result = await saveForm(ctx, current);
    if (!result.ok) {
      if (result.status.kind === 'invalid') setTried(true);
      setStatus(result.status);
      return null;
    }
    saved.current = { form: current, docId: result.docId };
    return result.docId;
  }

  const run = (job: (f: CaptureForm) => Promise<unknown>, after?: () => void) => {
    const current = form;
    chain.current = chain.current
      .then(() => job(current))
      .then(() => {
        after?.();
        requestSync();
      })
      .catch((err) => setStatus({ kind: 'failed', text: err instanceof Error ? err.message : String(err) }));
  };

  const onSave = () =>
    run(async (f) => {
      if (await save(f)) setStatus({ kind: 'saved' });
    });
  const onCirculate = () =>
    run(async (f) => {
      const docId = await save(f);
      if (docId) setStatus(await circulateDoc(ctx, docId, f));
    });
  const onChecked = () => run(async () => doc && db.documents.update(doc.id, { status: 'saved' }));

  const errors = formErrors(form);
  const errorAt = (field: FormError['field'], index?: number) => {
    const key = index === undefined ? field : `${field}-${index}`;
    if (!tried && !touched.has(key)) return null;
    return errors.find((e) => e.field === field && e.index === index)?.reason ?? null;
  };
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
                {noteText(w)}
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
                <button type="button" class="link" data-testid="capture-check-confirm" onClick={() => confirm(name)}>
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
        <input
          data-testid="capture-title"
          value={form.title}
          aria-invalid={errorAt('title') ? 'true' : undefined}
          onInput={(e) => update({ title: val(e) })}
          onBlur={leave('title')}
        />
        {errorAt('title') && (
          <span class="error field-error" data-testid="capture-title-error">
            {errorText(errorAt('title')!)}
          </span>
        )}
      </label>
      <div class="row">
        <span {...look('meetingDate')}>
          <DateField
            testId="capture-date"
            label={t('fieldDate')}
            value={form.meetingDate}
            error={errorAt('meetingDate')}
            onInput={(meetingDate) => update({ meetingDate })}
            onBlur={leave('meetingDate')}
          />
        </span>
        <label {...look('docNumber')}>
          {t('fieldDocNumber')}
          <input data-testid="capture-docnumber" value={form.docNumber} onInput={(e) => update({ docNumber: val(e) })} />
        </label>
      </div>
      <div class="row">
        <label {...look('issuer')}>
          {t('fieldIssuer')}
          <input data-testid="capture-issuer" value={form.issuer} onInput={(e) => update({ issuer: val(e) })} />
        </label>
        <label {...look('presider')}>
          {t('fieldPresider')}
          <input data-testid="capture-presider" value={form.presider} onInput={(e) => update({ presider: val(e) })} />
        </label>
      </div>

      <h3>{t('fieldDecisions')}</h3>
      {form.decisions.map((d, i) => (
        <DecisionFields
          key={i}
          index={i}
          decision={d}
          units={units}
          onChange={(patch) => setDecision(i, patch)}
          onRemove={() => update({ decisions: form.decisions.filter((_, j) => j !== i) })}
          onLook={() => setActive(`decision-${i}`)}
          textError={errorAt('decisionText', i)}
          dueDateError={errorAt('dueDate', i)}
          onLeave={(field) => leave(`${field}-${i}`)()}
          look={look(`decision-${i}`)}
        />
      ))}
      <button
        type="button"
        class="link"
        data-testid="capture-add-decision"
        onClick={() => update({ decisions: [...form.decisions, { text: '', due: '', assignees: [] }] })}
      >
        {t('addDecision')}
      </button>

      <RecipientFields recipients={form.recipients} units={units} onChange={setRecipient} onList={(recipients) => update({ recipients })} setActive={setActive} />

      <SourcePreview text={draft.text} highlights={highlights(draft, form)} active={active} summary={t('captureSource')} />

      {!manual && draft.warnings.length > 0 && (
        <details>
          <summary>{t('captureNotes')}</summary>
          <ul>
            {draft.warnings.map((w, i) => (
              <li key={i}>{noteText(w)}</li>
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
        {status && <StatusLine status={status} />}
      </div>
    </form>
  );
}

function StatusLine({ status }: { status: Status }) {
  const text =
    status.kind === 'saved'
      ? t('statusSaved')
      : status.kind === 'circulated'
        ? t('statusCirculated', String(status.count))
        : status.kind === 'invalid'
          ? t('statusInvalid')
          : status.kind === 'error'
            ? t(status.key)
            : status.text;
  const ok = status.kind === 'saved' || status.kind === 'circulated';
  return (
    <span
      data-testid="capture-status"
      data-status={ok ? status.kind : 'error'}
      data-count={status.kind === 'circulated' ? status.count : undefined}
      class={ok ? 'ok status' : 'error status'}
    >
      {text}
    </span>
  );
}
