// The supervisors' dashboard through axe-core, in real Chromium against a real service process on
// the demo data: every page a supervisor or an admin reaches, in 中文 and in English, has no
// accessibility violation, and the whole page (header and navigation included) speaks the chosen
// language, with `<html lang>` saying which.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, push } from './support/api';
import { freePort, Service } from './support/service';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary?: string }[] };

type Axe = { getRules(): { ruleId: string }[]; run(ctx: Document, o: object): Promise<{ violations: unknown[] }> };

/**
 * Runs axe-core over the page with every rule it has turned on: the WCAG A and AA rules and best
 * practices it runs by default, and the ones it leaves off (enhanced 7:1 contrast among them). The
 * dashboard's CSP allows no inline script, so axe is evaluated over the DevTools protocol, which
 * the page's CSP does not govern.
 */
async function violations(page: Page): Promise<string[]> {
  // The page whole and styled: its document loaded, every stylesheet applied and its fonts ready, so sizes are the
  // page's own (under load a form's answer could still be unstyled when axe measured its targets).
  await page.waitForFunction(() => document.readyState === 'complete' && [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => (l as HTMLLinkElement).sheet !== null));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(AXE);
  const found = (await page.evaluate(() => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));
    return axe.run(document, { resultTypes: ['violations'], rules }).then((r) => r.violations);
  })) as AxeViolation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a path and checks it loaded as a page (not an error text), then runs axe on it. */
async function check(page: Page, path: string): Promise<{ path: string; violations: string[] }> {
  const res = await page.goto(path);
  expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
  return { path, violations: await violations(page) };
}

/** The header's own words (brand, navigation, buttons), as a reader sees them; not the person's name. */
const chrome = (page: Page) =>
  page.locator('header').evaluate((h) => [...h.querySelectorAll('strong, nav a, button')].map((e) => (e as HTMLElement).innerText).join(' '));

