import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { flushAliases, pendingAliases, rememberAliases } from '../../extension/sync';
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

  it('keeps choices until the service answers, and drops the ones it refuses with the reason', async () => {
    await rememberAliases(db, [{ unitId: 'forestry', alias: '县林业局' }, { unitId: 'party', alias: '县委' }]);
    await rememberAliases(db, [{ unitId: 'forestry', alias: '县林业局' }]);
    expect(await pendingAliases(db)).toHaveLength(2);

    const offline = { server: 'http://svc', token: 't', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch };
    await expect(flushAliases(db, offline)).rejects.toThrow(/unreachable/);
    expect(await pendingAliases(db)).toHaveLength(2);

    const calls: { url: string; body: unknown }[] = [];
    const online = {
      server: 'http://svc/',
      token: 't',
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, body: JSON.parse(String(init.body)) });
        return url.includes('/party/')
          ? new Response(JSON.stringify({ error: { code: 'conflict', message: 'alias names another unit' } }), { status: 409 })
          : new Response(JSON.stringify({ unit: {} }), { status: 201 });
      }) as unknown as typeof fetch,
    };
    expect(await flushAliases(db, online)).toEqual({ sent: 1, refused: ['县委: alias names another unit'] });
    expect(calls).toEqual([
      { url: 'http://svc/api/units/forestry/aliases', body: { alias: '县林业局' } },
      { url: 'http://svc/api/units/party/aliases', body: { alias: '县委' } },
    ]);
    expect(await pendingAliases(db)).toEqual([]);
  });
});
