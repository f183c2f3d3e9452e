// A name on the distribution list that the directory lacks, on real parts: the clerk proposes it as
// a unit in the side panel and circulates; an admin approves it on the dashboard; the new unit's
// recipient receives the waiting copy and acknowledges it. A proposal the admin rejects shows its
// reason in the clerk's Sent view.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, pullAll, push, type Change } from './support/api';
import { enroll, Profile } from './support/browser';
import { startDemoService, type Service } from './support/service';

const UNKNOWN = 'the key units involved'; // on the seed page's copy-to line, in no directory

describe('a clerk proposes a unit, an admin approves it, its recipient acknowledges', () => {
  let service: Service;
  let clerk: Profile;
  let recipient: Profile;
  let supervisorToken: string;
  let proposalId: string;
  let documentId: string;

  const changes = async (entity: string): Promise<Change[]> => (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === entity);

  /** The dashboard's admin page, signed in with a fresh admin code. */
  async function adminPage(): Promise<Page> {
    const page = await clerk.ctx.newPage();
    await page.goto(`${service.url}/login`);
    await page.locator('input[name="code"]').fill(service.enrollCode('supervision', 'admin'));
    await Promise.all([page.waitForURL(`${service.url}/`), page.locator('form[data-form="code"] [type="submit"]').click()]);
    await page.goto(`${service.url}/admin`);
    return page;
  }

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

  it('marks the unknown name, proposes it, and circulates after naming who will receive it', async () => {
    const panel = await clerk.openPanel();
    await enroll(panel, service, service.enrollCode('letters-office', 'clerk'));
    const portal = await clerk.ctx.newPage();
    await portal.goto(`${service.url}/demo/seed-letters-visits-en.html`);
    await clerk.clickAction(portal);
    await panel.bringToFront();
    await panel.getByTestId('tab-capture').click();
    await clerk.whenCaptured(panel);
    await expect.poll(() => panel.getByTestId('capture-recipient').count(), { timeout: 20_000 }).toBe(7);

    const rows = panel.getByTestId('capture-recipient');
    const names = await rows.evaluateAll((els) => els.map((el) => el.querySelector('input')?.value ?? ''));
    const states = await panel.getByTestId('capture-unit-state').evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
    // Every other name is in the directory; this one is marked, not dropped.
    expect(states.slice(-7).filter((s) => s === 'unknown')).toHaveLength(1);
    const row = rows.nth(names.indexOf(UNKNOWN));
    expect(await row.getByTestId('capture-unit-state').getAttribute('data-state')).toBe('unknown');
    await row.getByTestId('capture-propose').click();
    await expect.poll(() => row.getByTestId('capture-unit-state').getAttribute('data-state')).toBe('proposed');

    await panel.getByTestId('capture-circulate').click();
    const confirm = panel.getByTestId('capture-confirm');
    await confirm.waitFor();
    expect(await confirm.getByTestId('confirm-unreached').count()).toBe(0);
    const reach = await confirm.getByTestId('confirm-reach').allTextContents();
    expect(reach.some((r) => r.includes(UNKNOWN))).toBe(true);
    await confirm.getByTestId('capture-confirm-go').click();

    await expect.poll(async () => (await changes('unitProposal')).map((c) => c.data.name), { timeout: 30_000 }).toEqual([UNKNOWN]);
    proposalId = (await changes('unitProposal'))[0].data.id as string;
    await expect.poll(async () => (await changes('circulation')).map((c) => c.data.unitId), { timeout: 30_000 }).toContain(proposalId);
    documentId = (await changes('circulation')).find((c) => c.data.unitId === proposalId)!.data.documentId as string;
  });

  it('the admin approves it on the dashboard; the waiting copy reaches its recipient, who acknowledges', async () => {
    const page = await adminPage();
    const proposal = page.locator(`tr[data-proposal-id="${proposalId}"]`);
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(UNKNOWN);
    await Promise.all([page.waitForLoadState(), proposal.locator('[data-action="approve"]').click()]);
    await page.locator('[role="status"]').waitFor();
    expect(await page.locator('[role="status"]').textContent()).toContain(UNKNOWN);

    const panel = await recipient.openPanel();
    await enroll(panel, service, service.enrollCode(proposalId, 'recipient'));
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-inbox').click();
    const item = panel.locator(`[data-testid="inbox-item"][data-doc-id="${documentId}"]`);
    await item.waitFor({ timeout: 30_000 });
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await changes('ack')).map((c) => [c.data.documentId, c.data.unitId]), { timeout: 30_000 })
      .toContainEqual([documentId, proposalId]);
  });

  it("shows the clerk a rejected proposal with the admin's reason in the Sent view", async () => {
    // Another clerk of the same office proposes a unit from a second device.
    const other = await enrollDevice(service.url, service.enrollCode('letters-office', 'clerk'), 'second clerk');
    const id = randomUUID();
    const [r] = (await push(service.url, other.token, [{ id: randomUUID(), type: 'unit.propose', at: new Date().toISOString(), payload: { id, name: 'Township Liaison Desk' } }])).results;
    expect(r.status).toBe('applied');
    const page = await adminPage();
    const proposal = page.locator(`tr[data-proposal-id="${id}"]`);
    await proposal.locator('input[name="reason"]').fill('Not a unit: write to the township government');
    await Promise.all([page.waitForLoadState(), proposal.locator('[data-action="reject"]').click()]);
    await page.locator(`tr[data-proposal-id="${id}"][data-status="rejected"]`).waitFor({ state: 'attached' });

    const panel = await clerk.openPanel();
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-sent').click();
    const shown = panel.locator(`[data-testid="sent-proposal"][data-proposal="${id}"]`);
    await shown.waitFor({ timeout: 30_000 });
    await expect.poll(() => shown.getAttribute('data-status'), { timeout: 30_000 }).toBe('rejected');
    expect(await shown.textContent()).toContain('Not a unit: write to the township government');
    // The approved one and the circulated document are there too, with the new unit acknowledged.
    expect(await panel.locator(`[data-testid="sent-proposal"][data-proposal="${proposalId}"]`).getAttribute('data-status')).toBe('approved');
    const copy = panel.locator(`[data-testid="sent-doc"][data-document="${documentId}"] [data-testid="sent-copy"][data-unit="${proposalId}"]`);
    await expect.poll(() => copy.getAttribute('data-state'), { timeout: 30_000 }).toBe('acknowledged');
  });
});
