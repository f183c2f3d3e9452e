import type { UnitRow } from './rows';

/**
 * The form in which a printed unit name is compared with the directory: NFKC (full-width letters and
 * spaces become ASCII), lower case, and no whitespace at all — "市 发改委" matches "市发改委".
 */
export function unitKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function unitKeys(unit: Pick<UnitRow, 'name' | 'aliases'>): string[] {
  const keys = [unit.name, ...(unit.aliases ?? [])].map(unitKey).filter((k) => k.length > 0);
  return [...new Set(keys)];
}

/** The unit whose name or alias equals the printed name (case- and space-insensitive), if any. */
export function matchUnit(printed: string, units: readonly Pick<UnitRow, 'id' | 'name' | 'aliases'>[]): string | undefined {
  const key = unitKey(printed);
  if (!key) return undefined;
  return units.find((u) => unitKeys(u).includes(key))?.id;
}
