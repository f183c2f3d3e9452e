import { sql, type Kysely } from 'kysely';
import { dayIn } from '../dashboard/locale';
import type { Database } from '../storage/types';
import type { Period } from './period';

/** One unit's line of the 通报: how it acknowledged, and how its tasks due in the period went. */
export interface UnitReportRow {
  rank: number;
  unitId: string;
  unitName: string;
  /** Documents circulated to the unit in the period, and how many of those it has acknowledged. */
  circulated: number;
  acknowledged: number;
  /** acknowledged / circulated, or null when nothing was circulated. */
  ackRate: number | null;
  /** Mean hours from circulation to the person's acknowledgement; null without acknowledgements. */
  avgAckHours: number | null;
  /** Tasks the unit leads that fell due in the period. */
  tasksDue: number;
  onTime: number;
  /** Closed after the due date. */
  late: number;
  /** Past due and not closed. */
  overdue: number;
  remindersReceived: number;
}

const blank = (unitId: string): Omit<UnitReportRow, 'rank' | 'unitName' | 'ackRate' | 'avgAckHours'> & { ackHours: number[] } => ({
  unitId, circulated: 0, acknowledged: 0, ackHours: [], tasksDue: 0, onTime: 0, late: 0, overdue: 0, remindersReceived: 0,
});

/**
 * The 通报 for a period, ranked: acknowledgement rate first, then the share of due tasks done on
 * time, then fewer overdue tasks and fewer reminders. Three indexed reads (the period's circulations,
 * tasks due and reminders); the rates are worked out here.
 */
export async function unitReport(db: Kysely<Database>, p: Period, today: string, timeZone: string): Promise<UnitReportRow[]> {
  const [circulations, tasks, reminders] = await Promise.all([
    db
      .selectFrom('circulations as c')
      .leftJoin('acks as a', (j) => j.onRef('a.document_id', '=', 'c.document_id').onRef('a.unit_id', '=', 'c.unit_id'))
      .select(['c.unit_id', 'c.created_at', 'a.at as ack_at'])
      .where('c.created_at', '>=', p.start)
      .where('c.created_at', '<', p.end)
      .execute(),
    db
      .selectFrom('tasks as t')
      .select((eb) => [
        't.lead_unit_id',
        't.due_date',
        eb.selectFrom('task_updates as k').select('k.kind').whereRef('k.task_id', '=', 't.id').orderBy('k.server_seq', 'desc').limit(1).as('kind'),
        eb.selectFrom('task_updates as k').select('k.at').whereRef('k.task_id', '=', 't.id').where('k.kind', '=', 'close').orderBy('k.server_seq', 'desc').limit(1).as('closed_at'),
      ])
      // The same expression as the tasks_board index (0005), so the range is read by index.
      .where(sql<string>`coalesce(t.due_date, '9999-12-31')`, '>=', p.from)
      .where(sql<string>`coalesce(t.due_date, '9999-12-31')`, '<=', p.to)
      .execute(),
    db
      .selectFrom('reminders')
      .select((eb) => ['unit_id', eb.fn.countAll<number>().as('n')])
      .where('server_at', '>=', p.start)
      .where('server_at', '<', p.end)
      .groupBy('unit_id')
      .execute(),
  ]);

  const byUnit = new Map<string, ReturnType<typeof blank>>();
  const of = (id: string) => byUnit.get(id) ?? byUnit.set(id, blank(id)).get(id)!;
  for (const c of circulations) {
    const u = of(c.unit_id);
    u.circulated++;
    if (c.ack_at) {
      u.acknowledged++;
      u.ackHours.push(Math.max(0, (Date.parse(c.ack_at) - Date.parse(c.created_at)) / 3_600_000));
    }
  }
  for (const t of tasks) {
    const u = of(t.lead_unit_id);
    const due = t.due_date!;
    u.tasksDue++;
    if (t.kind === 'close') {
      const closedDay = t.closed_at ? dayIn(Date.parse(t.closed_at as string), timeZone) : due;
      if (closedDay <= due) u.onTime++;
      else u.late++;
    } else if (due < today) u.overdue++;
  }
  for (const r of reminders) of(r.unit_id).remindersReceived = Number(r.n);

  const ids = [...byUnit.keys()];
  const names = new Map(ids.length === 0 ? [] : (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name]));
  const rows = [...byUnit.values()].map(({ ackHours, ...u }) => ({
    ...u,
    rank: 0,
    unitName: names.get(u.unitId) ?? u.unitId,
    ackRate: u.circulated ? u.acknowledged / u.circulated : null,
    avgAckHours: ackHours.length ? ackHours.reduce((a, b) => a + b, 0) / ackHours.length : null,
  }));
  const onTimeRate = (u: UnitReportRow) => (u.tasksDue ? u.onTime / u.tasksDue : 1);
  rows.sort(
    (a, b) =>
      (b.ackRate ?? -1) - (a.ackRate ?? -1) ||
      onTimeRate(b) - onTimeRate(a) ||
      a.overdue - b.overdue ||
      a.remindersReceived - b.remindersReceived ||
      a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

/** A document's acknowledgements in the order people made them (its chart over time). */
export async function documentAcks(db: Kysely<Database>, documentId: string): Promise<{ title: string; circulated: number; acks: { at: string; unitName: string }[] } | undefined> {
  const doc = await db.selectFrom('documents').select('title').where('id', '=', documentId).executeTakeFirst();
  if (!doc) return undefined;
  const [count, acks] = await Promise.all([
    db.selectFrom('circulations').select((eb) => eb.fn.countAll<number>().as('n')).where('document_id', '=', documentId).executeTakeFirstOrThrow(),
    db
      .selectFrom('acks as a')
      .leftJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.at', 'a.unit_id', 'u.name'])
      .where('a.document_id', '=', documentId)
      .execute(),
  ]);
  const sorted = acks.map((a) => ({ at: a.at, unitName: a.name ?? a.unit_id })).sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  return { title: doc.title, circulated: Number(count.n), acks: sorted };
}
