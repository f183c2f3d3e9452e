import type { Kysely } from 'kysely';
import type { UnitRecord } from '../../shared/schemas';
import { unitRecord } from './records';
import type { Database, WriteTx } from './types';

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
  for (const u of units) {
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
    await tx.change({ entity: 'unit', entityId: u.id, data: u });
    await tx.audit({ actor, action: old ? 'unit.update' : 'unit.create', entity: 'unit', entityId: u.id, data: u });
  }
  return summary;
}
