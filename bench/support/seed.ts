import { createHash, randomUUID } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { Mutation, type MutationType, type Role } from '../../shared/schemas';
import { hashEnrollmentCode, newEnrollmentCode } from '../../server/auth/token';
import { lastSeq } from '../../server/storage/changes';
import type { Database, Storage } from '../../server/storage/types';
import { upsertUnits } from '../../server/storage/units';
import { createEnrollmentCode, redeemEnrollmentCode, type Principal } from '../../server/storage/users';
import { pushMutations } from '../../server/sync/push';

/** The bench's directory: an issuing office, a supervising bureau and twenty recipient units. */
export const UNITS = [
  { id: 'office', name: '县政府办公室 County Office', aliases: [] },
  { id: 'bureau', name: '督查室 Supervision Office', aliases: [] },
  ...Array.from({ length: 20 }, (_, i) => ({ id: `unit-${String(i).padStart(2, '0')}`, name: `第${i + 1}局 Bureau ${i + 1}`, aliases: [] })),
];
export const RECIPIENTS = UNITS.slice(2).map((u) => u.id);

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
export const day = (d: number) => inDays(d).slice(0, 10);

/** A user made the way enrollment makes one, straight in the database. */
export async function makeUser(storage: Storage, role: Role, unitId: string): Promise<Principal> {
  const codeHash = createHash('sha256').update(randomUUID()).digest('hex');
  return storage.write(async (tx) => {
    await createEnrollmentCode(tx, { codeHash, role, unitId, expiresAt: inDays(1) }, 'bench');
    const r = await redeemEnrollmentCode(tx, codeHash);
    if (!r.ok) throw new Error('could not redeem a fresh code');
    return r.user;
  });
}

/** A single-use enrollment code for a device or a dashboard sign-in. */
export async function enrollmentCode(storage: Storage, role: Role, unitId: string): Promise<string> {
  const code = newEnrollmentCode();
  await storage.write((tx) => createEnrollmentCode(tx, { codeHash: hashEnrollmentCode(code), role, unitId, expiresAt: inDays(1) }, 'bench'));
  return code;
}

export const mutation = (type: MutationType, payload: Record<string, unknown>) => Mutation.parse({ id: randomUUID(), type, at: new Date().toISOString(), payload });

const draft = (title: string) => ({
  isMinutes: true, lang: 'zh', title, docNumber: null, issuer: null, meetingDate: null, presider: null,
  attendees: [], decisions: [], recipients: [], confidence: 0.9,
});

export const docPut = (id: string, title: string) =>
  mutation('document.put', { id, contentHash: `hash-${id}`, url: `https://oa.example/${id}`, title, draft: draft(title) });
export const circulate = (documentId: string, unitId: string, kind: 'read' | 'act' = 'read') =>
  mutation('circulation.create', { id: randomUUID(), documentId, unitId, kind });

export interface Template {
  /** Pushes the template's mutations through the real push path, as `who`. */
  push(who: Principal, mutations: Mutation[]): Promise<void>;
}

/**
 * Seeds `copies` copies of what `build` writes through the push path, with direct SQL: `build`
 * runs once (through pushMutations, so every table holds exactly what the service would write),
 * then each row it wrote is inserted again `copies` times with its ids replaced and its change
 * numbers moved past the ones before. Rows are found by the ids the template's mutations carried.
 * The audit trail and the mutation log are not copied (the bench reads neither).
 */
export async function seedCopies(storage: Storage, copies: number, build: (t: Template) => Promise<void>, sqliteFile?: string): Promise<void> {
  const db = storage.db;
  const ids = new Set<string>();
  const lo = await lastSeq(db);
  await build({
    async push(who, mutations) {
      for (const m of mutations) {
        ids.add(m.id);
        for (const v of Object.values(m.payload)) if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) ids.add(v);
      }
      const results = await pushMutations(storage, who, mutations);
      const refused = results.find((r) => r.status === 'rejected');
      if (refused) throw new Error(`template mutation refused: ${refused.reason}`);
    },
  });
  const hi = await lastSeq(db);
  const span = hi - lo;
  if (copies <= 0) return;
  const templateIds = [...ids];
  const idPattern = new RegExp(templateIds.map((i) => i.replace(/-/g, '\\-')).join('|'), 'g');
  const copyId = (id: string, k: number) => `${id.slice(0, 24)}${k.toString(16).padStart(12, '0')}`;

  const skip = new Set(['audit', 'applied_mutations', 'counters', 'units', 'users', 'devices', 'enrollment_codes', 'sessions']);
  // Parents before the rows that reference them.
  const first = ['documents', 'tasks'];
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  const tables = (await db.introspection.getTables())
    .filter((t) => !skip.has(t.name) && !t.name.startsWith('kysely_'))
    .sort((a, b) => rank(a.name) - rank(b.name));
  for (const table of tables) {
    const seqCols = table.columns.filter((c) => /seq$/.test(c.name)).map((c) => c.name);
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db)).rows.filter(
      (r) =>
        Object.values(r).some((v) => typeof v === 'string' && (idPattern.lastIndex = 0, idPattern.test(v))) ||
        seqCols.some((c) => Number(r[c]) > lo && Number(r[c]) <= hi),
    );
    if (rows.length === 0) continue;
    const cols = Object.keys(rows[0]);
    const copy = function* () {
      for (let k = 1; k <= copies; k++) {
        for (const r of rows) {
          const out: Record<string, unknown> = {};
          for (const c of cols) {
            const v = r[c];
            if (typeof v === 'string') out[c] = v.replace(idPattern, (id) => copyId(id, k));
            else if (seqCols.includes(c) && Number(v) > lo && Number(v) <= hi) out[c] = Number(v) + k * span;
            else out[c] = v;
          }
          yield out;
        }
      }
    };
    if (sqliteFile) insertSqlite(sqliteFile, table.name, cols, copy());
    else await insertKysely(db as Kysely<any>, table.name, cols, copy());
  }
  await db.updateTable('counters').set({ value: hi + copies * span }).where('name', '=', 'seq').execute();
}

