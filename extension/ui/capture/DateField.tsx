import { useId } from 'preact/hooks';
import { isoDateOf } from '../../../shared/dates/parse';
import { t, type MessageKey } from '../i18n';
import type { FormError } from './model';
import { val } from './state';

const REASON: Record<FormError['reason'], MessageKey> = {
  required: 'errRequired',
  format: 'errDateFormat',
  calendar: 'errDateCalendar',
  tooLong: 'errTooLong',
};

/** The message at a field for why it is refused, in the UI language. */
export function errorText(reason: FormError['reason']): string {
  return t(REASON[reason]);
}

/**
 * A date typed the way people write it (2025-06-18, 2025年6月18日, 2025/6/18, 民國114年6月18日),
 * with a date picker beside it; a refused value is marked here, at the field.
 */
export function DateField(props: {
  testId: string;
  label: string;
  value: string;
  error: FormError['reason'] | null;
  onInput: (text: string) => void;
  onBlur?: () => void;
}) {
  const id = useId();
  const errId = `${id}-error`;
  const iso = isoDateOf(props.value) ?? '';
  return (
    <span class="field">
      <label for={id}>{props.label}</label>
      <span class="date-field">
        <input
          id={id}
          data-testid={props.testId}
          value={props.value}
          placeholder={t('datePlaceholder')}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? errId : undefined}
          onInput={(e) => props.onInput(val(e))}
          onBlur={props.onBlur}
        />
        <input
          type="date"
          class="picker"
          data-testid={`${props.testId}-picker`}
          aria-label={t('datePick', props.label)}
          value={iso}
          onInput={(e) => props.onInput(val(e))}
          onBlur={props.onBlur}
        />
      </span>
      {props.error && (
        <span class="error field-error" id={errId} data-testid={`${props.testId}-error`} data-reason={props.error}>
          {errorText(props.error)}
        </span>
      )}
    </span>
  );
}
