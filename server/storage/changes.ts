import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Change, Role } from '../../shared/schemas';
import type { Database } from './types';

/** Whose feed a pull reads. */
export interface Viewer {
  role: Role;
  unitId: string;
}

export interface PullPage {
  changes: Change[];
  cursor: number;
  more: boolean;
}

/**
 * The changes after `since` that `viewer` may see, in sequence order, at most `limit`.
 * Supervisors and admins see everything. Every role sees the unit directory. A unit sees what was
 * circulated, acknowledged, read or reminded to it (`unit_id`), the documents circulated to it, and
 * the tasks it leads or co-handles with their updates; a clerk also sees everything about the
 * documents its unit owns.
 */
export async function pullChanges(db: Kysely<Database>, viewer: Viewer, since: number, limit: number): Promise<PullPage> {
  let q = db.selectFrom('changes').selectAll().where('seq', '>', since);
  if (viewer.role !== 'supervisor' && viewer.role !== 'admin') {
    const unit = viewer.unitId;
    q = q.where((eb) => {
      const rules: Expression<SqlBool>[] = [
        eb('entity', '=', 'unit'),
        eb('unit_id', '=', unit),
        // Document versions (unit_id null) of documents circulated to the unit; the copies re-sent at
        // circulation time carry the receiving unit and match the rule above.
        eb.and([
          eb('entity', '=', 'document'),
          eb('unit_id', 'is', null),
          eb('document_id', 'in', eb.selectFrom('circulations').select('document_id').where('unit_id', '=', unit)),
        ]),
        eb('task_id', 'in', eb.selectFrom('task_units').select('task_id').where('unit_id', '=', unit)),
      ];
      if (viewer.role === 'clerk') {
        rules.push(eb('document_id', 'in', eb.selectFrom('documents').select('id').where('owner_unit_id', '=', unit)));
      }
      return eb.or(rules);
    });
  }
  const rows = await q.orderBy('seq').limit(limit + 1).execute();
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const changes = page.map((r) => ({ seq: Number(r.seq), entity: r.entity, data: JSON.parse(r.data) }) as Change);
  return { changes, cursor: page.length ? Number(page[page.length - 1].seq) : since, more };
}

/** The highest change number stored (0 when none). */
export async function lastSeq(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', 'seq').executeTakeFirst();
  return row ? Number(row.value) : 0;
}
