import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { escalated } from '../../shared/rules';
import { taskFlags, type TaskFlags, type TaskStatus } from '../tasks/derive';
import type { Page, Slice } from './overview';
import type { Database } from './types';

export interface TaskRow extends TaskFlags {
  id: string;
  documentId: string;
  documentTitle: string;
  text: string;
  leadUnitId: string;
  leadUnitName: string;
  coUnitNames: string[];
  due: string | null;
  dueDate: string | null;
  status: TaskStatus;
  lastNote: string;
  lastUpdateAt: string | null;
  lastUrgedAt: string | null;
  /** Who wrote the latest update, by name (null before 0007 or without updates). */
  lastUpdateBy: string | null;
  /** Reminders the lead unit has had about this task. */
  urgedCount: number;
  /** Urged three times (shared/rules) and still overdue: the board flags it. */
  escalated: boolean;
}

type Eb = ExpressionBuilder<Database & { t: Database['tasks'] }, 't'>;

/** A task's status is its latest update in server order (task_updates_task index). */
const latestKind = (eb: Eb) =>
  eb.selectFrom('task_updates as k').select('k.kind').whereRef('k.task_id', '=', 't.id').orderBy('k.server_seq', 'desc').limit(1);

/** Undated tasks sort after every dated one; 0005_dashboard_indexes indexes this same expression. */
const DUE_KEY = sql<string>`coalesce(t.due_date, '9999-12-31')`;

/**
 * The board's order: tasks not closed, then closed ones, each by due date (undated last) and id.
 * For tasks not closed this is the overdue → near due → later order the board shows, since all
 * three follow the due date. Each part is read by index in that order, so a page costs its offset
 * plus its length, not the number of tasks.
 */
function part(db: Kysely<Database>, closed: boolean) {
  return db
    .selectFrom('tasks as t')
    .where((eb) => (closed ? eb(latestKind(eb), '=', 'close') : eb(eb.fn.coalesce(latestKind(eb), sql.lit('open')), '<>', 'close')));
}

async function pageIds(db: Kysely<Database>, { offset, limit }: Slice): Promise<string[]> {
  const ids = (q: ReturnType<typeof part>, off: number, n: number) =>
    q.select('t.id').orderBy(DUE_KEY).orderBy('t.id').limit(n).offset(off).execute().then((r) => r.map((x) => x.id));
  const open = await ids(part(db, false), offset, limit);
  if (open.length === limit) return open;
  // The open part ends on this page: count it only now, to know where the closed part starts.
  const openCount =
    open.length > 0
      ? offset + open.length
      : Number((await part(db, false).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return [...open, ...(await ids(part(db, true), Math.max(0, offset - openCount), limit - open.length))];
}

/** One page of the task board with status, due flags, last note and last reminder, joined in SQL. */
export async function taskBoardPage(db: Kysely<Database>, today: string, { offset, limit }: Slice): Promise<Page<TaskRow>> {
  const ids = await pageIds(db, { offset, limit: limit + 1 });
  const pageOf = ids.slice(0, limit);
  if (pageOf.length === 0) return { items: [], more: false };
  const rows = await db
    .selectFrom('tasks as t')
    .leftJoin('documents as d', 'd.id', 't.document_id')
    .leftJoin('units as lu', 'lu.id', 't.lead_unit_id')
    .leftJoin('task_updates as u', (j) =>
      j
        .onRef('u.task_id', '=', 't.id')
        .on((eb) => eb('u.server_seq', '=', eb.selectFrom('task_updates as m').select((m) => m.fn.max('m.server_seq').as('s')).whereRef('m.task_id', '=', 't.id'))),
    )
    .select((eb) => [
      't.id',
      't.document_id',
      'd.title as document_title',
      't.text',
      't.lead_unit_id',
      'lu.name as lead_unit_name',
      't.co_unit_ids',
      't.due',
      't.due_date',
      'u.kind as last_kind',
      'u.note as last_note',
      'u.server_at as last_update_at',
      'u.user_name as last_update_by',
      // Counted by the reminders_task_unit index (0007).
      eb
        .selectFrom('reminders as c')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('c.task_id', '=', 't.id')
        .whereRef('c.unit_id', '=', 't.lead_unit_id')
        .as('urged_count'),
      eb.selectFrom('reminders as r').select((r) => r.fn.max('r.server_at').as('at')).whereRef('r.task_id', '=', 't.id').as('last_urged_at'),
    ])
    .where('t.id', 'in', pageOf)
    .execute();
  const coIds = new Set<string>();
  const coOf = new Map(rows.map((r) => [r.id, JSON.parse(r.co_unit_ids) as string[]]));
  for (const list of coOf.values()) for (const id of list) coIds.add(id);
  const names = new Map(
    coIds.size === 0 ? [] : (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', [...coIds]).execute()).map((u) => [u.id, u.name]),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageOf.map((id): TaskRow => {
    const t = byId.get(id)!;
    const status = (t.last_kind ?? 'open') as TaskStatus;
    const flags = taskFlags(t.due_date, status, today);
    const urgedCount = Number(t.urged_count ?? 0);
    return {
      id: t.id,
      documentId: t.document_id,
      documentTitle: t.document_title ?? t.document_id,
      text: t.text,
      leadUnitId: t.lead_unit_id,
      leadUnitName: t.lead_unit_name ?? t.lead_unit_id,
      coUnitNames: coOf.get(id)!.map((u) => names.get(u) ?? u),
      due: t.due,
      dueDate: t.due_date,
      status,
      lastNote: t.last_note ?? '',
      lastUpdateAt: t.last_update_at ?? null,
      lastUrgedAt: (t.last_urged_at as string | null) ?? null,
      lastUpdateBy: t.last_update_by ?? null,
      urgedCount,
      escalated: escalated(flags.overdue, urgedCount),
      ...flags,
    };
  });
  return { items, more: ids.length > limit };
}

/** Every task in board order (the CSV export), read page by page. */
export async function taskBoard(db: Kysely<Database>, today: string): Promise<TaskRow[]> {
  const all: TaskRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await taskBoardPage(db, today, { offset, limit: 1000 });
    all.push(...page.items);
    if (!page.more) return all;
  }
}
