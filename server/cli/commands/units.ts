import { readFile } from 'node:fs/promises';
import { UnitRecord } from '../../../shared/schemas';
import type { Storage } from '../../storage/types';
import { addUnitAlias, findUnit, listUnits, removeUnitAlias, upsertUnits, type AliasResult } from '../../storage/units';
import { parseCsv } from '../csv';
import { CliError } from '../errors';

export const unitsHelp = `Usage:
  admin units import FILE.csv   create or update units (CSV header: id,name,aliases; aliases separated by |)
  admin units list              print the directory
  admin units alias add UNIT ALIAS      give a unit (id or name) another name
  admin units alias remove UNIT ALIAS   take a name away from a unit`;

/** Units from the CSV file, checked; the line number is named on any error. */
export async function readUnitsCsv(file: string): Promise<UnitRecord[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('id') < 0 || col('name') < 0) throw new CliError(`${file}: the header must be id,name,aliases`);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const line = i + 2;
    const aliases = (col('aliases') >= 0 ? (r[col('aliases')] ?? '') : '').split('|').map((a) => a.trim()).filter(Boolean);
    const parsed = UnitRecord.safeParse({ id: (r[col('id')] ?? '').trim(), name: (r[col('name')] ?? '').trim(), aliases });
    if (!parsed.success || !parsed.data.id || !parsed.data.name) throw new CliError(`${file} line ${line}: a unit needs an id and a name`);
    if (seen.has(parsed.data.id)) throw new CliError(`${file} line ${line}: unit id "${parsed.data.id}" appears twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

export async function unitsImport(storage: Storage, file: string): Promise<void> {
  const units = await readUnitsCsv(file);
  const s = await storage.write((tx) => upsertUnits(tx, units, 'admin-cli'));
  console.log(`units: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged`);
}

export async function unitsList(storage: Storage): Promise<void> {
  console.log('id\tname\taliases');
  for (const u of await listUnits(storage.db)) console.log(`${u.id}\t${u.name}\t${u.aliases.join('|')}`);
}

/** Adds or removes an alias of the unit named by id, name or alias; every client's directory follows. */
export async function unitsAlias(storage: Storage, op: 'add' | 'remove', unitRef: string, alias: string): Promise<void> {
  const unit = await findUnit(storage.db, unitRef);
  if (!unit) throw new CliError(`unknown unit "${unitRef}" (see: admin units list)`);
  const clean = alias.trim();
  if (!clean || clean.length > 200) throw new CliError('an alias is 1 to 200 characters', 2);
  const r: AliasResult = await storage.write((tx) =>
    op === 'add' ? addUnitAlias(tx, unit.id, clean, { actor: 'admin-cli' }) : removeUnitAlias(tx, unit.id, clean, 'admin-cli'),
  );
  if (!r.ok) throw new CliError(r.reason === 'taken' ? `"${clean}" already names unit "${r.unitId}"` : `unknown unit "${unitRef}"`);
  const verb = op === 'add' ? (r.changed ? 'added' : 'already has') : r.changed ? 'removed' : 'has no alias';
  console.log(`${unit.id}: ${verb} "${clean}"; aliases now: ${r.unit.aliases.join('|') || '(none)'}`);
}
