import { t } from '../i18n';
import { resolveName, type Target } from '../unit-match';
import type { Mapped } from './model';

export type NameState = 'matched' | 'guessed' | 'unknown' | 'chosen' | 'proposed';

/** What a printed name became: in the directory, guessed (with its confidence), chosen, proposed, or nothing. */
export function nameState(m: Mapped, units: readonly Target[]): { state: NameState; confidence: number } {
  if (m.unitId !== undefined) {
    if (m.unitId === '') return { state: 'unknown', confidence: 0 };
    return { state: units.find((u) => u.id === m.unitId)?.pending ? 'proposed' : 'chosen', confidence: 1 };
  }
  const r = resolveName(m.name, units);
  if (r.match?.pending) return { state: 'proposed', confidence: r.confidence };
  return { state: r.state, confidence: r.confidence };
}

const PILL: Record<NameState, string> = { matched: 'pill ok', chosen: 'pill ok', guessed: 'pill near', proposed: 'pill act', unknown: 'pill overdue' };

/** The state of one name, in words (never by colour alone), and for an unknown one a way to propose it. */
export function UnitState(props: { mapped: Mapped; units: readonly Target[]; onPropose?: () => void }) {
  const { state, confidence } = nameState(props.mapped, props.units);
  const text =
    state === 'matched'
      ? t('unitStateMatched')
      : state === 'guessed'
        ? t('unitStateGuessed', String(Math.round(confidence * 100)))
        : state === 'chosen'
          ? t('unitStateChosen')
          : state === 'proposed'
            ? t('unitStateProposed')
            : t('unitStateUnknown');
  return (
    <span class="unit-state">
      <span class={PILL[state]} data-testid="capture-unit-state" data-state={state} data-confidence={confidence}>
        {text}
      </span>
      {state === 'unknown' && props.onPropose && props.mapped.name.trim() && (
        <button type="button" class="link" data-testid="capture-propose" onClick={props.onPropose}>
          {t('unitProposeNew')}
        </button>
      )}
    </span>
  );
}
