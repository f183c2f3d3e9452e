import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../server/storage/audit';
import { lastSeq, pullChanges } from '../../server/storage/changes';
import type { Storage } from '../../server/storage/types';
import { pushMutations } from '../../server/sync/push';
import { circulate, docPut, draft, makeUser, mutation, seedUnits } from './helpers';

type Who = { role: 'clerk' | 'recipient' | 'supervisor' | 'admin'; unitId: string };

/** Per-unit feeds, documents stored once, byte-bounded pages, batches and refusals: on every engine. */
export function feedsContract(engine: string, open: () => Promise<Storage>) {
  describe(`feeds, pages and batches: ${engine}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
      await storage.migrate();
      await seedUnits(storage);
    });
    afterEach(async () => {
      await storage.close();
    });

    const pull = (who: Who, since = 0, limit = 1000, maxBytes?: number) => pullChanges(storage.db, who, since, limit, maxBytes);
    const nonUnit = async (who: Who, since = 0) => (await pull(who, since)).changes.filter((c) => c.entity !== 'unit');
    const count = async (q: string) => Number((await sql<{ n: number }>`${sql.raw(q)}`.execute(storage.db)).rows[0].n);
    const bigDoc = (id: string, hash: string, chars: number) => {
      const m = docPut(id, hash, `Big ${hash}`);
      (m.payload as { draft: { text: string } }).draft.text = 'x'.repeat(chars);
      return m;
    };

    it('delivers a document version to a unit once: the current one when first circulated, then each new one', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const forestry: Who = { role: 'recipient', unitId: 'forestry' };
      const doc = randomUUID();
      expect((await pushMutations(storage, clerk, [docPut(doc, 'hash-ver1', 'One'), docPut(doc, 'hash-ver2', 'Two')])).map((r) => r.status)).toEqual(['applied', 'applied']);
      expect(await nonUnit(forestry)).toEqual([]);
      await pushMutations(storage, clerk, [circulate(doc, 'forestry')]);
      const first = await pull(forestry);
      const got = first.changes.filter((c) => c.entity !== 'unit');
      expect(got.map((c) => [c.entity, (c.data as { version?: number }).version ?? null])).toEqual([['document', 2], ['circulation', null]]);
      // A new version reaches the unit once; a second circulation or an upgrade sends no copy.
      await pushMutations(storage, clerk, [docPut(doc, 'hash-ver3', 'Three'), circulate(doc, 'forestry', 'read'), circulate(doc, 'forestry', 'act')]);
      const next = await pull(forestry, first.cursor);
      expect(next.changes.map((c) => [c.entity, (c.data as { version?: number; kind?: string }).version ?? (c.data as { kind: string }).kind])).toEqual([
        ['document', 3],
        ['circulation', 'act'],
      ]);
      // Cursors move through the unit's own feed, strictly increasing.
      const seqs = [...first.changes, ...next.changes].map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(next.cursor).toBe(seqs[seqs.length - 1]);
      // Every version stored once; the log and the feeds only reference them.
      expect(await count(`select count(*) as n from document_versions where document_id = '${doc}'`)).toBe(3);
      expect(await count(`select count(*) as n from changes where data like '%hash-ver%'`)).toBe(0);
    });

    it('stores a document once however many units receive it', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const doc = randomUUID();
      const units = ['forestry', 'water', 'bureau', 'office'];
      await pushMutations(storage, clerk, [bigDoc(doc, 'hash-wide', 20_000), ...units.map((u) => circulate(doc, u))]);
      const stored = await count(`select coalesce(sum(length(data)), 0) as n from document_versions`);
      const logged = await count(`select coalesce(sum(length(data)), 0) as n from changes`);
      expect(stored).toBeGreaterThan(20_000);
      expect(stored).toBeLessThan(2 * 20_000);
      expect(logged).toBeLessThan(20_000);
      for (const u of units.slice(0, 3)) {
        const docs = (await pull({ role: 'recipient', unitId: u })).changes.filter((c) => c.entity === 'document');
        expect(docs.map((c) => (c.data as { draft: { text: string } }).draft.text.length)).toEqual([20_000]);
      }
    });

    it('bounds a page by bytes as well as count; a record larger than the budget comes alone', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const ids = Array.from({ length: 6 }, () => randomUUID());
      const sizes = [30_000, 30_000, 130_000, 10_000, 10_000, 10_000];
      const pushed = await pushMutations(storage, clerk, ids.flatMap((d, i) => [bigDoc(d, `hash-page-${i}`, sizes[i]), circulate(d, 'forestry')]));
      expect(new Set(pushed.map((r) => r.status))).toEqual(new Set(['applied']));
      for (const who of [{ role: 'recipient', unitId: 'forestry' }, { role: 'admin', unitId: 'bureau' }] as Who[]) {
        const budget = 70_000;
        const seen: number[] = [];
        let since = 0;
        for (;;) {
          const page = await pull(who, since, 100, budget);
          const bytes = JSON.stringify(page.changes).length;
          if (page.changes.length > 1) expect(bytes).toBeLessThanOrEqual(budget);
          else if (bytes > budget) expect((page.changes[0].data as { draft: { text: string } }).draft.text.length).toBe(130_000);
          seen.push(...page.changes.map((c) => c.seq));
          since = page.cursor;
          if (!page.more) break;
        }
        expect(seen).toEqual((await pull(who)).changes.map((c) => c.seq));
        const docs = (await pull(who)).changes.filter((c) => c.entity === 'document');
        expect(docs).toHaveLength(6);
      }
    });

    it('refuses a document over the size limit, naming the limit; its batch-mates apply', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const small = randomUUID();
      const big = randomUUID();
      const results = await pushMutations(storage, clerk, [bigDoc(big, 'hash-huge', 50_000), docPut(small)], { limits: { maxDocumentBytes: 20_000 } });
      expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/over the limit of 20000 bytes \(MAX_DOCUMENT_BYTES\)/) });
      expect(results[1].status).toBe('applied');
      expect(await count(`select count(*) as n from documents`)).toBe(1);
    });

    it('applies a batch with a savepoint per mutation: one failing leaves the others applied and numbers without gaps', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const broken = randomUUID();
      const ok = randomUUID();
      // A stray version row makes storing this document fail inside the database.
      await storage.db.insertInto('document_versions').values({ document_id: broken, version: 1, seq: 0, data: '{}', bytes: 2 }).execute();
      const before = await lastSeq(storage.db);
      const auditBefore = (await verifyAudit(storage.db)).entries;
      const failures: string[] = [];
      const results = await pushMutations(storage, clerk, [docPut(ok), docPut(broken, 'hash-broken'), circulate(ok, 'water')], {
        onError: (id) => failures.push(id),
      });
      expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
      expect(results[1].reason).toMatch(/failed to apply/);
      expect(failures).toEqual([results[1].id]);
      expect(await storage.db.selectFrom('documents').select('id').execute()).toEqual([{ id: ok }]);
      const log = (await pull({ role: 'admin', unitId: 'bureau' }, before)).changes;
      expect(log.map((c) => c.entity)).toEqual(['document', 'circulation']);
      // The delivery to water took a number of its own: the log has a gap there, the counter none.
      expect(await lastSeq(storage.db)).toBe(before + 3);
      expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: auditBefore + 2 });
    });

    it('undoes a savepoint entirely: rows, change numbers and audit entries', async () => {
      const seqs = await storage.write(async (tx) => {
        const a = await tx.change({ entity: 'unit', entityId: 'a', data: {} });
        await tx.audit({ actor: 't', action: 'a', entity: 'unit', entityId: 'a', data: {} });
        await expect(
          tx.savepoint(async () => {
            await tx.change({ entity: 'unit', entityId: 'b', data: {} });
            await tx.audit({ actor: 't', action: 'b', entity: 'unit', entityId: 'b', data: {} });
            throw new Error('no');
          }),
        ).rejects.toThrow('no');
        const c = await tx.savepoint(() => tx.change({ entity: 'unit', entityId: 'c', data: {} }));
        await tx.audit({ actor: 't', action: 'c', entity: 'unit', entityId: 'c', data: {} });
        return [a, c];
      });
      const before = 4; // the seeded directory
      expect(seqs).toEqual([before + 1, before + 2]);
      expect((await pull({ role: 'admin', unitId: 'x' }, before)).changes.map((c) => c.seq)).toEqual([before + 1, before + 2]);
      expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: before + 2 });
    });

    it('keeps rows written before a savepoint when a flush inside it is undone', async () => {
      const before = 4; // the seeded directory
      await storage.write(async (tx) => {
        await tx.change({ entity: 'unit', entityId: 'a', data: {} });
        await tx.audit({ actor: 't', action: 'a', entity: 'unit', entityId: 'a', data: {} });
        await expect(
          tx.savepoint(async () => {
            await tx.change({ entity: 'unit', entityId: 'b', data: {} });
            await tx.flush();
            throw new Error('no');
          }),
        ).rejects.toThrow('no');
        await tx.change({ entity: 'unit', entityId: 'c', data: {} });
      });
      const log = await storage.db.selectFrom('changes').select(['seq', 'entity_id']).where('seq', '>', before).orderBy('seq').execute();
      expect(log.map((c) => [Number(c.seq), c.entity_id])).toEqual([
        [before + 1, 'a'],
        [before + 2, 'c'],
      ]);
      expect(await lastSeq(storage.db)).toBe(before + 2);
      expect(await verifyAudit(storage.db)).toEqual({ ok: true, entries: before + 1 });
    });

    it('records a mutation id rejected and then applied in the same batch once, as applied', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const doc = randomUUID();
      const c = circulate(doc, 'water');
      // Circulating before the document exists is refused; the same id after it is applied.
      const results = await pushMutations(storage, clerk, [c, docPut(doc), c]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'applied', 'applied']);
      const rows = await storage.db.selectFrom('applied_mutations').select(['id', 'status']).where('id', '=', c.id).execute();
      expect(rows).toEqual([{ id: c.id, status: 'applied' }]);
    });

    it('stores unit and device names without control characters', async () => {
      const { upsertUnits, listUnits } = await import('../../server/storage/units');
      const { addDevice, listDevices } = await import('../../server/storage/users');
      await storage.write((tx) => upsertUnits(tx, [{ id: 'roads', name: 'Roads\u0000\u0007 Bureau\n', aliases: ['路政\u001b局', '\u0000'] }], 'cli'));
      expect((await listUnits(storage.db)).find((u) => u.id === 'roads')).toEqual({ id: 'roads', name: 'Roads Bureau', aliases: ['路政 局'] });
      const user = await makeUser(storage, 'recipient', 'roads');
      await storage.write((tx) => addDevice(tx, user, { id: 'dev-x', name: 'pc\u0000\r\nname', tokenHash: 'x'.repeat(64) }));
      expect((await listDevices(storage.db, user.userId)).map((d) => d.name)).toEqual(['pc name']);
    });

    it('refuses every input an engine could not store, with the same answer on each engine', async () => {
      const clerk = await makeUser(storage, 'clerk', 'office');
      const doc = randomUUID();
      await pushMutations(storage, clerk, [docPut(doc)]);
      const raw = (type: string, payload: Record<string, unknown>) => ({ id: randomUUID(), type, at: new Date().toISOString(), payload });
      const bad = [
        raw('document.put', { ...docPut(randomUUID()).payload, title: 'nul \u0000 byte' }),
        raw('document.put', { ...docPut(randomUUID()).payload, url: 'https://x/\u0007' }),
        raw('document.put', { ...docPut(randomUUID()).payload, title: 'lone \uD800 surrogate' }),
        raw('task.create', { id: randomUUID(), documentId: doc, decisionIndex: 2 ** 31, text: 'x', leadUnitId: 'water' }),
        raw('task.create', { id: randomUUID(), documentId: doc, decisionIndex: 0, text: 'x'.repeat(5001), leadUnitId: 'water' }),
        raw('circulation.create', { id: randomUUID(), documentId: doc, unitId: 'wat\u0000er', kind: 'read' }),
        raw('reminder.create', { id: randomUUID(), unitId: 'water', message: 'x\u001b[31m' }),
        raw('document.put', { ...docPut(randomUUID()).payload, draft: { ...draft(), fields: { title: { confidence: 2 } } } }),
        raw('document.delete', { id: doc }),
        { id: randomUUID(), type: 'ack.create', at: 'yesterday', payload: { id: randomUUID(), documentId: doc } },
      ];
      const good = mutation('task.create', { id: randomUUID(), documentId: doc, decisionIndex: 0, text: 'line one\n\tline two\r\n', leadUnitId: 'water' });
      const results = await pushMutations(storage, clerk, [...bad, good]);
      expect(results.slice(0, -1).map((r) => [r.status, typeof r.reason === 'string' && r.reason.startsWith('invalid mutation: ')])).toEqual(bad.map(() => ['rejected', true]));
      expect(results[0].reason).toMatch(/payload\.title: must not contain control characters/);
      expect(results[3].reason).toMatch(/payload\.decisionIndex/);
      expect(results[results.length - 1]).toEqual({ id: good.id, status: 'applied' });
      expect(await count(`select count(*) as n from documents`)).toBe(1);
    });
  });
}
