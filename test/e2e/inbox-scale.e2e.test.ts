// The Inbox with a few hundred copies, in real Chromium with the built extension against a real
// service process: the first sync stores every copy, the Inbox shows the newest 50 and loads 50 more
// on request, the badge counts what is not acknowledged, and an acknowledgement updates its item.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCirculated, seededId, seededTitle } from '../../bench/extension-seed';
import { enrollDevice, pullAll } from './support/api';
import { enroll, Profile } from './support/browser';
import { startDemoService, type Service } from './support/service';

const COUNT = 300;
const UNIT = 'forestry';

/** Counts rows of the extension's IndexedDB tables, from one of its pages. */
function countRows(page: Page, tables: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('circulate');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const n of names) {
            const r = tx.objectStore(n).count();
            r.onsuccess = () => (out[n] = r.result);
          }
          tx.oncomplete = () => (db.close(), done(out));
          tx.onerror = () => fail(tx.error);
        };
      }),
    tables,
  );
}

describe('inbox at scale', () => {
  let service: Service;
  let supervisorToken: string;
  let recipient: Profile;
  let panel: Page;
  const titles = () => panel.getByTestId('inbox-title').allTextContents();

  beforeAll(async () => {
    ({ service, supervisorToken } = await startDemoService());
    const code = service.enrollCode('county-npc', 'clerk');
    // The admin command blocks for seconds, long enough for the service to close the idle pooled
    // connection; a harmless request first lets a closed one be dropped before the single-use code goes.
    await fetch(`${service.url}/healthz`).catch(() => undefined);
    const clerk = await enrollDevice(service.url, code, 'scale clerk');
    await seedCirculated(service.url, clerk.token, UNIT, COUNT, 100);
    recipient = await new Profile().launch();
    panel = await recipient.openPanel();
    await enroll(panel, service, service.enrollCode(UNIT, 'recipient'));
  });

  afterAll(async () => {
    await recipient?.close();
    recipient?.dispose();
    await service?.dispose();
  });

  it('syncs every copy once and counts them on the badge', async () => {
    await expect.poll(() => recipient.badgeText(), { timeout: 60_000, interval: 250 }).toBe(String(COUNT));
    // One document row and one Inbox copy each: a document is stored once, not per circulation.
    expect(await countRows(panel, ['documents', 'copies', 'circulations'])).toEqual({ documents: COUNT, copies: COUNT, circulations: COUNT });
  });

  it('shows the newest 50, and "more" loads the next 50', async () => {
    await panel.getByTestId('tab-inbox').click();
    await expect.poll(async () => (await titles()).length, { timeout: 30_000 }).toBe(50);
    const first = await titles();
    expect(first[0]).toBe(seededTitle(COUNT - 1));
    expect(first[49]).toBe(seededTitle(COUNT - 50));
    await panel.getByTestId('inbox-more').click();
    await expect.poll(async () => (await titles()).length, { timeout: 30_000 }).toBe(100);
    expect((await titles())[99]).toBe(seededTitle(COUNT - 100));
    // Opening a copy reads its draft.
    await panel.getByTestId('inbox-title').nth(60).click();
    await expect.poll(() => panel.getByTestId('inbox-details').textContent(), { timeout: 30_000 }).toContain(`item ${COUNT - 61} `);
  });

  it('an acknowledgement updates its own item and the badge, and reaches the service', async () => {
    const id = seededId(COUNT - 3);
    const item = panel.locator(`[data-testid="inbox-item"][data-doc-id="${id}"]`);
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor({ timeout: 30_000 });
    // Its neighbours are untouched: still to acknowledge, and the list keeps its length and order.
    expect(await panel.getByTestId('inbox-acked').count()).toBe(1);
    expect(await panel.getByTestId('inbox-ack').count()).toBe(99);
    expect((await titles())[2]).toBe(seededTitle(COUNT - 3));
    await expect.poll(() => recipient.badgeText(), { timeout: 30_000, interval: 250 }).toBe(String(COUNT - 1));
    await expect
      .poll(async () => (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === 'ack').map((c) => c.data.documentId), { timeout: 60_000, interval: 500 })
      .toEqual([id]);
  });
});
