import { RecipientRole } from '../../../shared/schemas';
import type { UnitRow } from '../../db';
import { t } from '../i18n';
import { UnitSelect } from '../UnitSelect';
import { ROLE_LABEL } from './field-labels';
import { unitFor, type RecipientForm } from './model';
import { val } from './state';

/** The distribution list: each printed name, its role (报/送/抄/分送) and the unit it stands for. */
export function RecipientFields(props: {
  recipients: RecipientForm[];
  units: UnitRow[];
  onChange: (i: number, patch: Partial<RecipientForm>) => void;
  onList: (recipients: RecipientForm[]) => void;
  setActive: (key: string) => void;
}) {
  const { recipients, units } = props;
  const look = (key: string) => ({ onMouseEnter: () => props.setActive(key), onFocusCapture: () => props.setActive(key) });
  return (
    <>
      <h3>{t('fieldRecipients')}</h3>
      {recipients.map((r, i) => (
        <div class="recipient" data-testid="capture-recipient" key={i} {...look(`recipient-${i}`)}>
          <input class="name" aria-label={t('fieldRecipientName')} value={r.name} onInput={(e) => props.onChange(i, { name: val(e) })} />
          <select aria-label={t('fieldRole')} value={r.role} onChange={(e) => props.onChange(i, { role: RecipientRole.parse(val(e)) })}>
            {RecipientRole.options.map((role) => (
              <option key={role} value={role}>
                {t(ROLE_LABEL[role])}
              </option>
            ))}
          </select>
          <UnitSelect testId="capture-unit" label={t('fieldUnit')} units={units} value={unitFor(r, units)} onChange={(unitId) => props.onChange(i, { unitId })} />
          <button
            type="button"
            class="link"
            aria-label={t('removeRecipient', r.name.trim() || String(i + 1))}
            onClick={() => props.onList(recipients.filter((_, j) => j !== i))}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      <button type="button" class="link" data-testid="capture-add-recipient" onClick={() => props.onList([...recipients, { name: '', role: 'copy' }])}>
        {t('addRecipient')}
      </button>
    </>
  );
}
