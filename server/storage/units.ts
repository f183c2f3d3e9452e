import type { Kysely } from 'kysely';
import type { UnitRecord } from '../../shared/schemas';
import { cleanName } from '../../shared/schemas/text';
import { normaliseName } from '../units/match';
import { EVERYONE } from './feed';
import { unitRecord } from './records';
import type { Database, WriteTx } from './types';

/** Of `ids`, those that name no unit. */
export async function missingUnits(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Set((await db.selectFrom('units').select('id').where('id', 'in', unique).execute()).map((r) => r.id));
  return unique.filter((id) => !found.has(id));
}

/** A unit as stored: its names without control characters (a file or a form may carry them). */
const cleanUnit = (u: UnitRecord): UnitRecord => ({ id: u.id, name: cleanName(u.name), aliases: u.aliases.map(cleanName).filter(Boolean) });

export async function listUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  return (await db.selectFrom('units').selectAll().orderBy('id').execute()).map(unitRecord);
}

/** A unit by its id, else by its exact name or one of its aliases. */
export async function findUnit(db: Kysely<Database>, idOrName: string): Promise<UnitRecord | undefined> {
  const byId = await db.selectFrom('units').selectAll().where('id', '=', idOrName).executeTakeFirst();
  if (byId) return unitRecord(byId);
  const all = await listUnits(db);
  return all.find((u) => u.name === idOrName) ?? all.find((u) => u.aliases.includes(idOrName));
}

export interface UpsertSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** Creates or updates units by id; each created or changed unit becomes a change and an audit entry. */
export async function upsertUnits(tx: WriteTx, units: UnitRecord[], actor: string): Promise<UpsertSummary> {
  const summary: UpsertSummary = { created: 0, updated: 0, unchanged: 0 };
  for (const given of units) {
    const u = cleanUnit(given);
    const row = { id: u.id, name: u.name, aliases: JSON.stringify(u.aliases), updated_at: tx.now };
    const old = await tx.db.selectFrom('units').selectAll().where('id', '=', u.id).executeTakeFirst();
    if (old && old.name === row.name && old.aliases === row.aliases) {
      summary.unchanged++;
      continue;
    }
    if (old) {
      await tx.db.updateTable('units').set(row).where('id', '=', u.id).execute();
      summary.updated++;
    } else {
      await tx.db.insertInto('units').values(row).execute();
      summary.created++;
    }
    await tx.change({ entity: 'unit', entityId: u.id, feeds: [EVERYONE], data: u });
    await tx.audit({ actor, action: old ? 'unit.update' : 'unit.create', entity: 'unit', entityId: u.id, data: u });
  }
  return summary;
}

export type AliasResult =
  | { ok: true; unit: UnitRecord; changed: boolean }
  | { ok: false; reason: 'unknown_unit' }
  | { ok: false; reason: 'taken'; unitId: string };

async function storeUnit(tx: WriteTx, u: UnitRecord, audit: { actor: string; device?: string | null; action: string; data: unknown }) {
  await tx.db.updateTable('units').set({ name: u.name, aliases: JSON.stringify(u.aliases), updated_at: tx.now }).where('id', '=', u.id).execute();
  // A `unit` change reaches every client, so each one's directory learns the new name or alias.
  await tx.change({ entity: 'unit', entityId: u.id, feeds: [EVERYONE], data: u });
  await tx.audit({ actor: audit.actor, device: audit.device ?? null, action: audit.action, entity: 'unit', entityId: u.id, data: audit.data });
}

/**
 * Records another name for a unit (a clerk's choice when a distribution list spells it differently).
 * An alias the unit already has, once normalised, changes nothing; one that names another unit is
 * refused, so a name never points at two units.
 */
export async function addUnitAlias(tx: WriteTx, unitId: string, alias: string, who: { actor: string; device?: string | null }): Promise<AliasResult> {
  const rows = (await tx.db.selectFrom('units').selectAll().execute()).map(unitRecord);
  const unit = rows.find((u) => u.id === unitId);
  if (!unit) return { ok: false, reason: 'unknown_unit' };
  const wanted = normaliseName(alias);
  const names = (u: UnitRecord) => [u.id, u.name, ...u.aliases].map(normaliseName);
  const other = rows.find((u) => u.id !== unitId && names(u).includes(wanted));
  if (other) return { ok: false, reason: 'taken', unitId: other.id };
  if (names(unit).includes(wanted)) return { ok: true, unit, changed: false };
  const clean = cleanName(alias);
  if (!clean) return { ok: true, unit, changed: false };
  const next = { ...unit, aliases: [...unit.aliases, clean] };
  await storeUnit(tx, next, { ...who, action: 'unit.alias.add', data: { alias: clean } });
  return { ok: true, unit: next, changed: true };
}

/** Removes an alias (compared normalised); removing one the unit doesn't have changes nothing. */
export async function removeUnitAlias(tx: WriteTx, unitId: string, alias: string, actor: string): Promise<AliasResult> {
  const row = await tx.db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown_unit' };
  const unit = unitRecord(row);
  const wanted = normaliseName(alias);
  const aliases = unit.aliases.filter((a) => normaliseName(a) !== wanted);
  if (aliases.length === unit.aliases.length) return { ok: true, unit, changed: false };
  const next = { ...unit, aliases };
  await storeUnit(tx, next, { actor, action: 'unit.alias.remove', data: { alias } });
  return { ok: true, unit: next, changed: true };
}

/** Creates a unit, or renames one keeping its aliases (the dashboard's admin forms). */
export async function saveUnit(tx: WriteTx, u: { id: string; name: string }, actor: string): Promise<{ unit: UnitRecord; created: boolean }> {
  const row = await tx.db.selectFrom('units').selectAll().where('id', '=', u.id).executeTakeFirst();
  const unit = cleanUnit({ id: u.id, name: u.name, aliases: row ? unitRecord(row).aliases : [] });
  await upsertUnits(tx, [unit], actor);
  return { unit, created: !row };
}
