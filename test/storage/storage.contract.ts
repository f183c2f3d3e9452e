import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentAudit, verifyAudit } from '../../server/storage/audit';
import { lastSeq, pullChanges } from '../../server/storage/changes';
import { createSession, deleteSession, principalBySession } from '../../server/storage/sessions';
import type { Storage } from '../../server/storage/types';
import { addUnitAlias, findUnit, listUnits, removeUnitAlias, saveUnit, upsertUnits } from '../../server/storage/units';
import { addDevice, createEnrollmentCode, listUsers, principalByTokenHash, redeemEnrollmentCode, revokeUser } from '../../server/storage/users';
import { pushMutations } from '../../server/sync/push';
import { ack, circulate, docPut, makeUser, mutation, read, seedUnits, sha, UNITS } from './helpers';

const makeViewer = (role: 'recipient' | 'clerk', unitId: string) => ({ role, unitId });

/**
 * The behaviour every storage engine must have. Each engine's test file calls this with a factory
 * that returns a fresh, empty storage (not yet migrated).
 */
export function storageContract(engine: string, open: () => Promise<Storage>) {
  describe(`storage contract: ${engine}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await open();
      await storage.migrate();
    });
    afterEach(async () => {
      await storage.close();
    });

    const allChanges = async () => (await pullChanges(storage.db, { role: 'admin', unitId: 'x' }, 0, 10_000)).changes;

    describe('migrations and writes', () => {
      it('runs migrations again without harm', async () => {
        await storage.migrate();
        expect(await lastSeq(storage.db)).toBe(0);
        expect(await listUnits(storage.db)).toEqual([]);
      });

      it('numbers changes 1, 2, 3… with no gaps and keeps their data', async () => {
        const seqs = await storage.write(async (tx) => [
          await tx.change({ entity: 'unit', entityId: 'a', data: { id: 'a', name: 'A', aliases: [] } }),
          await tx.change({ entity: 'unit', entityId: 'b', data: { id: 'b', name: 'B', aliases: ['b'] } }),
        ]);
        const third = await storage.write((tx) => tx.change({ entity: 'unit', entityId: 'c', data: { id: 'c', name: 'C', aliases: [] } }));
        expect([...seqs, third]).toEqual([1, 2, 3]);
        const changes = await allChanges();
        expect(changes.map((c) => c.seq)).toEqual([1, 2, 3]);
        expect(changes[1]).toEqual({ seq: 2, entity: 'unit', data: { id: 'b', name: 'B', aliases: ['b'] } });
      });

      it('rolls a failed write back entirely, change number included', async () => {
        await expect(
          storage.write(async (tx) => {
            await tx.change({ entity: 'unit', entityId: 'a', data: {} });
            await tx.audit({ actor: 't', action: 'x', entity: 'unit', entityId: 'a', data: {} });
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await lastSeq(storage.db)).toBe(0);
        expect(await allChanges()).toEqual([]);
        expect(await storage.write((tx) => tx.change({ entity: 'unit', entityId: 'b', data: {} }))).toBe(1);
        expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: 0 });
      });

      it('runs one write at a time: a second waits until the first has committed', async () => {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        const order: string[] = [];
        const first = storage.write(async (tx) => {
          order.push('first:start');
          await tx.change({ entity: 'unit', entityId: 'a', data: {} });
          await held;
          order.push('first:end');
        });
        await new Promise((r) => setTimeout(r, 50));
        const second = storage.write(async (tx) => {
          order.push('second:start');
          return tx.change({ entity: 'unit', entityId: 'b', data: {} });
        });
        await new Promise((r) => setTimeout(r, 150));
        expect(order).toEqual(['first:start']);
        release();
        await first;
        expect(await second).toBe(2);
        expect(order).toEqual(['first:start', 'first:end', 'second:start']);
      });

      it('numbers concurrent writes without gaps or repeats', async () => {
        const seqs = await Promise.all(
          Array.from({ length: 25 }, (_, i) => storage.write((tx) => tx.change({ entity: 'unit', entityId: `u${i}`, data: { i } }))),
        );
        expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
        expect((await allChanges()).map((c) => c.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      });
    });

    describe('audit chain', () => {
      const addEntries = (n: number) =>
        storage.write(async (tx) => {
          for (let i = 0; i < n; i++) await tx.audit({ actor: 'u1', device: 'd1', clientAt: '2026-01-01T00:00:00.000Z', action: 'test', entity: 'thing', entityId: `t${i}`, data: { i } });
        });

      it('verifies an intact chain and lists it newest first', async () => {
        await addEntries(3);
        await addEntries(2);
        expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: 5 });
        const recent = await recentAudit(storage.db, 2);
        expect(recent.map((e) => e.seq)).toEqual([5, 4]);
        expect(recent[0]).toMatchObject({ actor: 'u1', device: 'd1', action: 'test', entityId: 't1', data: { i: 1 } });
      });

      it('names the first altered entry', async () => {
        await addEntries(5);
        await storage.db.updateTable('audit').set({ data: '{"i":99}' }).where('seq', '=', 3).execute();
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: false, brokenSeq: 3 });
      });

      it('notices a removed entry', async () => {
        await addEntries(5);
        await storage.db.deleteFrom('audit').where('seq', '=', 2).execute();
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: false, brokenSeq: 2 });
      });

      it('notices a re-hashed entry because the next one no longer links to it', async () => {
        await addEntries(4);
        await storage.db.updateTable('audit').set({ hash: 'f'.repeat(64) }).where('seq', '=', 2).execute();
        const verdict = await verifyAudit(storage.db);
        expect(verdict).toMatchObject({ ok: false, brokenSeq: 2 });
      });
    });

    describe('units', () => {
      it('imports, finds by id, name or alias, and re-imports without duplicating', async () => {
        const first = await storage.write((tx) => upsertUnits(tx, UNITS, 'cli'));
        expect(first).toEqual({ created: 4, updated: 0, unchanged: 0 });
        const again = await storage.write((tx) =>
          upsertUnits(tx, [...UNITS.slice(0, 3), { ...UNITS[3], aliases: ['督查室', '督查'] }], 'cli'),
        );
        expect(again).toEqual({ created: 0, updated: 1, unchanged: 3 });
        expect((await listUnits(storage.db)).map((u) => u.id)).toEqual(['bureau', 'forestry', 'office', 'water']);
        expect((await findUnit(storage.db, 'forestry'))?.name).toBe('Forestry Bureau');
        expect((await findUnit(storage.db, 'Water Bureau'))?.id).toBe('water');
        expect((await findUnit(storage.db, '督查'))?.id).toBe('bureau');
        expect(await findUnit(storage.db, 'nowhere')).toBeUndefined();
        const changes = await allChanges();
        expect(changes.map((c) => c.entity)).toEqual(['unit', 'unit', 'unit', 'unit', 'unit']);
        expect(changes[4].data).toEqual({ id: 'bureau', name: 'Supervision Office', aliases: ['督查室', '督查'] });
        expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: 5 });
      });

      it('adds and removes aliases and renames, each as a unit change with an audit entry', async () => {
        await seedUnits(storage);
        const from = (await allChanges()).length;
        const added = await storage.write((tx) => addUnitAlias(tx, 'water', 'Ｗater Affairs', { actor: 'u1', device: 'd1' }));
        expect(added).toMatchObject({ ok: true, changed: true, unit: { aliases: ['水务局', 'Ｗater Affairs'] } });
        expect(await storage.write((tx) => addUnitAlias(tx, 'water', 'water  affairs', { actor: 'u1' }))).toMatchObject({ ok: true, changed: false });
        expect(await storage.write((tx) => addUnitAlias(tx, 'water', '林业局', { actor: 'u1' }))).toEqual({ ok: false, reason: 'taken', unitId: 'forestry' });
        expect(await storage.write((tx) => addUnitAlias(tx, 'nowhere', 'x', { actor: 'u1' }))).toEqual({ ok: false, reason: 'unknown_unit' });
        expect(await storage.write((tx) => removeUnitAlias(tx, 'water', 'WATER AFFAIRS', 'u1'))).toMatchObject({ ok: true, changed: true, unit: { aliases: ['水务局'] } });
        expect(await storage.write((tx) => saveUnit(tx, { id: 'water', name: 'County Water Bureau' }, 'u1'))).toEqual({ unit: { id: 'water', name: 'County Water Bureau', aliases: ['水务局'] }, created: false });
        const changes = (await allChanges()).slice(from);
        expect(changes.map((c) => c.entity)).toEqual(['unit', 'unit', 'unit']);
        expect(changes[2].data).toEqual({ id: 'water', name: 'County Water Bureau', aliases: ['水务局'] });
        expect((await recentAudit(storage.db, 3)).map((e) => e.action)).toEqual(['unit.update', 'unit.alias.remove', 'unit.alias.add']);
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: true });
      });
    });

    describe('enrollment, devices and sessions', () => {
      const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
      const newCode = async (role: 'clerk' | 'supervisor' = 'clerk', expiresAt = inHours(1)) => {
        const codeHash = sha(randomUUID());
        await storage.write((tx) => createEnrollmentCode(tx, { codeHash, role, unitId: 'office', name: 'Ms Li', expiresAt }, 'cli'));
        return codeHash;
      };

      it('redeems a code once, for the role and unit it was made for', async () => {
        const code = await newCode();
        const r = await storage.write((tx) => redeemEnrollmentCode(tx, code));
        expect(r).toMatchObject({ ok: true, user: { role: 'clerk', unitId: 'office', name: 'Ms Li' } });
        expect(await storage.write((tx) => redeemEnrollmentCode(tx, code))).toEqual({ ok: false, reason: 'invalid' });
        expect(await storage.write((tx) => redeemEnrollmentCode(tx, sha('unknown')))).toEqual({ ok: false, reason: 'invalid' });
      });

      it('refuses an expired code', async () => {
        const code = await newCode('clerk', inHours(-1));
        expect(await storage.write((tx) => redeemEnrollmentCode(tx, code))).toEqual({ ok: false, reason: 'invalid' });
      });

      it('refuses a code of another role without using it up', async () => {
        const code = await newCode('clerk');
        expect(await storage.write((tx) => redeemEnrollmentCode(tx, code, ['supervisor', 'admin']))).toEqual({ ok: false, reason: 'role' });
        expect((await storage.write((tx) => redeemEnrollmentCode(tx, code))).ok).toBe(true);
      });

      it('finds the user of a token hash until the device is revoked', async () => {
        const code = await newCode();
        const r = await storage.write((tx) => redeemEnrollmentCode(tx, code));
        if (!r.ok) throw new Error('redeem failed');
        await storage.write((tx) => addDevice(tx, r.user, { id: 'dev-1', name: 'laptop', tokenHash: sha('token') }));
        expect(await principalByTokenHash(storage.db, sha('token'))).toEqual({ ...r.user, deviceId: 'dev-1' });
        expect(await principalByTokenHash(storage.db, sha('other'))).toBeUndefined();
        expect(await listUsers(storage.db)).toEqual([expect.objectContaining({ id: r.user.userId, role: 'clerk', unitId: 'office', devices: 1 })]);
        await storage.db.updateTable('devices').set({ revoked_at: new Date().toISOString() }).execute();
        expect(await principalByTokenHash(storage.db, sha('token'))).toBeUndefined();
      });

      it('revokes every device and session of a user', async () => {
        const code = await newCode('supervisor');
        const r = await storage.write((tx) => redeemEnrollmentCode(tx, code));
        if (!r.ok) throw new Error('redeem failed');
        await storage.write((tx) => addDevice(tx, r.user, { id: 'dev-a', name: 'a', tokenHash: sha('ta') }));
        await storage.write((tx) => addDevice(tx, r.user, { id: 'dev-b', name: 'b', tokenHash: sha('tb') }));
        await storage.write((tx) => createSession(tx, sha('sess'), r.user.userId, inHours(1)));
        expect(await storage.write((tx) => revokeUser(tx, r.user.userId, 'cli'))).toEqual({ devices: 2 });
        expect(await principalByTokenHash(storage.db, sha('ta'))).toBeUndefined();
        expect(await principalByTokenHash(storage.db, sha('tb'))).toBeUndefined();
        expect(await principalBySession(storage.db, sha('sess'), new Date().toISOString())).toBeUndefined();
        expect(await storage.write((tx) => revokeUser(tx, 'nobody', 'cli'))).toBeUndefined();
      });

      it('keeps sessions until they expire or are deleted', async () => {
        const r = await storage.write((tx) => redeemEnrollmentCode(tx, sha('x')));
        expect(r.ok).toBe(false);
        const code = await newCode('supervisor');
        const s = await storage.write((tx) => redeemEnrollmentCode(tx, code));
        if (!s.ok) throw new Error('redeem failed');
        await storage.write((tx) => createSession(tx, sha('s1'), s.user.userId, inHours(1)));
        await storage.write((tx) => createSession(tx, sha('s2'), s.user.userId, inHours(-1)));
        const now = new Date().toISOString();
        expect((await principalBySession(storage.db, sha('s1'), now))?.role).toBe('supervisor');
        expect(await principalBySession(storage.db, sha('s2'), now)).toBeUndefined();
        await storage.write((tx) => deleteSession(tx, sha('s1')));
        expect(await principalBySession(storage.db, sha('s1'), now)).toBeUndefined();
      });
    });

    describe('mutations and the pull feed', () => {
      beforeEach(async () => {
        await seedUnits(storage);
      });

      it('stores a document, versions it by content hash, and never duplicates it', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const id = randomUUID();
        expect(await pushMutations(storage, clerk, [docPut(id, 'hash-aaaa', 'First')])).toMatchObject([{ status: 'applied' }]);
        expect(await pushMutations(storage, clerk, [docPut(id, 'hash-aaaa', 'First')])).toMatchObject([{ status: 'applied' }]);
        expect(await pushMutations(storage, clerk, [docPut(id, 'hash-bbbb', 'Second')])).toMatchObject([{ status: 'applied' }]);
        const docs = (await allChanges()).filter((c) => c.entity === 'document');
        expect(docs.map((c) => [c.data.version, (c.data as { title: string }).title])).toEqual([[1, 'First'], [2, 'Second']]);
        expect(docs[1].data).toMatchObject({ ownerUnitId: 'office', createdBy: clerk.userId, contentHash: 'hash-bbbb' });
        const rows = await storage.db.selectFrom('documents').selectAll().execute();
        expect(rows).toHaveLength(1);
      });

      it('applies a mutation id once: the same mutation again is a duplicate, other content under its id is refused', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const doc2 = randomUUID();
        const m = docPut(doc2);
        await pushMutations(storage, clerk, [m]);
        const before = await lastSeq(storage.db);
        const auditBefore = (await verifyAudit(storage.db)).entries;
        // A retry: the same content (its client time may differ) is a duplicate.
        expect(await pushMutations(storage, clerk, [{ ...m, at: new Date(Date.now() + 1000).toISOString() }])).toEqual([{ id: m.id, status: 'duplicate' }]);
        const changed = docPut(doc2, 'hash-changed', 'Changed', m.id);
        expect(await pushMutations(storage, clerk, [changed])).toEqual([
          { id: m.id, status: 'rejected', reason: 'this mutation id was already used for a different change' },
        ]);
        expect(await lastSeq(storage.db)).toBe(before);
        expect((await verifyAudit(storage.db)).entries).toBe(auditBefore);
        const stored = await storage.db.selectFrom('documents').select(['title', 'content_hash']).where('id', '=', doc2).executeTakeFirstOrThrow();
        expect(stored).toEqual({ title: 'Minutes', content_hash: 'hash-0001' });
      });

      it('keeps the first acknowledgement per (document, unit) and rejects one not circulated', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const a = await makeUser(storage, 'recipient', 'forestry');
        const b = await makeUser(storage, 'recipient', 'forestry');
        const other = await makeUser(storage, 'recipient', 'water');
        const doc = randomUUID();
        await pushMutations(storage, clerk, [docPut(doc), circulate(doc, 'forestry')]);
        const [first] = await pushMutations(storage, a, [ack(doc)]);
        const [second] = await pushMutations(storage, b, [ack(doc)]);
        const [foreign] = await pushMutations(storage, other, [ack(doc)]);
        expect(first.status).toBe('applied');
        expect(second.status).toBe('duplicate');
        expect(foreign).toMatchObject({ status: 'rejected', reason: 'not circulated to your unit' });
        const acks = (await allChanges()).filter((c) => c.entity === 'ack');
        expect(acks.map((c) => c.data)).toEqual([expect.objectContaining({ documentId: doc, unitId: 'forestry', userId: a.userId })]);
        expect((await pushMutations(storage, b, [read(doc)]))[0].status).toBe('applied');
        expect((await pushMutations(storage, a, [read(doc)]))[0].status).toBe('duplicate');
      });

      it('answers receipts in one batch as it would answer them one at a time', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const a = await makeUser(storage, 'recipient', 'forestry');
        const b = await makeUser(storage, 'recipient', 'forestry');
        const [d1, d2, d3, d4, own] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
        await pushMutations(storage, clerk, [docPut(d1), docPut(d2), docPut(d3), docPut(d4), docPut(own), circulate(d1, 'forestry'), circulate(d2, 'forestry'), circulate(d4, 'forestry')]);
        expect((await pushMutations(storage, a, [ack(d4)]))[0].status).toBe('applied');
        const first = ack(d1);
        // A receipt id already taken, on another document.
        const sameId = mutation('ack.create', { id: (first.payload as { id: string }).id, documentId: d2 });
        const results = await pushMutations(storage, a, [first, ack(d1), read(d1), ack(d3), ack(d4), sameId, read(d2), read(d2)]);
        expect(results.map((r) => (r.status === 'applied' ? r.status : `${r.status}: ${r.reason}`))).toEqual([
          'applied',
          'duplicate: your unit has already acknowledged this document',
          'applied',
          'rejected: not circulated to your unit',
          'duplicate: your unit has already acknowledged this document',
          'duplicate: your unit has already acknowledged this document',
          'applied',
          'duplicate: already marked as read',
        ]);
        // Two devices of one unit acknowledging together (their pushes share a transaction): one wins.
        const both = await Promise.all([pushMutations(storage, a, [ack(d2)]), pushMutations(storage, b, [ack(d2)])]);
        expect(both.map(([r]) => r.status).sort()).toEqual(['applied', 'duplicate']);
        // A circulation earlier in the batch counts for the receipts after it.
        expect((await pushMutations(storage, clerk, [ack(own), circulate(own, 'office'), ack(own), read(own)])).map((r) => r.status)).toEqual([
          'rejected',
          'applied',
          'applied',
          'applied',
        ]);
        const name = new Map<string, string>([[d1, '1'], [d2, '2'], [d3, '3'], [d4, '4'], [own, 'own']]);
        const stored = await storage.db.selectFrom('acks').select(['document_id', 'unit_id']).execute();
        expect(stored.map((r) => `${name.get(r.document_id)}@${r.unit_id}`).sort()).toEqual(['1@forestry', '2@forestry', '4@forestry', 'own@office']);
        const receipts = (await allChanges()).filter((c) => c.entity === 'ack' || c.entity === 'read');
        expect(receipts).toHaveLength(7);
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: true });
      });

      it('applies receipts after a mutation that failed inside the service, each once', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const [ok, broken] = [randomUUID(), randomUUID()];
        // A stray version row makes storing this document fail inside the database, so the batch
        // runs again with a savepoint a mutation.
        await storage.db.insertInto('document_versions').values({ document_id: broken, version: 1, seq: 0, data: '{}', bytes: 2 }).execute();
        const results = await pushMutations(storage, clerk, [docPut(ok), circulate(ok, 'office'), ack(ok), docPut(broken, 'hash-broken'), ack(ok), read(ok), read(ok)]);
        expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected', 'duplicate', 'applied', 'duplicate']);
        expect(await storage.db.selectFrom('acks').select('document_id').execute()).toEqual([{ document_id: ok }]);
        expect(await storage.db.selectFrom('reads').select('document_id').execute()).toEqual([{ document_id: ok }]);
      });

      it('tries a rejected mutation again when it is pushed again', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const doc = randomUUID();
        const circ = circulate(doc, 'forestry');
        expect((await pushMutations(storage, clerk, [circ]))[0].status).toBe('rejected');
        expect((await pushMutations(storage, clerk, [docPut(doc), circ])).map((r) => r.status)).toEqual(['applied', 'applied']);
        expect((await pushMutations(storage, clerk, [circ]))[0].status).toBe('duplicate');
      });

      it('shows each role only what it may see', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const forestry = await makeUser(storage, 'recipient', 'forestry');
        const water = await makeUser(storage, 'recipient', 'water');
        const supervisor = await makeUser(storage, 'supervisor', 'bureau');
        const doc = randomUUID();
        const other = randomUUID();
        const task = randomUUID();
        const results = [
          ...(await pushMutations(storage, clerk, [
            docPut(doc),
            docPut(other, 'hash-other'),
            circulate(doc, 'forestry'),
            mutation('task.create', { id: task, documentId: doc, decisionIndex: 0, text: 'Plant trees', leadUnitId: 'water', coUnitIds: ['forestry'] }),
          ])),
          ...(await pushMutations(storage, forestry, [ack(doc), mutation('task.update', { id: randomUUID(), taskId: task, kind: 'progress', note: 'begun' })])),
          ...(await pushMutations(storage, supervisor, [mutation('reminder.create', { id: randomUUID(), unitId: 'water', taskId: task, message: 'due soon' })])),
        ];
        expect(results.map((r) => r.status)).toEqual(Array(7).fill('applied'));

        const seen = async (who: { role: any; unitId: string }) =>
          (await pullChanges(storage.db, who, 0, 1000)).changes.filter((c) => c.entity !== 'unit').map((c) => c.entity);
        // The task circulates the document to act on: to water (new: the document delivered once,
        // then the circulation) and to forestry (its read copy upgraded, no document again). The
        // global log and the owner's clerks have each document version once.
        const all = ['document', 'document', 'circulation', 'circulation', 'circulation', 'task', 'ack', 'taskUpdate', 'reminder'];
        expect(await seen(supervisor)).toEqual(all);
        expect(await seen(clerk)).toEqual(all);
        expect(await seen(forestry)).toEqual(['document', 'circulation', 'circulation', 'task', 'ack', 'taskUpdate']);
        expect(await seen(water)).toEqual(['document', 'circulation', 'task', 'taskUpdate', 'reminder']);
        // Units see only their own document: never the one that was not circulated to them.
        const docsOf = async (who: { role: any; unitId: string }) =>
          (await pullChanges(storage.db, who, 0, 1000)).changes.filter((c) => c.entity === 'document').map((c) => (c.data as { id: string }).id);
        expect(await docsOf(forestry)).toEqual([doc]);
        expect(await docsOf(water)).toEqual([doc]);
        expect(await docsOf(makeViewer('recipient', 'bureau'))).toEqual([]);
        // The directory reaches everyone.
        const units = (await pullChanges(storage.db, water, 0, 1000)).changes.filter((c) => c.entity === 'unit');
        expect(units).toHaveLength(UNITS.length);
      });

      it('pages through the feed with since/limit, cursor and more', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const reader = await makeUser(storage, 'recipient', 'forestry');
        const docs = Array.from({ length: 30 }, () => randomUUID());
        await pushMutations(storage, clerk, docs.flatMap((d, i) => (i % 3 === 0 ? [docPut(d), circulate(d, 'forestry')] : [docPut(d)])));
        const collect = async (who: typeof clerk, limit: number) => {
          const all: number[] = [];
          let since = 0;
          let pages = 0;
          for (;;) {
            const page = await pullChanges(storage.db, who, since, limit);
            pages++;
            expect(page.changes.length).toBeLessThanOrEqual(limit);
            all.push(...page.changes.map((c) => c.seq));
            expect(page.cursor).toBe(page.changes.length ? page.changes[page.changes.length - 1].seq : since);
            since = page.cursor;
            if (!page.more) return { all, pages };
          }
        };
        const everything = (await allChanges()).map((c) => c.seq);
        const clerkFeed = await collect(clerk, 7);
        expect(clerkFeed.all).toEqual(everything);
        expect(clerkFeed.pages).toBe(Math.ceil(everything.length / 7));
        const readerFeed = await collect(reader, 4);
        const readerDocs = (await pullChanges(storage.db, reader, 0, 1000)).changes;
        expect(readerFeed.all).toEqual(readerDocs.map((c) => c.seq));
        expect(readerDocs.filter((c) => c.entity === 'circulation')).toHaveLength(10);
        const tail = await pullChanges(storage.db, reader, everything[everything.length - 1], 10);
        expect(tail).toEqual({ changes: [], cursor: everything[everything.length - 1], more: false });
      });

      it('chains an audit entry for every accepted change', async () => {
        const clerk = await makeUser(storage, 'clerk', 'office');
        const doc = randomUUID();
        const m = docPut(doc);
        await pushMutations(storage, clerk, [m, circulate(doc, 'forestry'), circulate(doc, 'nowhere')]);
        const entries = await recentAudit(storage.db, 2);
        expect(entries.map((e) => e.action)).toEqual(['circulation.create', 'document.put']);
        expect(entries[1]).toMatchObject({ actor: clerk.userId, clientAt: m.at, entity: 'document', entityId: doc });
        expect((await verifyAudit(storage.db)).ok).toBe(true);
        const count = await sql<{ n: number }>`select count(*) as n from audit`.execute(storage.db);
        expect(Number(count.rows[0].n)).toBe((await verifyAudit(storage.db)).entries);
      });
    });
  });
}
