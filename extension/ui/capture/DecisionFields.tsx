import type { UnitRow } from '../../db';
import { t } from '../i18n';
import { UnitSelect } from '../UnitSelect';
import { formatDay } from '../format';
import { DateField, errorText } from './DateField';
import { dueDateFromInput, dueDateShown, dueFromInput, dueUnresolved, unitFor, type DecisionForm, type FormError } from './model';
import { val } from './state';

/** One decision of the form: its text, its deadline (phrase and date) and the units that act on it. */
export function DecisionFields(props: {
  index: number;
  decision: DecisionForm;
  units: UnitRow[];
  onChange: (patch: Partial<DecisionForm>) => void;
  onRemove: () => void;
  onLook: () => void;
  look: { onMouseEnter: () => void; onFocusCapture: () => void };
  textError: FormError['reason'] | null;
  dueDateError: FormError['reason'] | null;
  onLeave: (field: 'decisionText' | 'dueDate') => void;
}) {
  const { index: i, decision: d, units, onChange } = props;
  return (
    <fieldset data-testid="capture-decision" {...props.look}>
      <legend>
        {t('fieldDecisionText')} {i + 1}
      </legend>
      <textarea
        data-testid="capture-decision-text"
        aria-label={t('fieldDecisionText')}
        value={d.text}
        rows={Math.min(8, Math.max(2, Math.ceil(d.text.length / 24)))}
        onFocus={props.onLook}
        aria-invalid={props.textError ? 'true' : undefined}
        onInput={(e) => onChange({ text: val(e) })}
        onBlur={() => props.onLeave('decisionText')}
      />
      {props.textError && (
        <span class="error field-error" data-testid="capture-decision-text-error">
          {errorText(props.textError)}
        </span>
      )}
      <div class="row">
        <label>
          {t('fieldDue')}
          <input data-testid="capture-decision-due" value={d.due} onInput={(e) => onChange(dueFromInput(val(e)))} />
          {d.due.trim() && d.dueDate && (
            // The date the phrase was read as, for the clerk to confirm before it is circulated.
            <span class="muted resolved" data-testid="capture-due-resolved" data-date={d.dueDate}>
              {t('dueResolved', formatDay(d.dueDate))}
            </span>
          )}
        </label>
        <DateField
          testId="capture-decision-due-date"
          label={t('fieldDueDate')}
          value={dueDateShown(d)}
          error={props.dueDateError}
          onInput={(text) => onChange(dueDateFromInput(text))}
          onBlur={() => props.onLeave('dueDate')}
        />
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
            onInput={(e) => onChange({ assignees: d.assignees.map((x, j) => (j === k ? { ...x, name: val(e) } : x)) })}
          />
          <UnitSelect
            testId="capture-assignee-unit"
            label={t('fieldUnit')}
            units={units}
            value={unitFor(a, units)}
            onChange={(unitId) => onChange({ assignees: d.assignees.map((x, j) => (j === k ? { ...x, unitId } : x)) })}
          />
        </div>
      ))}
      <button
        type="button"
        class="link"
        data-testid="capture-add-assignee"
        aria-label={t('addAssigneeTo', String(i + 1))}
        onClick={() => onChange({ assignees: [...d.assignees, { name: '' }] })}>
        {t('addAssignee')}
      </button>
      <button type="button" class="link" aria-label={t('removeDecision', String(i + 1))} onClick={props.onRemove}>
        {t('remove')}
      </button>
    </fieldset>
  );
}
