import type { Kysely } from 'kysely';

// Per-unit feeds and documents stored once per version.
//
// Before: one global `changes` log filtered row by row at pull time, with a full copy of a document
// in every version change and again in every circulation. After: `changes` keeps each change once
// (a document change names its version, whose record is in `document_versions`), and `feed` says
// which audience receives which change, read by (feed, seq). Existing rows are converted: each old
// change is given the feeds its reader rules matched, the per-circulation copies become deliveries
// of the version they copied, and the copies' data is dropped.

const PAGE = 500;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

interface OldChange {
  seq: number;
  entity: string;
  entity_id: string;
  document_id: string | null;
  unit_id: string | null;
  task_id: string | null;
  data: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('document_versions')
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_versions_pk', ['document_id', 'version'])
    .execute();
  await s
    .createTable('feed')
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_pk', ['feed', 'seq'])
    .execute();
  await s.alterTable('changes').addColumn('bytes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await s.alterTable('changes').addColumn('version', 'integer').execute();
  await s.alterTable('applied_mutations').addColumn('content_hash', 'text').execute();

  // What the old reader rules needed to know, in memory: owners, task units, versions' change numbers.
  const owner = new Map<string, string>();
  for (const d of await db.selectFrom('documents').select(['id', 'owner_unit_id']).execute()) owner.set(d.id, d.owner_unit_id);
  const taskUnits = new Map<string, string[]>();
  for (const t of await db.selectFrom('task_units').select(['task_id', 'unit_id']).execute()) {
    taskUnits.set(t.task_id, [...(taskUnits.get(t.task_id) ?? []), t.unit_id]);
  }
  const circulatedTo = new Map<string, Set<string>>();
  const versionSeq = new Map<string, number>();
  const key = (doc: string, version: number) => `${doc}\u0000${version}`;

  let since = 0;
  for (;;) {
    const rows = (await db
      .selectFrom('changes')
      .select(['seq', 'entity', 'entity_id', 'document_id', 'unit_id', 'task_id', 'data'])
      .where('seq', '>', since)
      .orderBy('seq')
      .limit(PAGE)
      .execute()) as OldChange[];
    if (rows.length === 0) break;
    const feed: { feed: string; seq: number; change_seq: number }[] = [];
    const add = (f: string, seq: number, changeSeq = seq) => feed.push({ feed: f, seq, change_seq: changeSeq });
    for (const r of rows) {
      const seq = Number(r.seq);
      since = seq;
      const own = r.document_id ? owner.get(r.document_id) : undefined;
      const units = new Set<string>();
      if (r.entity === 'unit') add('*', seq);
      else if (r.entity === 'document') {
        const record = JSON.parse(r.data) as { id: string; version: number };
        const version = Number(record.version);
        const known = versionSeq.get(key(record.id, version));
        if (r.unit_id && known !== undefined) {
          // A copy sent with a circulation: a delivery of the version already stored.
          add(`u:${r.unit_id}`, seq, known);
          await db.deleteFrom('changes').where('seq', '=', seq).execute();
          continue;
        }
        versionSeq.set(key(record.id, version), seq);
        await db
          .insertInto('document_versions')
          .values({ document_id: record.id, version, seq, data: r.data, bytes: bytes(r.data) })
          .execute();
        await db.updateTable('changes').set({ data: 'null', version, bytes: bytes(r.data) }).where('seq', '=', seq).execute();
        if (r.unit_id) units.add(r.unit_id);
        for (const u of circulatedTo.get(record.id) ?? []) units.add(u);
      } else {
        if (r.unit_id) units.add(r.unit_id);
        if (r.entity === 'circulation' && r.document_id && r.unit_id) {
          circulatedTo.set(r.document_id, (circulatedTo.get(r.document_id) ?? new Set()).add(r.unit_id));
        }
        if ((r.entity === 'task' || r.entity === 'taskUpdate') && r.task_id) for (const u of taskUnits.get(r.task_id) ?? []) units.add(u);
        await db.updateTable('changes').set({ bytes: bytes(r.data) }).where('seq', '=', seq).execute();
      }
      for (const u of units) add(`u:${u}`, seq);
      if (own) add(`o:${own}`, seq);
    }
    for (let i = 0; i < feed.length; i += 200) await db.insertInto('feed').values(feed.slice(i, i + 200)).execute();
  }

  // A document whose current version had no change of its own (none should) still gets its record.
  const docs = await db.selectFrom('documents').selectAll().execute();
  for (const d of docs) {
    if (versionSeq.has(key(d.id, Number(d.version)))) continue;
    const data = JSON.stringify({
      id: d.id, contentHash: d.content_hash, version: Number(d.version), url: d.url, title: d.title, meetingDate: d.meeting_date,
      draft: JSON.parse(d.draft), ownerUnitId: d.owner_unit_id, createdBy: d.created_by, updatedAt: d.updated_at,
    });
    await db.insertInto('document_versions').values({ document_id: d.id, version: Number(d.version), seq: 0, data, bytes: bytes(data) }).execute();
  }

  await s.dropIndex('changes_document').execute();
  await s.dropIndex('changes_unit').execute();
  await s.dropIndex('changes_task').execute();
  await s.alterTable('changes').dropColumn('document_id').execute();
  await s.alterTable('changes').dropColumn('unit_id').execute();
  await s.alterTable('changes').dropColumn('task_id').execute();
  await s.alterTable('documents').dropColumn('draft').execute();
}

/** Back to one global log: document data returns to its changes and to documents (deliveries are dropped). */
export async function down(db: Kysely<any>): Promise<void> {
  const s = db.schema;
  await s.alterTable('documents').addColumn('draft', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await s.alterTable('changes').addColumn('document_id', 'text').execute();
  await s.alterTable('changes').addColumn('unit_id', 'text').execute();
  await s.alterTable('changes').addColumn('task_id', 'text').execute();
  const versions = await db.selectFrom('document_versions').selectAll().orderBy('seq').execute();
  for (const v of versions) {
    await db.updateTable('changes').set({ data: v.data, document_id: v.document_id }).where('seq', '=', v.seq).execute();
    const draft = JSON.stringify((JSON.parse(v.data) as { draft: unknown }).draft);
    await db.updateTable('documents').set({ draft }).where('id', '=', v.document_id).where('version', '=', v.version).execute();
  }
  await s.createIndex('changes_document').on('changes').column('document_id').execute();
  await s.createIndex('changes_unit').on('changes').column('unit_id').execute();
  await s.createIndex('changes_task').on('changes').column('task_id').execute();
  await s.alterTable('changes').dropColumn('version').execute();
  await s.alterTable('changes').dropColumn('bytes').execute();
  await s.alterTable('applied_mutations').dropColumn('content_hash').execute();
  await s.dropTable('feed').execute();
  await s.dropTable('document_versions').execute();
}
