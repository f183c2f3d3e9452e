import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { walkChain } from '../../server/storage/audit';
import { checkAudit } from '../../server/storage/audit-check';
import { latestCheckpoint, withAuditCheckpoints, withCheckpoints } from '../../server/storage/audit-checkpoint';
import { auditHash } from '../../server/storage/audit-hash';
import { readAuditKey, type AuditKey } from '../../server/storage/audit-key';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createSqliteStorage } from '../../server/storage/sqlite';
import type { Storage } from '../../server/storage/types';
import { pushMutations } from '../../server/sync/push';
import { ack, circulate, createPgDatabase, docPut, makeUser, mutation, read, seedUnits } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'circulate-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const key = readAuditKey({ AUDIT_KEY: 'the key the service keeps outside its database' })!;
const otherKey = readAuditKey({ AUDIT_KEY: 'a different key, made somewhere else entirely' })!;

const engines: [string, () => Promise<Storage>][] = [
  ['sqlite', async () => createSqliteStorage(join(dir, `t${++n}`, 'circulate.db'))],
  ['postgres', async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'audit'))],
];

describe.each(engines)('audit tamper evidence: %s', (_engine, open) => {
  let raw: Storage;
  let storage: Storage;
  const ids = { doc: randomUUID(), task: randomUUID(), ack: '', circulation: '' };

  beforeEach(async () => {
    raw = await open();
    await raw.migrate();
    storage = withAuditCheckpoints(raw, key);
    await seedUnits(storage);
    const clerk = await makeUser(storage, 'clerk', 'office');
    const forestry = await makeUser(storage, 'recipient', 'forestry');
    const supervisor = await makeUser(storage, 'supervisor', 'bureau');
    ids.doc = randomUUID();
    ids.task = randomUUID();
    const a = ack(ids.doc);
    ids.ack = (a.payload as { id: string }).id;
    const c = circulate(ids.doc, 'forestry');
    ids.circulation = (c.payload as { id: string }).id;
    // A push is one transaction, signed once at its end: the circulation and the acknowledgement
    // each end their push, so a checkpoint covers exactly their entries.
    const results = [
      ...(await pushMutations(storage, clerk, [docPut(ids.doc), docPut(ids.doc, 'hash-0002', 'Minutes, corrected'), c])),
      ...(await pushMutations(storage, clerk, [
        mutation('task.create', { id: ids.task, documentId: ids.doc, decisionIndex: 0, text: 'Plant trees', leadUnitId: 'water', coUnitIds: ['forestry'], dueDate: '2026-12-01' }),
      ])),
      ...(await pushMutations(storage, forestry, [read(ids.doc), a])),
      ...(await pushMutations(storage, forestry, [mutation('task.update', { id: randomUUID(), taskId: ids.task, kind: 'progress', note: 'begun' })])),
      ...(await pushMutations(storage, supervisor, [mutation('reminder.create', { id: randomUUID(), unitId: 'water', taskId: ids.task, message: 'due soon' })])),
    ];
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('applied'));
  });
  afterEach(async () => {
    await raw.close();
  });

  const check = (o: { key?: AuditKey; pageSize?: number; extra?: Awaited<ReturnType<typeof latestCheckpoint>>[] } = {}) =>
    checkAudit(raw.db, { key: 'key' in o ? o.key : key, pageSize: o.pageSize ?? 3, extra: o.extra?.filter((c) => c !== undefined) });
  const messages = async (o?: Parameters<typeof check>[0]) => (await check(o)).problems.map((p) => p.message);
  const head = async () => Number((await raw.db.selectFrom('audit').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirstOrThrow()).m);
  const seqOf = async (entity: string, entityId: string) =>
    Number((await raw.db.selectFrom('audit').select('seq').where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('seq').executeTakeFirstOrThrow()).seq);

  it('passes an intact trail, in pages of any size, and checkpoints every write', async () => {
    for (const pageSize of [1, 3, 1000]) {
      const r = await check({ pageSize });
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
    }
    const r = await check();
    expect(r.chain.entries).toBe(await head());
    expect(r.rows.rows).toMatchObject({ documents: 1, document_versions: 2, circulations: 2, acks: 1, reads: 1, tasks: 1, task_updates: 1, reminders: 1 });
    expect((await latestCheckpoint(raw.db))?.seq).toBe(await head());
    expect(r.chain.checkpoints).toBeGreaterThan(5);
  });

  it('names an edited entry', async () => {
    const seq = await seqOf('ack', ids.ack);
    await raw.db.updateTable('audit').set({ actor: 'someone else' }).where('seq', '=', seq).execute();
    const r = await check();
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: 'chain', seq, message: `entry #${seq}: its content does not match its hash` });
  });

  it('names a deleted last entry as truncation, from the checkpoint that covers it', async () => {
    const last = await head();
    await raw.db.deleteFrom('audit').where('seq', '=', last).execute();
    const r = await check();
    const truncated = r.problems.find((p) => p.kind === 'truncated');
    expect(truncated?.message).toContain(`the trail ends at entry #${last - 1}`);
    expect(truncated?.message).toContain(`entries #${last}–#${last} were removed`);
    // The reminder that entry recorded now has no entry.
    expect(r.problems.some((p) => /^reminders row .*: no audit entry records it$/.test(p.message))).toBe(true);
  });

  it('names a deleted middle entry', async () => {
    const seq = await seqOf('circulation', ids.circulation);
    await raw.db.deleteFrom('audit').where('seq', '=', seq).execute();
    const found = await messages();
    expect(found[0]).toBe(`entry #${seq} is missing`);
    expect(found.some((m) => m.endsWith(`covers entry #${seq}, which is missing`))).toBe(true);
    // That circulation was upgraded later (the task): its row is still named, as created by no entry.
    expect(found.some((m) => m.startsWith(`circulations row ${ids.circulation}: the audit entry that created it is missing`))).toBe(true);
  });

  it('names an edited acknowledgement row and the field that differs', async () => {
    await raw.db.updateTable('acks').set({ unit_id: 'water' }).where('id', '=', ids.ack).execute();
    const found = await messages();
    const seq = await seqOf('ack', ids.ack);
    expect(found).toEqual([`acks row ${ids.ack}: unit_id is "water", but the audit trail (entry #${seq}) says "forestry"`]);
  });

  it('names a deleted circulation row', async () => {
    await raw.db.deleteFrom('circulations').where('id', '=', ids.circulation).execute();
    const found = await messages();
    const seq = await seqOf('circulation', ids.circulation);
    expect(found).toEqual([`circulations row ${ids.circulation} is missing, but audit entry #${seq} (circulation.create) records it`]);
  });

  it('names an inserted task row', async () => {
    const forged = randomUUID();
    await raw.db
      .insertInto('tasks')
      .values({ id: forged, document_id: ids.doc, decision_index: 1, text: 'Forged', lead_unit_id: 'water', co_unit_ids: '[]', due: null, due_date: null, created_by: 'x', created_at: new Date().toISOString() })
      .execute();
    expect(await messages()).toEqual([`tasks row ${forged}: no audit entry records it`]);
  });

  it('names a document whose title was changed', async () => {
    await raw.db.updateTable('documents').set({ title: 'Something else' }).where('id', '=', ids.doc).execute();
    const found = await messages();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^documents row ${ids.doc}: title is "Something else", but the audit trail \\(entry #\\d+\\) says "Minutes, corrected"$`));
  });

  it('names a document version whose stored record was changed, removed or added', async () => {
    const put = (await raw.db.selectFrom('audit').select('seq').where('entity', '=', 'document').where('entity_id', '=', ids.doc).orderBy('seq').execute()).map((r) => Number(r.seq));
    expect(put).toHaveLength(2);
    const v1 = await raw.db.selectFrom('document_versions').select('data').where('document_id', '=', ids.doc).where('version', '=', 1).executeTakeFirstOrThrow();
    const record = JSON.parse(v1.data);
    await raw.db
      .updateTable('document_versions')
      .set({ data: JSON.stringify({ ...record, draft: { ...record.draft, title: 'Rewritten' } }) })
      .where('document_id', '=', ids.doc)
      .where('version', '=', 1)
      .execute();
    let found = await messages();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^document_versions row ${ids.doc} version 1: draft is .*"Rewritten".*, but the audit trail \\(entry #${put[0]}\\) says `));

    await raw.db.deleteFrom('document_versions').where('document_id', '=', ids.doc).where('version', '=', 2).execute();
    await raw.db.insertInto('document_versions').values({ document_id: ids.doc, version: 3, seq: 0, data: v1.data, bytes: 0 }).execute();
    found = await messages();
    expect(found).toContain(`document_versions row ${ids.doc} version 2 is missing, but audit entry #${put[1]} (document.put) records it`);
    expect(found).toContain(`document_versions row ${ids.doc} version 3: no audit entry records it`);
    expect(found).toHaveLength(3);
  });

  it('detects a wrong key', async () => {
    const r = await check({ key: otherKey });
    expect(r.ok).toBe(false);
    expect(r.problems[0].message).toMatch(/^the checkpoint at entry #\d+ was signed with another key \(key [0-9a-f]{16}; this key is [0-9a-f]{16}\)$/);
    // A forged signature under the right key id is caught too.
    await withCheckpoints(raw.db).updateTable('audit_checkpoints').set({ signature: 'a'.repeat(64) }).where('seq', '=', await head()).execute();
    expect(await messages()).toEqual([`the checkpoint at entry #${await head()} has a signature that does not match it (altered or forged)`]);
  });

  it('catches a chain rewritten with fresh hashes through the signed checkpoints', async () => {
    const seq = await seqOf('ack', ids.ack);
    const rows = await raw.db.selectFrom('audit').selectAll().where('seq', '>=', seq).orderBy('seq').execute();
    let prev = rows[0].prev_hash;
    for (const r of rows) {
      const row = { ...r, seq: Number(r.seq), prev_hash: prev, actor: r.seq === seq ? 'someone else' : r.actor };
      row.hash = auditHash(row);
      await raw.db.updateTable('audit').set({ actor: row.actor, prev_hash: row.prev_hash, hash: row.hash }).where('seq', '=', row.seq).execute();
      prev = row.hash;
    }
    // The chain alone holds; the checkpoints signed before the rewrite do not.
    expect((await walkChain(raw.db, { pageSize: 3 })).problems.filter((p) => p.kind === 'chain')).toEqual([]);
    const found = await messages();
    expect(found[0]).toMatch(new RegExp(`^entry #${seq} is not the entry signed at .*: the trail was rewritten up to it$`));
    // The row it recorded no longer matches what the rewritten entry says.
    expect(found.some((m) => m.startsWith(`acks row ${ids.ack}: user_id is `) && m.endsWith(`says "someone else"`))).toBe(true);
  });

  it('catches truncation with an exported checkpoint even when the stored checkpoints are deleted too', async () => {
    const exported = await latestCheckpoint(raw.db);
    const last = await head();
    await raw.db.deleteFrom('audit').where('seq', '>=', last - 1).execute();
    await withCheckpoints(raw.db).deleteFrom('audit_checkpoints').where('seq', '>=', last - 1).execute();
    const withoutExport = (await check()).problems.filter((p) => p.kind === 'truncated');
    expect(withoutExport).toEqual([]);
    const r = await check({ extra: [exported] });
    expect(r.problems.find((p) => p.kind === 'truncated')?.message).toContain(`entries #${last - 1}–#${last} were removed`);
  });
});
