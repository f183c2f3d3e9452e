import type { UnitRow } from '../../db';
import { t } from '../i18n';
import { UnitSelect } from '../UnitSelect';
import { dueDateFromInput, dueFromInput, dueUnresolved, unitFor, type DecisionForm } from './model';
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
        onInput={(e) => onChange({ text: val(e) })}
      />
      <div class="row">
        <label>
          {t('fieldDue')}
          <input data-testid="capture-decision-due" value={d.due} onInput={(e) => onChange(dueFromInput(val(e)))} />
        </label>
        <label>
          {t('fieldDueDate')}
          <input type="date" data-testid="capture-decision-due-date" value={d.dueDate ?? ''} onInput={(e) => onChange(dueDateFromInput(val(e)))} />
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
      <button type="button" class="link" data-testid="capture-add-assignee" onClick={() => onChange({ assignees: [...d.assignees, { name: '' }] })}>
        {t('addAssignee')}
      </button>
      <button type="button" class="link" onClick={props.onRemove}>
        {t('remove')}
      </button>
    </fieldset>
  );
}
