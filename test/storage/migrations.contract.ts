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
import { circulate, docPut, makeUser, seedUnits, sha, UNITS } from './helpers';

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

    it('upgrades the version before the latest and keeps its data', async () => {
      const names = await migrationNames();
      expect(names.length).toBeGreaterThanOrEqual(2);
      const previous = names[names.length - 2];
      const storage = await open();
      try {
        const migrator = new Migrator({ db: storage.db, provider: migrationProvider });
        const down = await migrator.migrateTo(previous);
        expect(down.error).toBeUndefined();
        expect((await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name)).toEqual(names.slice(0, -1));

        // Rows written under the previous schema.
        await seedUnits(storage);
        const clerk = await makeUser(storage, 'clerk', 'office');
        const recipient = await makeUser(storage, 'recipient', 'forestry');
        const deviceId = randomUUID();
        await storage.write((tx) => addDevice(tx, recipient, { id: deviceId, name: 'old pc', tokenHash: sha('old token') }));
        const doc = randomUUID();
        const pushed = await pushMutations(storage, clerk, [docPut(doc), circulate(doc, 'forestry')]);
        expect(pushed.map((r) => r.status)).toEqual(['applied', 'applied']);
        const seqBefore = await lastSeq(storage.db);
        const feedBefore = await pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 0, 1000);

        await storage.migrate();

        expect((await migrator.getMigrations()).every((m) => m.executedAt)).toBe(true);
        expect(await listUnits(storage.db)).toEqual([...UNITS].sort((a, b) => a.id.localeCompare(b.id)));
        expect(await lastSeq(storage.db)).toBe(seqBefore);
        expect(await pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 0, 1000)).toEqual(feedBefore);
        expect(await verifyAudit(storage.db)).toMatchObject({ ok: true });
        const device = await storage.db.selectFrom('devices').selectAll().where('id', '=', deviceId).executeTakeFirstOrThrow();
        expect(device).toMatchObject({ name: 'old pc', revoked_at: null, revoked_by: null });
        expect(await principalByTokenHash(storage.db, sha('old token'))).toMatchObject({ userId: recipient.userId, deviceId });
        // The upgraded database takes new writes of both kinds.
        expect(await storage.write((tx) => revokeDevice(tx, deviceId, 'admin'))).toEqual({ alreadyRevoked: false });
        expect(await principalByTokenHash(storage.db, sha('old token'))).toBeUndefined();
        const again = await pushMutations(storage, clerk, [docPut(doc, 'hash-0002')]);
        expect(again[0].status).toBe('applied');
        const count = await storage.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(1);
      } finally {
        await storage.close();
      }
    });
  });
}
