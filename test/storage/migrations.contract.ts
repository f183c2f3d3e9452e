import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../server/storage/audit';
import { lastSeq, pullChanges } from '../../server/storage/changes';
import { migrationProvider } from '../../server/storage/migrations';
import type { Storage } from '../../server/storage/types';
import { listUnits } from '../../server/storage/units';
import { addDevice, principalByTokenHash, revokeDevice } from '../../server/storage/users';
import { pushMutations } from '../../server/sync/push';
import type { Role } from '../../shared/schemas';
import { circulate, docPut, makeUser, sha, UNITS } from './helpers';
import { LEGACY, seedLegacy } from './legacy-rows';

const migrationNames = async () => Object.keys(await migrationProvider.getMigrations()).sort();

/** Schema upgrades on each engine: from nothing, and from the version before the latest with data in it. */
export function migrationContract(engine: string, open: () => Promise<Storage>) {
  describe(`migrations: ${engine}`, () => {
    it('brings an empty database to the latest version', async () => {
      const storage = await open();
      try {
        await storage.migrate();
        const state = await new Migrator({ db: storage.db, provider: migrationProvider }).getMigrations();
        expect(state.map((m) => [m.name, m.executedAt instanceof Date])).toEqual((await migrationNames()).map((n) => [n, true]));
        expect(await lastSeq(storage.db)).toBe(0);
        // The latest schema is in place: a device can be revoked by name of who did it.
        await storage.db.selectFrom('devices').select(['id', 'revoked_by']).execute();
      } finally {
        await storage.close();
      }
    });

    it('upgrades a 0002 database: documents stored once, each change in the feeds its readers had', async () => {
      const storage = await open();
      try {
        const migrator = new Migrator({ db: storage.db, provider: migrationProvider });
        expect((await migrator.migrateTo('0002_device_revocation')).error).toBeUndefined();
        const last = await seedLegacy(storage.db);

        await storage.migrate();

        expect((await migrator.getMigrations()).every((m) => m.executedAt)).toBe(true);
        expect(await lastSeq(storage.db)).toBe(last);
        const feed = async (role: Role, unitId: string) =>
          (await pullChanges(storage.db, { role, unitId }, 0, 1000)).changes.map((c) => [c.seq, c.entity, (c.data as { version?: number }).version ?? null]);
        const units: [number, string, null][] = [1, 2, 3, 4].map((n) => [n, 'unit', null]);
        // forestry: its circulation, the copy sent with it (now version 1 delivered), version 2, its ack, its reminder.
        expect(await feed('recipient', 'forestry')).toEqual([...units, [6, 'circulation', null], [7, 'document', 1], [8, 'document', 2], [9, 'ack', null], [14, 'reminder', null]]);
        // water: its task circulation and the version sent with it, the task and its update.
        expect(await feed('recipient', 'water')).toEqual([...units, [10, 'circulation', null], [11, 'document', 2], [12, 'task', null], [13, 'taskUpdate', null]]);
        // The owner's clerk: everything about the document, each version once.
        expect((await feed('clerk', 'office')).map((c) => c[0])).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14]);
        // The global log has no copies left; the versions are stored once.
        expect((await feed('supervisor', 'bureau')).map((c) => c[0])).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14]);
        expect(await storage.db.selectFrom('document_versions').select(['version', 'seq']).orderBy('version').execute()).toEqual([
          { version: 1, seq: 5 },
          { version: 2, seq: 8 },
        ]);
        const [document] = (await pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 7, 1)).changes;
        expect(document.data).toMatchObject({ id: LEGACY.doc, version: 2, title: 'Second', draft: { title: 'Second' } });

        // The upgraded database takes new writes: the next version reaches both units once.
        const clerk = await makeUser(storage, 'clerk', 'office');
        const pushed = await pushMutations(storage, clerk, [docPut(LEGACY.doc, 'hash-legacy-3', 'Third')]);
        expect(pushed.map((r) => r.status)).toEqual(['applied']);
        for (const unit of ['forestry', 'water']) {
          const news = (await pullChanges(storage.db, { role: 'recipient', unitId: unit }, last, 100)).changes;
          expect(news.map((c) => [c.entity, (c.data as { version: number }).version])).toEqual([['document', 3]]);
        }
        // A mutation id applied before the upgrade (no content hash kept) is still a duplicate.
        expect(await pushMutations(storage, clerk, [docPut(LEGACY.doc, 'hash-legacy-4', 'Other', LEGACY.mutation)])).toEqual([{ id: LEGACY.mutation, status: 'duplicate' }]);
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: true });
      } finally {
        await storage.close();
      }
    });

    it('upgrades from 0003 (the first schema of this write path) to the latest and keeps its data', async () => {
      const names = await migrationNames();
      const storage = await open();
      try {
        const migrator = new Migrator({ db: storage.db, provider: migrationProvider });
        expect((await migrator.migrateTo('0003_feeds')).error).toBeUndefined();
        expect((await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name)).toEqual(names.slice(0, names.indexOf('0003_feeds') + 1));

        // Units as that schema held them (no parent, no status: migration 0009 adds those, and the
        // write path of today reads them, so the document is circulated after the upgrade).
        for (const u of UNITS) {
          await storage.db.insertInto('units').values({ id: u.id, name: u.name, aliases: JSON.stringify(u.aliases), updated_at: '2026-01-01T00:00:00.000Z' } as never).execute();
        }
        const clerk = await makeUser(storage, 'clerk', 'office');
        const recipient = await makeUser(storage, 'recipient', 'forestry');
        const deviceId = randomUUID();
        await storage.write((tx) => addDevice(tx, recipient, { id: deviceId, name: 'old pc', tokenHash: sha('old token') }));
        const doc = randomUUID();
        const pushed = await pushMutations(storage, clerk, [docPut(doc)]);
        expect(pushed.map((r) => r.status)).toEqual(['applied']);
        const seqBefore = await lastSeq(storage.db);
        const feedBefore = await pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 0, 1000);

        await storage.migrate();

        expect((await migrator.getMigrations()).every((m) => m.executedAt)).toBe(true);
        expect(await listUnits(storage.db)).toEqual([...UNITS].sort((a, b) => a.id.localeCompare(b.id)));
        expect(await lastSeq(storage.db)).toBe(seqBefore);
        expect(await pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 0, 1000)).toEqual(feedBefore);
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: true });
        expect(await principalByTokenHash(storage.db, sha('old token'))).toMatchObject({ userId: recipient.userId, deviceId });
        expect(await storage.write((tx) => revokeDevice(tx, deviceId, 'admin'))).toEqual({ alreadyRevoked: false });
        expect(await principalByTokenHash(storage.db, sha('old token'))).toBeUndefined();
        const again = await pushMutations(storage, clerk, [docPut(doc, 'hash-0002'), circulate(doc, 'forestry')]);
        expect(again.map((r) => r.status)).toEqual(['applied', 'applied']);
        const count = await storage.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(1);
      } finally {
        await storage.close();
      }
    });
  });
}
