import type { Kysely } from 'kysely';
import type { UnitRecord } from '../../shared/schemas';
import { cleanName } from '../../shared/schemas/text';
import { aliasConflict, normaliseName } from '../../shared/units';
import { foldScript } from '../units/match';
import { EVERYONE } from './feed';
import { unitRecord } from './records';
import type { Database, WriteTx } from './types';

/** Units copies can be circulated to: the directory's, and those proposed and not yet decided. */
const RECEIVING = ['active', 'pending'] as const;

/** Of `ids`, those that name no unit that can receive (an active one, or a pending proposal). */
export async function missingUnits(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Set(
    (await db.selectFrom('units').select('id').where('id', 'in', unique).where('status', 'in', [...RECEIVING]).execute()).map((r) => r.id),
  );
  return unique.filter((id) => !found.has(id));
}

/** A unit as stored: its names without control characters (a file or a form may carry them). */
const cleanUnit = (u: UnitRecord): UnitRecord => ({
  id: u.id,
  name: cleanName(u.name),
  aliases: u.aliases.map(cleanName).filter(Boolean),
  ...(u.parentId ? { parentId: cleanName(u.parentId) } : {}),
});

/** The directory: active units, by id. */
export async function listUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  return (await db.selectFrom('units').selectAll().where('status', '=', 'active').orderBy('id').execute()).map(unitRecord);
}

/** Active units and pending proposals: every name a new alias must not take away. */
async function namedUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  return (await db.selectFrom('units').selectAll().where('status', 'in', [...RECEIVING]).orderBy('id').execute()).map(unitRecord);
}

/** An active unit by its id, else by its exact name or one of its aliases. */
export async function findUnit(db: Kysely<Database>, idOrName: string): Promise<UnitRecord | undefined> {
  const byId = await db.selectFrom('units').selectAll().where('id', '=', idOrName).where('status', '=', 'active').executeTakeFirst();
  if (byId) return unitRecord(byId);
  const all = await listUnits(db);
  return all.find((u) => u.name === idOrName) ?? all.find((u) => u.aliases.includes(idOrName));
}

export interface UpsertSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Creates or updates units by id (active ones: an import or an admin's form is the directory's
 * word); each created or changed unit becomes a change and an audit entry.
 */
export async function upsertUnits(tx: WriteTx, units: UnitRecord[], actor: string): Promise<UpsertSummary> {
  const summary: UpsertSummary = { created: 0, updated: 0, unchanged: 0 };
  for (const given of units) {
    const u = cleanUnit(given);
    const row = { id: u.id, name: u.name, aliases: JSON.stringify(u.aliases), parent_id: u.parentId ?? null, status: 'active' as const, updated_at: tx.now };
    const old = await tx.db.selectFrom('units').selectAll().where('id', '=', u.id).executeTakeFirst();
    if (old && old.name === row.name && old.aliases === row.aliases && (old.parent_id ?? null) === row.parent_id && old.status === 'active') {
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
  | { ok: false; reason: 'taken'; unitId: string }
  /** The directory reads the name as another unit: only an admin may point it elsewhere. */
  | { ok: false; reason: 'redirect'; unitId: string };

async function storeUnit(tx: WriteTx, u: UnitRecord, audit: { actor: string; device?: string | null; action: string; data: unknown }, active = true) {
  await tx.db.updateTable('units').set({ name: u.name, aliases: JSON.stringify(u.aliases), updated_at: tx.now }).where('id', '=', u.id).execute();
  // A `unit` change reaches every client, so each one's directory learns the new name or alias. A
  // pending proposal's names reach no one until it is approved.
  if (active) await tx.change({ entity: 'unit', entityId: u.id, feeds: [EVERYONE], data: u });
  await tx.audit({ actor: audit.actor, device: audit.device ?? null, action: audit.action, entity: 'unit', entityId: u.id, data: audit.data });
}

export interface AliasActor {
  actor: string;
  device?: string | null;
  /** An admin may point a name the directory reads as another unit at this one; a clerk may not. */
  mayRedirect?: boolean;
}

/**
 * Records another name for a unit (a clerk's choice when a distribution list spells it
 * differently). An alias the unit already has, once normalised, changes nothing; one that names
 * another unit is refused to everyone, so a name never points at two units; one the directory
 * would read as another unit (a short form, a close likeness) is refused unless `mayRedirect`.
 */
export async function addUnitAlias(tx: WriteTx, unitId: string, alias: string, who: AliasActor): Promise<AliasResult> {
  const row = await tx.db.selectFrom('units').selectAll().where('id', '=', unitId).where('status', 'in', [...RECEIVING]).executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown_unit' };
  const unit = unitRecord(row);
  const clean = cleanName(alias);
  const wanted = normaliseName(clean, foldScript);
  if (!clean || [unit.id, unit.name, ...unit.aliases].some((n) => normaliseName(n, foldScript) === wanted)) return { ok: true, unit, changed: false };
  const conflict = aliasConflict(await namedUnits(tx.db), unitId, clean, foldScript);
  if (conflict?.kind === 'taken') return { ok: false, reason: 'taken', unitId: conflict.unitId };
  if (conflict?.kind === 'redirect' && !who.mayRedirect) return { ok: false, reason: 'redirect', unitId: conflict.unitId };
  const next = { ...unit, aliases: [...unit.aliases, clean] };
  await storeUnit(tx, next, { ...who, action: 'unit.alias.add', data: { alias: clean } }, row.status === 'active');
  return { ok: true, unit: next, changed: true };
}

/** Removes an alias (compared normalised); removing one the unit doesn't have changes nothing. */
export async function removeUnitAlias(tx: WriteTx, unitId: string, alias: string, actor: string): Promise<AliasResult> {
  const row = await tx.db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown_unit' };
  const unit = unitRecord(row);
  const wanted = normaliseName(alias, foldScript);
  const aliases = unit.aliases.filter((a) => normaliseName(a, foldScript) !== wanted);
  if (aliases.length === unit.aliases.length) return { ok: true, unit, changed: false };
  const next = { ...unit, aliases };
  await storeUnit(tx, next, { actor, action: 'unit.alias.remove', data: { alias } }, row.status === 'active');
  return { ok: true, unit: next, changed: true };
}

/** Creates a unit, or renames one keeping its aliases and parent (the dashboard's admin forms). */
export async function saveUnit(tx: WriteTx, u: { id: string; name: string }, actor: string): Promise<{ unit: UnitRecord; created: boolean }> {
  const row = await tx.db.selectFrom('units').selectAll().where('id', '=', u.id).executeTakeFirst();
  const old = row ? unitRecord(row) : undefined;
  const unit = cleanUnit({ id: u.id, name: u.name, aliases: old?.aliases ?? [], ...(old?.parentId ? { parentId: old.parentId } : {}) });
  await upsertUnits(tx, [unit], actor);
  return { unit, created: !row };
}

/** What a clerk's alias refusal says, the same words on every path (push, HTTP). */
export function aliasRefusal(r: Extract<AliasResult, { ok: false }>, alias: string, unitId: string): string {
  if (r.reason === 'unknown_unit') return `unknown unit "${unitId}"`;
  if (r.reason === 'taken') return `"${alias}" already names unit "${r.unitId}"`;
  return `"${alias}" reads as unit "${r.unitId}" in the directory; only an admin can point it at another unit`;
}
