import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CirculateDb } from '../../extension/db';
import { LEGACY_PENDING_ALIASES, SCHEMA_V1, SCHEMA_V4_ADDS } from '../../extension/db/database';
import { pendingEntries, rememberAliases } from '../../extension/sync';
import { chosenAliases, formFromDraft } from '../../extension/ui/capture/model';
import { draft } from './fixtures';

const UNITS = [
  { id: 'forestry', name: 'County Forestry Bureau', aliases: ['林业局'] },
  { id: 'party', name: 'County Party Committee Office', aliases: ['the county party committee'] },
];

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-aliases-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("a clerk's choice of unit becomes an alias", () => {
  it('picks only names mapped by hand to a unit the directory did not match', () => {
    const form = formFromDraft({
      ...draft(),
      recipients: [
        { name: 'the county party committee', role: 'copy' },
        { name: '县林业局', role: 'copy' },
        { name: '县水利局', role: 'copy' },
      ],
    });
    form.recipients[1].unitId = 'forestry'; // chosen by hand
    form.recipients[0].unitId = 'party'; // the same as the directory's own match
    expect(chosenAliases(form, UNITS)).toEqual([{ unitId: 'forestry', alias: '县林业局' }]);
  });

  it('sends choices through the outbox, where a refusal stays with its reason', async () => {
    const actor = { userId: 'clerk-1', unitId: 'office' };
    await rememberAliases(db, [{ unitId: 'forestry', alias: '县林业局' }, { unitId: 'party', alias: '县委' }], actor);
    const queued = await pendingEntries(db);
    expect(queued.map((e) => [e.type, e.payload.unitId, e.payload.alias])).toEqual([
      ['unit.alias', 'forestry', '县林业局'],
      ['unit.alias', 'party', '县委'],
    ]);
    await rememberAliases(db, [], actor);
    expect(await pendingEntries(db)).toHaveLength(2);
  });

  it('moves choices an older version kept in meta into the outbox when the database upgrades', async () => {
    const name = `t-aliases-upgrade-${n++}`;
    const old = new Dexie(name);
    old.version(4).stores({ ...SCHEMA_V1, units: 'id, name, *keys', captures: 'id, capturedAt', captureEdits: 'documentId, url', ...SCHEMA_V4_ADDS });
    await old.open();
    await old.table('meta').put({ key: LEGACY_PENDING_ALIASES, value: [{ unitId: 'forestry', alias: ' 县林业局 ' }, { unitId: '', alias: 'x' }] });
    old.close();
    const upgraded = new CirculateDb(name);
    try {
      await upgraded.open();
      expect((await pendingEntries(upgraded)).map((e) => [e.type, e.payload.unitId, e.payload.alias])).toEqual([['unit.alias', 'forestry', '县林业局']]);
      expect(await upgraded.meta.get(LEGACY_PENDING_ALIASES)).toBeUndefined();
      expect(await upgraded.proposals.count()).toBe(0);
    } finally {
      await upgraded.delete();
    }
  });
});
