import type { Kysely, Selectable } from 'kysely';
import type { AuditProblem } from './audit';
import type { AuditTable, Database } from './tables';

// The rows that accepted mutations write, re-derived from the audit entries that record them
// (each carries the mutation's payload, its actor and the server time: server/sync/outcome.ts
// auditOf and the appliers in server/sync/mutations/), and compared with the stored rows.

type Entry = Selectable<AuditTable> & { seq: number };
type Payload = Record<string, unknown>;
/** Expected column values of one row; a column left out is one the trail cannot tell. */
type Expected = Record<string, unknown>;

interface Rule {
  entity: string;
  table: 'documents' | 'circulations' | 'acks' | 'reads' | 'tasks' | 'task_updates' | 'reminders';
  /** Folds every entry of one row (in order) into the row it should have left. */
  derive(entries: { e: Entry; data: Payload }[], unitOf: (userId: string) => string | undefined): Expected;
}

const first = <T>(xs: T[]) => xs[0];
const last = <T>(xs: T[]) => xs[xs.length - 1];

const receipt: Rule['derive'] = (es, unitOf) => {
  const { e, data } = first(es);
  return { document_id: data.documentId, unit_id: unitOf(e.actor), user_id: e.actor, at: e.client_at, server_at: e.server_at };
};

const RULES: Rule[] = [
  {
    entity: 'document',
    table: 'documents',
    // A put is audited only when the content changed; each one is a new version. The row is the
    // current version's header; each version's record (with its draft) is in document_versions.
    derive: (es, unitOf) => {
      const { e: firstEntry } = first(es);
      const { e, data } = last(es);
      return {
        content_hash: data.contentHash, url: data.url, title: data.title, meeting_date: data.meetingDate ?? null,
        version: es.length, owner_unit_id: unitOf(firstEntry.actor), created_by: firstEntry.actor,
        created_at: firstEntry.server_at, updated_at: e.server_at,
      };
    },
  },
  {
    entity: 'circulation',
    table: 'circulations',
    // Created once (by a circulation or a task), then maybe upgraded from read to act.
    derive: (es) => {
      const { e, data } = first(es);
      const upgraded = es.some((x) => x.e.action === 'circulation.upgrade');
      return { document_id: data.documentId, unit_id: data.unitId, kind: upgraded ? 'act' : data.kind, created_by: e.actor, created_at: e.server_at };
    },
  },
  { entity: 'ack', table: 'acks', derive: receipt },
  { entity: 'read', table: 'reads', derive: receipt },
  {
    entity: 'task',
    table: 'tasks',
    derive: (es) => {
      const { e, data } = first(es);
      const lead = data.leadUnitId as string;
      const co = [...new Set((data.coUnitIds as string[] | undefined) ?? [])].filter((u) => u !== lead);
      return {
        document_id: data.documentId, decision_index: data.decisionIndex, text: data.text, lead_unit_id: lead, co_unit_ids: co,
        due: data.due ?? null, due_date: data.dueDate ?? null, created_by: e.actor, created_at: e.server_at,
      };
    },
  },
  {
    entity: 'taskUpdate',
    table: 'task_updates',
    derive: (es, unitOf) => {
      const { e, data } = first(es);
      return { task_id: data.taskId, kind: data.kind, note: data.note ?? '', unit_id: unitOf(e.actor), user_id: e.actor, at: e.client_at, server_at: e.server_at };
    },
  },
  {
    entity: 'reminder',
    table: 'reminders',
    // From a supervisor (the payload), or from the schedule (task, unit and occasion).
    derive: (es) => {
      const { e, data } = first(es);
      if (e.action === 'reminder.scheduled') {
        return { unit_id: data.unitId, task_id: data.taskId, from_user_id: null, at: e.server_at, server_at: e.server_at };
      }
      return {
        unit_id: data.unitId, task_id: data.taskId ?? null, message: data.message ?? '', from_user_id: e.actor, at: e.client_at, server_at: e.server_at,
        ...(data.documentId ? { document_id: data.documentId } : {}),
      };
    },
  },
];

/**
 * The record version `v` of a document should hold (server/storage/records.ts documentRecord): the
 * content of its v-th put, the owner and author of its first, the server time of the v-th.
 */
function versionRecord(es: { e: Entry; data: Payload }[], v: number, unitOf: (userId: string) => string | undefined): Expected {
  const { e: firstEntry } = first(es);
  const { e, data } = es[v - 1];
  return {
    id: firstEntry.entity_id, contentHash: data.contentHash, version: v, url: data.url, title: data.title, meetingDate: data.meetingDate ?? null,
    draft: data.draft, ownerUnitId: unitOf(firstEntry.actor), createdBy: firstEntry.actor, updatedAt: e.server_at,
  };
}

