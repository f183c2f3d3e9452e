// An admin's site-profile pattern for an intranet host reaches the extractor in the page: the OA
// reading page's approval trail stays out of the captured minutes only once the pattern is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll, Profile } from './support/browser';
import { startDemoService, type Service } from './support/service';

const PAGE = '/demo/oa-reading-hospital-weekly.html';
const APPROVAL_COMMENT = '已阅，同意会议意见';

describe('site profiles set in Settings', () => {
  let service: Service;
  let clerk: Profile;

  beforeAll(async () => {
    ({ service } = await startDemoService());
    clerk = await new Profile().launch();
  });

  afterAll(async () => {
    await clerk?.close();
    clerk?.dispose();
    await service?.dispose();
  });

  it('reads an OA page with its profile once an admin names the host', async () => {
    const panel = await clerk.openPanel();
    await enroll(panel, service, service.enrollCode('letters-office', 'clerk'));
    const portal = await clerk.ctx.newPage();
    await portal.goto(`${service.url}${PAGE}`);

    const capturedText = async () => {
      await clerk.clickAction(portal);
      await panel.bringToFront();
      await panel.getByTestId('tab-capture').click();
      const source = panel.getByTestId('capture-source');
      await source.waitFor({ timeout: 20_000 });
      return (await source.textContent()) ?? '';
    };

    // Without a pattern the host is unknown, and the generic scorer takes in the approval trail.
    await expect.poll(capturedText, { timeout: 20_000 }).toContain(APPROVAL_COMMENT);

    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('settings-profiles').fill(`oa-reading ${service.url}/demo/oa-*`);
    await panel.getByTestId('settings-profiles-save').click();
    await expect.poll(() => panel.getByTestId('settings-profiles-note').getAttribute('class')).toContain('ok');

    await expect.poll(capturedText, { timeout: 20_000 }).not.toContain(APPROVAL_COMMENT);
    expect(await panel.getByTestId('capture-title').inputValue()).toBe('医院周会会议纪要');
  });
});