describe('the dashboard through axe-core, in both languages', () => {
  let service: Service;
  let browser: Browser;
  let supervisor: Page;
  let admin: Page;
  let documentId: string;
  let remindPath: string;

  const signInWithCode = async (page: Page, code: string) => {
    await page.goto(`${service.url}/login`);
    await page.locator('#code').fill(code);
    await Promise.all([page.waitForURL(`${service.url}/`), page.locator('form[data-form="code"] [type="submit"]').click()]);
  };

  /** The language switch in the header, as a reader uses it. */
  const choose = async (page: Page, lang: 'zh' | 'en') => {
    await Promise.all([page.waitForLoadState(), page.locator(`header button[name="lang"][value="${lang}"]`).click()]);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
  };

  beforeAll(async () => {
    service = new Service(await freePort());
    service.admin('units', 'import', 'server/demo/units.csv');
    service.admin('demo', 'seed');
    await service.start();
    // A unit a clerk proposed, waiting for the admin, and one already refused: both tables show.
    const clerk = await enrollDevice(service.url, service.enrollCode('letters-office', 'clerk'));
    const propose = (name: string) => ({ id: randomUUID(), type: 'unit.propose', at: new Date().toISOString(), payload: { id: randomUUID(), name } });
    const proposed = await push(service.url, clerk.token, [propose('乡镇联络办公室'), propose('县应急物资储备中心')]);
    expect(proposed.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    supervisor = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, baseURL: service.url })).newPage();
    admin = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, baseURL: service.url })).newPage();
    await signInWithCode(supervisor, service.enrollCode('supervision', 'supervisor'));
    await signInWithCode(admin, service.enrollCode('supervision', 'admin'));
    documentId = (await supervisor.locator('[data-doc-id]').first().getAttribute('data-doc-id'))!;
    await supervisor.goto('/tasks');
    remindPath = (await supervisor.locator('[data-testid="remind-link"]').first().getAttribute('href'))!;
    expect(remindPath).toMatch(/^\/remind\?/);
    const refused = admin.locator('tr[data-proposal-id]').filter({ hasText: '乡镇联络办公室' });
    await admin.goto('/admin');
    await refused.locator('input[name="reason"]').fill('已有同名单位');
    await Promise.all([admin.waitForLoadState(), refused.locator('[data-action="reject"]').click()]);
    await admin.locator('[role="status"]', { hasText: '乡镇联络办公室' }).waitFor();
    // Service start, the demo seed and four admin CLI runs: minutes on a loaded 2-core machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
  });

  it('axe finds what it is there to find', async () => {
    // The check itself can fail: an unlabelled field and faint text on the same page are reported.
    const page = await (await browser.newContext({ baseURL: service.url })).newPage();
    await page.goto('/login');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<input name="x"><p id="faint">faint</p>');
      // Through the CSSOM: the page's CSP refuses inline style attributes.
      document.getElementById('faint')!.style.color = '#aaa';
    });
    const found = (await violations(page)).map((v) => v.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    await page.context().close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`the sign-in page, and its error, have no violation, in ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      const page = await (await browser.newContext({ locale: 'zh-CN', baseURL: service.url })).newPage();
      await page.goto('/login');
      await choose(page, lang);
      expect(await check(page, '/login')).toEqual({ path: '/login', violations: [] });
      expect(await page.locator('h1').textContent()).toBe(lang === 'zh' ? '登录' : 'Sign in');
      await page.locator('#name').fill('没有这个人');
      await page.locator('#password').fill('wrong password');
      await Promise.all([page.waitForLoadState(), page.locator('form[data-form="password"] [type="submit"]').click()]);
      expect(await page.locator('[role="alert"]').textContent()).toBe(lang === 'zh' ? '姓名或密码不正确' : 'The name or password is wrong');
      expect({ path: 'login error', violations: await violations(page) }).toEqual({ path: 'login error', violations: [] });
      await page.context().close();
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`every page a supervisor reaches has no violation, in ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      await supervisor.goto('/');
      await choose(supervisor, lang);
      // Each page with what makes it worth checking: its forms, tables and charts are there.
      const pages: [string, string][] = [
        ['/', 'form.filters select[name="issuer"]'],
        ['/?q=防汛&state=pending', '[data-doc-id] table [data-status="pending"] form.inline button'],
        [`/documents/${documentId}`, 'form.review input[name="note"]'],
        [`/report/documents/${documentId}`, 'figure[data-chart="document-acks"] svg'],
        ['/matrix', 'table.matrix td[data-status]'],
        ['/tasks', 'input[data-testid="review-pick"]'],
        [remindPath, 'textarea[name="message"]'],
        ['/report', 'form.filters select[name="period"]'],
        ['/report?period=month', 'p.period'],
        ['/account', 'table[data-table="sessions"] tbody tr'],
        ['/audit', '[data-audit="intact"]'],
      ];
      for (const [path, shows] of pages) {
        expect(await check(supervisor, path)).toEqual({ path, violations: [] });
        expect({ path, shows: await supervisor.locator(shows).count() > 0 }).toEqual({ path, shows: true });
        expect(await supervisor.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
      }
    });

    it(`the admin pages (units, proposals, users and devices) have no violation, in ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      await admin.goto('/admin');
      await choose(admin, lang);
      expect(await check(admin, '/admin')).toEqual({ path: '/admin', violations: [] });
      expect(await admin.locator('tr[data-proposal-id]').count()).toBe(2);
      await admin.locator('#proposals details summary').click();
      expect({ path: '/admin (decided open)', violations: await violations(admin) }).toEqual({ path: '/admin (decided open)', violations: [] });
      // A code just made is shown with its notice.
      // The page the form answers with, loaded with its styles: its own load event, waited for from before the click.
      await Promise.all([admin.waitForEvent('load'), admin.locator('form[action="/admin/codes"] [type="submit"]').click()]);
      await admin.locator('[data-code]').waitFor();
      expect(await admin.locator('[data-code]').count()).toBe(1);
      expect({ path: '/admin (code made)', violations: await violations(admin) }).toEqual({ path: '/admin (code made)', violations: [] });
    });
  }

  it('the header and navigation follow the chosen language, not both at once', async () => {
    await supervisor.goto('/tasks');
    await choose(supervisor, 'en');
    const en = await chrome(supervisor);
    expect(en).toContain('Tasks');
    expect(en).toContain('Sign out');
    // Only the switch's own "中文" button, marked lang="zh-CN", is in the other language.
    expect(en.replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await supervisor.title()).toBe('Task board · Circulate');
    await choose(supervisor, 'zh');
    const zh = await chrome(supervisor);
    expect(zh).toContain('督办任务');
    expect(zh).toContain('退出');
    // Only the product's name and the switch's own "English" button, marked lang="en", are in Latin letters.
    expect(zh.replace('Circulate', '').replace('English', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(await supervisor.title()).toBe('督办任务 · Circulate');
  });
});
