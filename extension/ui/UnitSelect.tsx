import { t } from './i18n';

/** A unit as the select offers it: the directory's, or a pending proposal (tagged). */
export interface SelectableUnit {
  id: string;
  name: string;
  pending?: boolean;
}

/** A `<select>` of directory units (and pending proposals); option values are unit ids, '' for none. */
export function UnitSelect(props: {
  units: readonly SelectableUnit[];
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
          {u.pending ? `${u.name} ${t('unitPendingTag')}` : u.name}
        </option>
      ))}
    </select>
  );
}