const JSON_COLUMNS = new Set(['draft', 'co_unit_ids']);
const NUMBER_COLUMNS = new Set(['version', 'decision_index']);

/** A stored value in the form the trail gives it: JSON text parsed, integers as numbers. */
function normalise(column: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (JSON_COLUMNS.has(column) && typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (NUMBER_COLUMNS.has(column)) return Number(value);
  return value;
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were stored in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? 'null';
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

export interface ReconcileOptions {
  pageSize?: number;
  /** Stop collecting after this many problems (the count goes on). */
  maxProblems?: number;
}

export interface ReconcileReport {
  /** Rows compared with the trail, per table. */
  rows: Record<string, number>;
  problems: AuditProblem[];
  total: number;
}

/**
 * Compares the stored rows with what the audit trail says they should be, in two streaming passes:
 * (1) the trail in order, a page at a time: each row is derived when its last entry goes by (its
 * earlier entries fetched by the (entity, entity_id) index) and compared with the stored row;
 * (2) each table by id, a page at a time: a row no entry records is named.
 */
export async function reconcileAudit(db: Kysely<Database>, o: ReconcileOptions = {}): Promise<ReconcileReport> {
  const page = o.pageSize ?? 500;
  const max = o.maxProblems ?? 100;
  const problems: AuditProblem[] = [];
  let total = 0;
  const report = (p: AuditProblem) => {
    total++;
    if (problems.length < max) problems.push(p);
  };
  const rows: Record<string, number> = {};
  const byEntity = new Map(RULES.map((r) => [r.entity, r]));
  const entities = RULES.map((r) => r.entity);

  // Pass 1: the trail, in order.
  let after = 0;
  for (;;) {
    const batch = (await db.selectFrom('audit').selectAll().where('seq', '>', after).where('entity', 'in', entities).orderBy('seq').limit(page).execute())
      .map((r) => ({ ...r, seq: Number(r.seq) }));
    if (!batch.length) break;
    after = batch[batch.length - 1].seq;
    const ids = new Map<string, Set<string>>();
    for (const e of batch) (ids.get(e.entity) ?? ids.set(e.entity, new Set()).get(e.entity)!).add(e.entity_id);

    for (const [entity, idSet] of ids) {
      const rule = byEntity.get(entity)!;
      const idList = [...idSet];
      // Each row is checked once, at its last entry; a row whose last entry is further on waits.
      const stats = await db
        .selectFrom('audit')
        .select((eb) => ['entity_id', eb.fn.max('seq').as('last'), eb.fn.countAll().as('n')])
        .where('entity', '=', entity)
        .where('entity_id', 'in', idList)
        .groupBy('entity_id')
        .execute();
      const due = stats.filter((s) => Number(s.last) <= after);
      if (!due.length) continue;
      const dueIds = due.map((s) => s.entity_id);
      const isDue = new Set(dueIds);
      const history = new Map<string, Entry[]>();
      const many = due.filter((s) => Number(s.n) > 1).map((s) => s.entity_id);
      if (many.length) {
        const all = await db.selectFrom('audit').selectAll().where('entity', '=', entity).where('entity_id', 'in', many).orderBy('seq').execute();
        for (const r of all) (history.get(r.entity_id) ?? history.set(r.entity_id, []).get(r.entity_id)!).push({ ...r, seq: Number(r.seq) });
      }
      for (const e of batch) if (e.entity === entity && !history.has(e.entity_id) && isDue.has(e.entity_id)) history.set(e.entity_id, [e]);

      const actors = [...new Set([...history.values()].flatMap((es) => es.map((e) => e.actor)))];
      const users = await db.selectFrom('users').select(['id', 'unit_id']).where('id', 'in', actors).execute();
      const units = new Map(users.map((u) => [u.id, u.unit_id]));
      const stored = await db.selectFrom(rule.table).selectAll().where('id', 'in', dueIds).execute();
      const storedById = new Map(stored.map((r) => [r.id, r as Record<string, unknown>]));
      const versions = new Map<string, { version: number; data: string }>();
      if (rule.entity === 'document') {
        const vs = await db.selectFrom('document_versions').select(['document_id', 'version', 'data']).where('document_id', 'in', dueIds).execute();
        for (const v of vs) versions.set(`${v.document_id}\u0000${Number(v.version)}`, { version: Number(v.version), data: v.data });
      }

      for (const [id, es] of history) {
        const lastSeq = es[es.length - 1].seq;
        let parsed: { e: Entry; data: Payload }[];
        try {
          parsed = es.map((e) => ({ e, data: JSON.parse(e.data) as Payload }));
        } catch {
          report({ kind: 'row', seq: lastSeq, message: `${rule.table} row ${id}: an audit entry that records it is not readable JSON` });
          continue;
        }
        if (rule.entity === 'circulation' && es[0].action === 'circulation.upgrade') {
          report({ kind: 'row', seq: es[0].seq, message: `circulations row ${id}: the audit entry that created it is missing (its first entry, #${es[0].seq}, is an upgrade)` });
        }
        if (rule.entity === 'document') {
          for (let v = 1; v <= es.length; v++) {
            const { seq, action } = es[v - 1];
            const name = `document_versions row ${id} version ${v}`;
            const stored = versions.get(`${id}\u0000${v}`);
            if (!stored) {
              report({ kind: 'row', seq, message: `${name} is missing, but audit entry #${seq} (${action}) records it` });
              continue;
            }
            let record: Record<string, unknown>;
            try {
              record = JSON.parse(stored.data) as Record<string, unknown>;
            } catch {
              report({ kind: 'row', seq, message: `${name}: its record is not readable JSON` });
              continue;
            }
            for (const [field, value] of Object.entries(versionRecord(parsed, v, (u) => units.get(u)))) {
              if (value === undefined) continue;
              const have = record?.[field] ?? null;
              if (!same(have, value ?? null)) {
                report({ kind: 'row', seq, message: `${name}: ${field} is ${show(have)}, but the audit trail (entry #${seq}) says ${show(value)}` });
              }
            }
          }
        }
        const row = storedById.get(id);
        if (!row) {
          report({ kind: 'row', seq: lastSeq, message: `${rule.table} row ${id} is missing, but audit entry #${es[0].seq} (${es[0].action}) records it` });
          continue;
        }
        const want = rule.derive(parsed, (u) => units.get(u));
        for (const [column, value] of Object.entries(want)) {
          if (value === undefined) continue; // not derivable (an actor with no user row)
          const have = normalise(column, row[column]);
          if (!same(have, value ?? null)) {
            report({ kind: 'row', seq: lastSeq, message: `${rule.table} row ${id}: ${column} is ${show(have)}, but the audit trail (entry #${lastSeq}) says ${show(value)}` });
          }
        }
      }
    }
  }

  // Pass 2: every stored row, by id; one that no entry records was added behind the service's back.
  for (const rule of RULES) {
    let count = 0;
    let from: string | undefined;
    for (;;) {
      let q = db.selectFrom(rule.table).select('id').orderBy('id').limit(page);
      if (from !== undefined) q = q.where('id', '>', from);
      const ids = (await q.execute()).map((r) => r.id);
      if (!ids.length) break;
      from = ids[ids.length - 1];
      count += ids.length;
      const known = new Set(
        (await db.selectFrom('audit').select('entity_id').distinct().where('entity', '=', rule.entity).where('entity_id', 'in', ids).execute()).map((r) => r.entity_id),
      );
      for (const id of ids) if (!known.has(id)) report({ kind: 'row', message: `${rule.table} row ${id}: no audit entry records it` });
      if (ids.length < page) break;
    }
    rows[rule.table] = count;
  }
  // Every stored document version: one past the number of puts the trail records was added.
  let versionCount = 0;
  let from: { documentId: string; version: number } | undefined;
  for (;;) {
    let q = db.selectFrom('document_versions').select(['document_id', 'version']).orderBy('document_id').orderBy('version').limit(page);
    if (from) {
      const f = from;
      q = q.where((eb) => eb.or([eb('document_id', '>', f.documentId), eb.and([eb('document_id', '=', f.documentId), eb('version', '>', f.version)])]));
    }
    const vs = (await q.execute()).map((r) => ({ documentId: r.document_id, version: Number(r.version) }));
    if (!vs.length) break;
    from = vs[vs.length - 1];
    versionCount += vs.length;
    const puts = new Map(
      (
        await db
          .selectFrom('audit')
          .select((eb) => ['entity_id', eb.fn.countAll().as('n')])
          .where('entity', '=', 'document')
          .where('entity_id', 'in', [...new Set(vs.map((v) => v.documentId))])
          .groupBy('entity_id')
          .execute()
      ).map((r) => [r.entity_id, Number(r.n)]),
    );
    for (const v of vs) {
      if (v.version > (puts.get(v.documentId) ?? 0)) report({ kind: 'row', message: `document_versions row ${v.documentId} version ${v.version}: no audit entry records it` });
    }
    if (vs.length < page) break;
  }
  rows.document_versions = versionCount;
  return { rows, problems, total };
}
