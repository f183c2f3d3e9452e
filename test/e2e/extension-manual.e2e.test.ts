// Manual entry in real Chromium against a real service process: a page the extractor judges not
// minutes says why and offers no Save; the clerk switches to manual entry, types a title and one
// decision, saves, and the service receives the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll } from './support/api';
import { chooseLanguage, enroll, Profile } from './support/browser';
import { startDemoService, type Service } from './support/service';

const PAGE = '/demo/notice-holidays.html';
const TITLE = '节假日值班安排会议纪要';
const DECISION = '各单位于节前报送值班表。';

describe('extension manual entry', () => {
  let service: Service;
  let clerk: Profile;
  let supervisorToken: string;

  beforeAll(async () => {
    ({ service, supervisorToken } = await startDemoService());
    clerk = await new Profile().launch();
  });

  afterAll(async () => {
    await clerk?.close();
    clerk?.dispose();
    await service?.dispose();
  });

  it('enters a page judged not minutes by hand; the service receives the document', async () => {
    const panel = await clerk.openPanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await chooseLanguage(panel, 'en');
    await enroll(panel, service, service.enrollCode('county-npc', 'clerk'));

    const page = await clerk.ctx.newPage();
    await page.goto(service.url + PAGE);
    await clerk.clickAction(page);

    await panel.bringToFront();
    await panel.getByTestId('tab-capture').click();
    const notMinutes = panel.getByTestId('capture-not-minutes');
    await notMinutes.waitFor({ timeout: 20_000 });
    expect(await notMinutes.textContent()).toMatch(/not meeting minutes:\s*\S+/);
    expect(await panel.getByTestId('capture-save').count()).toBe(0);

    await panel.getByTestId('capture-enter-manually').click();
    await panel.getByTestId('capture-manual').waitFor();
    expect(await panel.getByTestId('capture-missing').evaluateAll((els) => els.map((e) => e.getAttribute('data-missing')))).toContain('minutes');
    // The page's text is kept beside the form to work from.
    expect((await panel.getByTestId('capture-source').textContent())?.length).toBeGreaterThan(20);

    await panel.getByTestId('capture-title').fill(TITLE);
    await panel.getByTestId('capture-add-decision').click();
    await panel.getByTestId('capture-decision-text').last().fill(DECISION);
    await panel.getByTestId('capture-save').click();
    await expect.poll(() => panel.getByTestId('capture-status').getAttribute('data-status')).toBe('saved');
    await panel.getByTestId('capture-needs-manual').waitFor();

    const received = async () =>
      (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === 'document' && c.data.title === TITLE);
    await expect.poll(async () => (await received()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const [doc] = await received();
    const draft = doc.data.draft as { isMinutes: boolean; decisions: { text: string }[]; text: string };
    expect(doc.data.url).toBe(service.url + PAGE);
    expect(draft.isMinutes).toBe(true);
    expect(draft.decisions.map((d) => d.text)).toContain(DECISION);
    expect(draft.text.length).toBeGreaterThan(20);

    // Marked checked, the badge goes.
    await panel.getByTestId('capture-mark-checked').click();
    await expect.poll(() => panel.getByTestId('capture-needs-manual').count()).toBe(0);
  });
});
