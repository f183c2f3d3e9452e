import { t } from '../i18n';
import type { CirculationPlan } from './actions';

/** Before anything is sent: the units that will receive the document, those that have it, and the names that will not. */
export function CirculateConfirm(props: { plan: CirculationPlan; onGo: () => void; onBack: () => void }) {
  const { plan } = props;
  return (
    <div class="confirm" role="dialog" aria-modal="false" aria-labelledby="confirm-title" data-testid="capture-confirm">
      <strong id="confirm-title">{t('confirmTitle')}</strong>
      <p>{t('confirmReach')}</p>
      <ul>
        {plan.reach.map((r) => (
          <li key={r.unitId} data-testid="confirm-reach" data-unit={r.unitId}>
            {r.name}
            {r.pending && <span class="muted"> — {t('confirmPending')}</span>}
          </li>
        ))}
      </ul>
      {plan.already.length > 0 && (
        <>
          <p>{t('confirmAlready')}</p>
          <ul>
            {plan.already.map((name) => (
              <li key={name} data-testid="confirm-already">
                {name}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.unreached.length > 0 && (
        <div role="alert">
          <p class="error">{t('confirmUnreached')}</p>
          <ul>
            {plan.unreached.map((name) => (
              <li key={name} data-testid="confirm-unreached">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="capture-confirm-go" onClick={props.onGo}>
          {t('confirmGo')}
        </button>
        <button type="button" data-testid="capture-confirm-back" onClick={props.onBack}>
          {t('confirmBack')}
        </button>
      </div>
    </div>
  );
}
