// The whole path on real parts: a clerk captures the seed minutes page with the built extension in
// Chromium and circulates it; a recipient in a second profile acknowledges it; the dashboard shows it.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackMutation, enrollDevice, pullAll, push, type Change } from './support/api';
import { enroll, Profile, screenshotsDir } from './support/browser';
import { startDemoService, type Service } from './support/service';

const SEED_TITLE = 'XXX Letters and Visits Leading Group Meeting Minutes';
const READER_UNIT = 'party-committee'; // "the county party committee" on the seed's copy-to line

describe('capture → circulate → acknowledge → dashboard', () => {
  let service: Service;
  let clerk: Profile;
  let recipient: Profile;
  let supervisorToken: string;
  let documentId: string;

  const changes = async (entity: string): Promise<Change[]> =>
    (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === entity);

  beforeAll(async () => {
    ({ service, supervisorToken } = await startDemoService());
    [clerk, recipient] = await Promise.all([new Profile().launch(), new Profile().launch()]);
  });

  afterAll(async () => {
    await Promise.allSettled([clerk?.close(), recipient?.close()]);
    clerk?.dispose();
    recipient?.dispose();
    await service?.dispose();
  });

  it('the clerk captures the seed page and circulates it', async () => {
    const panel = await clerk.openPanel();
    await enroll(panel, service, service.enrollCode('letters-office', 'clerk'));

    const portal = await clerk.ctx.newPage();
    await portal.goto(`${service.url}/demo/seed-letters-visits-en.html`);
    await clerk.clickAction(portal);

    await panel.bringToFront();
    await panel.getByTestId('tab-capture').click();
    await clerk.whenCaptured(panel);
    await expect.poll(() => panel.getByTestId('capture-title').inputValue(), { timeout: 20_000 }).toBe(SEED_TITLE);
    await expect.poll(() => panel.getByTestId('capture-decision').count()).toBe(2);
    await expect.poll(() => panel.getByTestId('capture-recipient').count()).toBe(7);

    // The copy-to name printed on the page is matched to the directory unit by its alias.
    const rows = panel.getByTestId('capture-recipient');
    const names = await rows.evaluateAll((els) => els.map((el) => el.querySelector('input')?.value ?? ''));
    expect(names).toContain('the county party committee');
    const row = rows.nth(names.indexOf('the county party committee'));
    await expect.poll(() => row.getByTestId('capture-unit').inputValue()).toBe(READER_UNIT);

    await panel.getByTestId('capture-save').click();
    await panel.getByTestId('capture-circulate').click();
    await panel.getByTestId('capture-confirm-go').click();

    await expect
      .poll(async () => (await changes('circulation')).map((c) => c.data.unitId), { timeout: 30_000 })
      .toContain(READER_UNIT);
    const docs = await changes('document');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs[0].data.title).toBe(SEED_TITLE);
    documentId = docs[0].data.id as string;
  });

  it('a recipient of a copy-to unit sees it in the inbox and acknowledges it', async () => {
    const panel = await recipient.openPanel();
    await enroll(panel, service, service.enrollCode(READER_UNIT, 'recipient'));
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-inbox').click();

    const item = panel.locator(`[data-testid="inbox-item"][data-doc-id="${documentId}"]`);
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('inbox-title').textContent()).toContain(SEED_TITLE);
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor({ timeout: 10_000 });

    await expect
      .poll(async () => (await changes('ack')).map((c) => [c.data.documentId, c.data.unitId]), { timeout: 30_000 })
      .toEqual([[documentId, READER_UNIT]]);
  });

  it('the dashboard shows the unit as acknowledged', async () => {
    const page = await clerk.ctx.newPage();
    await page.goto(`${service.url}/login`);
    await page.locator('input[name="code"]').fill(service.enrollCode('supervision', 'supervisor'));
    await Promise.all([page.waitForURL(`${service.url}/`), page.locator('form[data-form="code"] [type="submit"]').click()]);

    const unit = page.locator(`[data-doc-id="${documentId}"] [data-unit-id="${READER_UNIT}"]`);
    await unit.waitFor();
    expect(await unit.getAttribute('data-status')).toBe('acknowledged');
    expect(await page.locator(`[data-doc-id="${documentId}"]`).textContent()).toContain(SEED_TITLE);
    await page.setViewportSize({ width: 1100, height: 700 });
    mkdirSync(screenshotsDir, { recursive: true });
    await page.screenshot({ path: resolve(screenshotsDir, 'dashboard.png'), fullPage: true });
  });

  it('acknowledging the same copy again changes nothing', async () => {
    const before = await changes('ack');
    const second = await enrollDevice(service.url, service.enrollCode(READER_UNIT, 'recipient'), 'second device');

    const again = ackMutation(documentId);
    expect((await push(service.url, second.token, [again])).results[0].status).toBe('duplicate');
    // The very same mutation retried is a duplicate too.
    expect((await push(service.url, second.token, [again])).results[0].status).toBe('duplicate');

    expect(await changes('ack')).toEqual(before);
  });
});
