import { FIELD_LABEL } from './field-labels';
import { t } from '../i18n';
import type { FieldChange, FieldEdit } from './recapture';

/** Capturing a saved page again: what changed since it was saved, and what became of the corrections. */
export function Recaptured(props: { changes: FieldChange[]; kept: FieldEdit[]; lost: FieldEdit[] }) {
  return (
    <section class="changes" data-testid="capture-changes" data-count={props.changes.length}>
      <strong>{props.changes.length ? t('recaptureTitle') : t('recaptureNone')}</strong>
      {props.changes.length > 0 && (
        <ul>
          {props.changes.map((c, i) => (
            <li key={i} data-testid="capture-change" data-field={changeKey(c)}>
              {c.kind === 'field'
                ? `${t(FIELD_LABEL[c.field])}: ${c.before || '—'} → ${c.after || '—'}`
                : c.kind === 'decision'
                  ? `${t('fieldDecisionText')} ${c.index + 1}: ${c.after === null ? t('recaptureRemoved') : c.before === null ? `${t('recaptureAdded')} ${c.after}` : c.after}`
                  : `${t('fieldRecipients')}: ${c.change === 'added' ? t('recaptureAdded') : t('recaptureRemoved')} ${c.name}`}
            </li>
          ))}
        </ul>
      )}
      {props.kept.length > 0 && (
        <p data-testid="capture-edits-kept" data-fields={props.kept.map(editKey).join(' ')}>
          {t('recaptureKept')}: {props.kept.map(editLabel).join('、')}
        </p>
      )}
      {props.lost.length > 0 && (
        <div class="lost" data-testid="capture-edits-lost" data-fields={props.lost.map(editKey).join(' ')}>
          {t('recaptureLost')}
          <ul>
            {props.lost.map((e, i) => (
              <li key={i}>
                {editLabel(e)}
                {e.kind === 'field' ? ` — ${t('recaptureYours')}: ${e.to || '—'}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function changeKey(c: FieldChange): string {
  return c.kind === 'field' ? c.field : c.kind === 'decision' ? `decision-${c.index}` : 'recipients';
}
function editKey(e: FieldEdit): string {
  return e.kind === 'field' ? e.field : e.kind;
}
function editLabel(e: FieldEdit): string {
  if (e.kind === 'field') return t(FIELD_LABEL[e.field]);
  if (e.kind === 'decision') return `${t('fieldDecisionText')}「${e.anchor.slice(0, 16)}${e.anchor.length > 16 ? '…' : ''}」`;
  return t('fieldRecipients');
}
