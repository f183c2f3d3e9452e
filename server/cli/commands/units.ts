import { readFile } from 'node:fs/promises';
import { UnitRecord } from '../../../shared/schemas';
import type { Storage } from '../../storage/types';
import { listUnits, upsertUnits } from '../../storage/units';
import { parseCsv } from '../csv';
import { CliError } from '../errors';

export const unitsHelp = `Usage:
  admin units import FILE.csv   create or update units (CSV header: id,name,aliases; aliases separated by |)
  admin units list              print the directory`;

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