/** Many rows into one SQLite table: one prepared statement in one transaction, on a second connection. */
function insertSqlite(file: string, table: string, cols: string[], rows: Iterable<Record<string, unknown>>) {
  const conn = new Sqlite(file);
  try {
    conn.pragma('busy_timeout = 10000');
    const stmt = conn.prepare(`insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`);
    conn.transaction(() => {
      for (const r of rows) stmt.run(r);
    })();
  } finally {
    conn.close();
  }
}

/** The same on any engine through Kysely, many rows a statement. */
async function insertKysely(db: Kysely<any>, table: string, cols: string[], rows: Iterable<Record<string, unknown>>) {
  const perStatement = Math.max(1, Math.floor(8000 / cols.length));
  let batch: Record<string, unknown>[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= perStatement) {
      await db.insertInto(table).values(batch).execute();
      batch = [];
    }
  }
  if (batch.length) await db.insertInto(table).values(batch).execute();
}

/** Migrates, loads the directory and makes a clerk, a supervisor and one recipient per unit. */
export async function prepare(storage: Storage) {
  await storage.migrate();
  await storage.write((tx) => upsertUnits(tx, UNITS, 'bench'));
  const clerk = await makeUser(storage, 'clerk', 'office');
  const supervisor = await makeUser(storage, 'supervisor', 'bureau');
  const recipients = new Map<string, Principal>();
  for (const u of RECIPIENTS) recipients.set(u, await makeUser(storage, 'recipient', u));
  return { clerk, supervisor, recipients };
}

export type World = Awaited<ReturnType<typeof prepare>>;

/**
 * The dashboard's data set: `docs` documents, each circulated to three units (two to read, one to
 * act on with a task), some acknowledged and read, tasks due in the past, soon, later or never,
 * some in progress and some closed. Twenty templates, copied.
 */
export async function seedDashboard(storage: Storage, w: World, docs: number, sqliteFile?: string) {
  const templates = 20;
  await seedCopies(storage, Math.ceil(docs / templates) - 1, async (t) => {
    for (let j = 0; j < templates; j++) {
      const doc = randomUUID();
      const [a, b, c] = [0, 1, 2].map((o) => RECIPIENTS[(j + o) % RECIPIENTS.length]);
      const task = randomUUID();
      const due = [day(-20), day(-2), day(1), day(10), day(60), null][j % 6];
      await t.push(w.clerk, [
        docPut(doc, `第${j + 1}次会议纪要 Minutes ${j + 1}`),
        circulate(doc, a),
        circulate(doc, b),
        circulate(doc, c, 'act'),
        mutation('task.create', { id: task, documentId: doc, decisionIndex: 0, text: `落实第${j + 1}项决定 Carry out decision ${j + 1}`, leadUnitId: c, coUnitIds: [a], dueDate: due }),
      ]);
      if (j % 2 === 0) await t.push(w.recipients.get(a)!, [mutation('read.create', { id: randomUUID(), documentId: doc }), mutation('ack.create', { id: randomUUID(), documentId: doc })]);
      if (j % 3 === 0) await t.push(w.recipients.get(c)!, [mutation('task.update', { id: randomUUID(), taskId: task, kind: 'progress', note: '正在办理 Under way' })]);
      if (j % 5 === 4) await t.push(w.supervisor, [mutation('task.update', { id: randomUUID(), taskId: task, kind: 'close', note: '' })]);
      if (j % 4 === 1) await t.push(w.supervisor, [mutation('reminder.create', { id: randomUUID(), unitId: c, documentId: null, taskId: task, message: '请抓紧 Please hurry' })]);
    }
  }, sqliteFile);
}

/** `docs` documents circulated to `unitId` to read, nothing else. */
export async function seedCirculated(storage: Storage, w: World, unitId: string, docs: number, sqliteFile?: string) {
  await seedCopies(storage, docs - 1, async (t) => {
    const doc = randomUUID();
    await t.push(w.clerk, [docPut(doc, '会议纪要 Minutes'), circulate(doc, unitId)]);
  }, sqliteFile);
}

/** The ids of the documents circulated to a unit. */
export async function documentsOf(db: Kysely<Database>, unitId: string): Promise<string[]> {
  return (await db.selectFrom('circulations').select('document_id').where('unit_id', '=', unitId).orderBy('document_id').execute()).map((r) => r.document_id);
}
