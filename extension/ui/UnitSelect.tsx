import type { UnitRow } from '../db';
import { t } from './i18n';

/** A `<select>` of directory units; option values are unit ids, '' for none. */
export function UnitSelect(props: {
  units: readonly UnitRow[];
  value: string;
  onChange: (unitId: string) => void;
  testId: string;
  label: string;
}) {
  const known = props.value === '' || props.units.some((u) => u.id === props.value);
  return (
    <select
      data-testid={props.testId}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{t('unitNone')}</option>
      {!known && <option value={props.value}>{props.value}</option>}
      {props.units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
