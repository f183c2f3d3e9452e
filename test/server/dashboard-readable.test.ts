// The progress list and matrix as a bureau reads them, on both engines: the person's own
// acknowledgement time in the bureau's zone, read and acknowledged apart, and the list filtered by
// issuer, unit, state and title words in SQL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, read } from './mutations';

const ORIGIN = 'http://localhost';
const engines = [
  ['sqlite', () => undefined],
  ['postgres', () => async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'readable'), 2)],
] as const;

describe.each(engines)('readable dashboard on %s', (_engine, open) => {
  let t: TestApp;
  let cookie: string;
  const flood = randomUUID();
  const roads = randomUUID();
  const draft = randomUUID();

  beforeEach(async () => {
    t = await testApp({}, open());
    const clerk = (await t.enroll('clerk', 'office')).token;
    const forestryClerk = (await t.enroll('clerk', 'forestry')).token;
    const forestry = (await t.enroll('recipient', 'forestry')).token;
    const water = (await t.enroll('recipient', 'water')).token;
    await t.push(clerk, [docPut(flood, 'hash-flood-01', '防汛工作会议纪要'), circulate(flood, 'forestry'), circulate(flood, 'water')]);
    await t.push(forestryClerk, [docPut(roads, 'hash-roads-01', '道路 100% 整治_纪要'), circulate(roads, 'water')]);
    await t.push(clerk, [docPut(draft, 'hash-draft-01', '未传阅的纪要')]);
    // The person acknowledged at 00:30 on 30 November in Shanghai (16:30 UTC the day before).
    expect((await t.push(forestry, [{ ...ack(flood), at: '2026-11-29T16:30:00.000Z' }]))[0].status).toBe('applied');
    expect((await t.push(water, [read(flood), ack(roads)])).map((r) => r.status)).toEqual(['applied', 'applied']);
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('supervisor', 'bureau')}`,
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterEach(() => t.close());

  const html = async (path: string, lang?: 'en') => {
    const res = await t.app.request(`${ORIGIN}${path}`, { headers: { cookie: lang ? `${cookie}; circulate_lang=en` : cookie } });
    expect(res.status).toBe(200);
    return res.text();
  };
  const docsOn = (page: string) => [...page.matchAll(/<section class="doc" data-doc-id="([^"]+)"/g)].map((m) => m[1]);

  it("shows the person's acknowledgement time in the bureau's zone and the page's language", async () => {
    const zh = await html('/');
    expect(zh).toMatch(new RegExp(`data-doc-id="${flood}"[\\s\\S]*?data-unit-id="forestry"[^>]*>[\\s\\S]*?已签收 2026/11/30 00:30`));
    expect(await html('/', 'en')).toContain('Acknowledged 30 Nov 2026, 00:30');
    expect(zh).not.toMatch(/UTC/);
  });

  it('shows read and acknowledged apart in the matrix', async () => {
    const page = await html('/matrix');
    expect(page).toMatch(new RegExp(`<tr data-unit-id="water">.*?data-doc-id="${flood}" data-status="pending" data-read="read"[^>]*>◐ 已读未签收`, 's'));
    expect(page).toMatch(new RegExp(`<tr data-unit-id="forestry">.*?data-doc-id="${flood}" data-status="acknowledged" data-read="unread"[^>]*>✓ 已签收`, 's'));
  });

  it('filters the list by issuer, unit, state and title words, and keeps the filter in the export', async () => {
    expect(docsOn(await html('/?issuer=forestry'))).toEqual([roads]);
    expect(docsOn(await html('/?unit=forestry'))).toEqual([flood]);
    expect(docsOn(await html('/?state=pending'))).toEqual([flood]);
    expect(docsOn(await html('/?state=acknowledged'))).toEqual([roads]);
    expect(docsOn(await html('/?state=none'))).toEqual([draft]);
    expect(docsOn(await html('/?q=防汛'))).toEqual([flood]);
    // LIKE's wildcards typed in the search box are plain characters.
    expect(docsOn(await html('/?q=100%25'))).toEqual([roads]);
    expect(docsOn(await html('/?q=_%E7%BA%AA'))).toEqual([roads]);
    expect(docsOn(await html('/?q=&issuer=&unit=&state=&from=&to='))).toHaveLength(3);
    const past = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    expect(docsOn(await html(`/?to=${past}`))).toEqual([]);
    const csv = await (await t.app.request(`${ORIGIN}/documents.csv?unit=forestry`, { headers: { cookie } })).text();
    expect(new Set(csv.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]))).toEqual(new Set([flood]));
    const bad = await t.app.request(`${ORIGIN}/?state=lost`, { headers: { cookie } });
    expect(bad.status).toBe(400);
  });
});
