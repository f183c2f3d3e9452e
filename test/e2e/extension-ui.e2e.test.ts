// The panel as a clerk uses it, in real Chromium against a real service: what is typed is kept as
// a draft through a tab switch and a browser restart and is what Circulate sends; and axe-core,
// injected into the extension's pages, finds no violation in any view in either language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, type Change } from './support/api';
import { chooseLanguage, enroll, Profile, screenshotsDir } from './support/browser';
import { startDemoService, type Service } from './support/service';

const PAGE = '/demo/haidian-npc-chairmen-64.html';
const TITLE = '海淀区第十五届人大常委会第64次主任会议纪要';
const CLERK_UNIT = 'county-npc';
const ACTING_UNIT = 'district-gov-office';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page. The script is evaluated over the DevTools protocol, which the
 * extension's Content Security Policy (no inline scripts) does not govern.
 */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the extension panel for a clerk', () => {
  let service: Service;
  let supervisorToken: string;
  let clerk: Profile;
  let panel: Page;

  const changes = async (entity: string): Promise<Change[]> => (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === entity);
  const dueDateField = () => panel.getByTestId('capture-decision').first().getByTestId('capture-decision-due-date');

  beforeAll(async () => {
    ({ service, supervisorToken } = await startDemoService());
    clerk = await new Profile().launch();
    panel = await clerk.openPanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await chooseLanguage(panel, 'zh_CN');
    await enroll(panel, service, service.enrollCode(CLERK_UNIT, 'clerk'));
  });

  afterAll(async () => {
    await clerk?.close();
    clerk?.dispose();
    await service?.dispose();
  });

  it('keeps a typed due date through a tab switch and a browser restart, and circulates it', async () => {
    const portal = await clerk.ctx.newPage();
    await portal.goto(service.url + PAGE);
    await clerk.clickAction(portal);
    await panel.bringToFront();
    await panel.getByTestId('tab-capture').click();
    // A capture that never shows fails saying what the panel shows, the stored captures and the extension's log.
    await clerk.whenCaptured(panel);
    await expect.poll(() => panel.getByTestId('capture-title').inputValue(), { timeout: 20_000 }).toBe(TITLE);

    const first = panel.getByTestId('capture-decision').first();
    await first.getByTestId('capture-add-assignee').click();
    await first.getByTestId('capture-assignee').locator('input').fill('区政府办公室');
    await expect.poll(() => first.getByTestId('capture-assignee-unit').inputValue()).toBe(ACTING_UNIT);
    await dueDateField().fill('2025年6月18日');
    await expect.poll(() => first.getByTestId('capture-decision-due-date-picker').inputValue()).toBe('2025-06-18');

    // Another tab and back: the form is as the clerk left it.
    await panel.getByTestId('tab-inbox').click();
    await panel.getByTestId('tab-capture').click();
    await expect.poll(() => dueDateField().inputValue(), { timeout: 10_000 }).toBe('2025年6月18日');

    // The browser closes and starts again: the draft is still there.
    await clerk.relaunch();
    panel = await clerk.openPanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByTestId('tab-capture').click();
    await expect.poll(() => dueDateField().inputValue(), { timeout: 20_000 }).toBe('2025年6月18日');

    await panel.getByTestId('capture-circulate').click();
    // Circulate names whom it will reach and asks first.
    await panel.getByTestId('capture-confirm-go').click();
    await expect
      .poll(async () => (await changes('task')).map((c) => [c.data.leadUnitId, c.data.dueDate]), { timeout: 30_000 })
      .toContainEqual([ACTING_UNIT, '2025-06-18']);
  });

  it('marks a refused date at the field, in Chinese', async () => {
    await panel.getByTestId('capture-date').fill('2025年2月30日');
    await panel.getByTestId('capture-save').click();
    const message = panel.getByTestId('capture-date-error');
    await expect.poll(() => message.textContent()).toBe('日历上没有这一天。');
    expect(await panel.getByTestId('capture-date').getAttribute('aria-invalid')).toBe('true');
    const height = await panel.evaluate(() => Math.max(900, document.documentElement.scrollHeight));
    await panel.setViewportSize({ width: 420, height });
    await panel.screenshot({ path: resolve(screenshotsDir, 'capture-refused-zh.png') });
    await panel.setViewportSize({ width: 420, height: 900 });
    expect(await violations(panel)).toEqual([]);
  });

  for (const [language, lang] of [
    ['zh_CN', 'zh-CN'],
    ['en', 'en'],
  ] as const) {
    it(`axe finds no violation in any view, in ${language}`, async () => {
      await chooseLanguage(panel, language);
      await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const tab of ['capture', 'sent', 'inbox', 'tasks', 'settings'] as const) {
        await panel.getByTestId(`tab-${tab}`).click();
        await expect.poll(() => panel.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
        expect({ tab, violations: await violations(panel) }).toEqual({ tab, violations: [] });
      }
      // The tab bar answers the arrow keys.
      await panel.getByTestId('tab-capture').click();
      await panel.keyboard.press('ArrowRight');
      await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-sent');
      expect(await panel.getByTestId('tab-sent').getAttribute('aria-selected')).toBe('true');

      const options = await clerk.ctx.newPage();
      await options.goto(`chrome-extension://${clerk.extensionId}/options.html`);
      await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect({ page: 'options', violations: await violations(options) }).toEqual({ page: 'options', violations: [] });
      await options.close();
    });
  }
});
