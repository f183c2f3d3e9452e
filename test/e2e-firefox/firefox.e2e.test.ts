// The built Firefox add-on in real Firefox ESR, driven over WebDriver BiDi by puppeteer-core,
// against a real service process: enroll, receive a circulated copy in the Inbox and acknowledge it,
// then capture a demo page the add-on was granted. BiDi cannot open moz-extension:// pages nor
// click the toolbar: the test drives the settings tab the add-on opens itself on first install, and
// asks for the capture through the add-on's own retry message, on a site granted to it in Settings
// (Firefox grants optional host permissions without a prompt when
// `extensions.webextOptionalPermissionPrompts` is false).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, pullAll, push } from '../e2e/support/api';
import { startDemoService, type Service } from '../e2e/support/service';

const addonDir = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UNIT = 'district-gov-office';
const DEMO = '/demo/haidian-npc-chairmen-64.html';
const DEMO_TITLE = '海淀区第十五届人大常委会第64次主任会议纪要';

/** Polls `fn` until it returns something other than undefined/false, or throws after `ms`. */
async function until<T>(fn: () => Promise<T | undefined | false>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The page's own address: over BiDi, page.url() of a tab the add-on opened can stay about:blank. */
const href = (p: Page) => p.evaluate(() => location.href).catch(() => '');

describe('Firefox ESR with the built add-on', () => {
  let service: Service;
  let supervisorToken: string;
  let clerkToken: string;
  let browser: Browser;
  let page: Page; // the add-on's own tab: settings first, then the side panel's page

  const text = (testid: string) => page.$eval(`[data-testid="${testid}"]`, (e) => e.textContent ?? '').catch(() => undefined);
  const click = (selector: string) => page.locator(selector).click();
  const typeInto = async (testid: string, value: string) => {
    await page.locator(`[data-testid="${testid}"]`).fill(value);
  };

  beforeAll(async () => {
    if (!existsSync(resolve(addonDir, 'manifest.json'))) throw new Error(`no built add-on in ${addonDir}: run \`npx wxt build -b firefox\` first`);
    ({ service, supervisorToken } = await startDemoService());
    clerkToken = (await enrollDevice(service.url, service.enrollCode('county-npc', 'clerk'))).token;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    await browser.installExtension(addonDir);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
  });

  it('opens its settings on first install, saying the device is not enrolled, and enrolls', async () => {
    page = await until(async () => {
      for (const p of await browser.pages()) if ((await href(p)).endsWith('/options.html')) return p;
      return undefined;
    }, 'the settings tab the add-on opens');
    expect(await until(() => text('settings-first-run'), 'the first-run sentence')).toContain('not enrolled');
    await typeInto('settings-server', service.url);
    await typeInto('settings-code', service.enrollCode(UNIT, 'recipient'));
    await click('[data-testid="settings-enroll"]');
    const who = await until(() => text('settings-whoami'), 'enrollment', 30_000);
    expect(who).toContain(UNIT);
    // The token is kept in the add-on's IndexedDB, not in storage.local.
    const local = await page.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser.storage.local.get(null));
    expect(Object.keys(local)).not.toContain('auth.token');
  });

  it('receives a circulated copy in the Inbox and acknowledges it; the service records it', async () => {
    const id = randomUUID();
    const title = '区政府关于做好防汛工作的会议纪要';
    const at = new Date().toISOString();
    const draft = {
      isMinutes: true, lang: 'zh', title, docNumber: null, issuer: '区政府办公室', meetingDate: '2025-06-18', presider: null,
      attendees: [], views: [], requirements: [], decisions: [], recipients: [], confidence: 1, fields: {}, warnings: [], text: '',
    };
    const r = await push(service.url, clerkToken, [
      { id: randomUUID(), type: 'document.put', at, payload: { id, contentHash: randomUUID().replace(/-/g, ''), url: `${service.url}/demo/flood.html`, title, draft } },
      { id: randomUUID(), type: 'circulation.create', at, payload: { id: randomUUID(), documentId: id, unitId: UNIT, kind: 'read' } },
    ]);
    expect(r.results.map((x) => x.status)).toEqual(['applied', 'applied']);

    // From inside the add-on's tab to its side panel page (BiDi cannot navigate there itself).
    await page.evaluate(() => {
      location.href = `${location.origin}/sidepanel.html`;
    });
    await until(async () => (await href(page)).endsWith('/sidepanel.html') && (await page.$('[data-testid="tab-settings"]')) !== null, 'the side panel page');
    await click('[data-testid="tab-settings"]');
    await click('[data-testid="sync-now"]');
    await click('[data-testid="tab-inbox"]');
    const item = `[data-testid="inbox-item"][data-doc-id="${id}"]`;
    await until(async () => (await page.$(item)) !== null, 'the copy in the Inbox');
    expect(await page.$eval(`${item} [data-testid="inbox-title"]`, (e) => e.textContent)).toBe(title);
    await click(`${item} [data-testid="inbox-ack"]`);
    await until(async () => (await page.$(`${item} [data-testid="inbox-acked"]`)) !== null, 'the acknowledgement shown');
    const acks = await until(async () => {
      const got = (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === 'ack' && c.data.documentId === id);
      return got.length ? got : undefined;
    }, 'the acknowledgement on the service');
    expect(acks.map((c) => c.data.unitId)).toEqual([UNIT]);
    // Once the service has it, nothing says it is waiting.
    await until(async () => (await page.$(`${item} [data-testid="sync-mark"]`)) === null, 'the 待发送 mark to go');
  });

  it('captures a demo page on a site granted to the add-on in Settings', async () => {
    await click('[data-testid="tab-settings"]');
    await typeInto('settings-portals', `${service.url}/`);
    await click('[data-testid="settings-portals-save"]');
    const origin = `${new URL(service.url).protocol}//${new URL(service.url).hostname}/*`;
    type Ext = { browser: { permissions: { contains(p: object): Promise<boolean> }; tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } };
    await until(() => page.evaluate((o) => (globalThis as unknown as Ext).browser.permissions.contains({ origins: [o] }), origin), 'the host permission');

    const demo = await browser.newPage();
    await demo.goto(`${service.url}${DEMO}`);
    await page.bringToFront();
    const url = `${service.url}${DEMO}`;
    const tabId = await until(
      () => page.evaluate(async (u) => (await (globalThis as unknown as Ext).browser.tabs.query({})).find((t) => t.url === u)?.id, url),
      'the demo tab',
    );
    const reply = await page.evaluate((id) => (globalThis as unknown as Ext).browser.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
    expect(reply).toEqual({ ok: true });
    await click('[data-testid="tab-capture"]');
    const title = await until(
      () => page.$eval('[data-testid="capture-title"]', (e) => (e as HTMLInputElement).value).catch(() => undefined),
      'the captured draft',
    );
    expect(title).toBe(DEMO_TITLE);
  });
});
