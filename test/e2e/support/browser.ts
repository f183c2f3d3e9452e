import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const extensionDir = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One browser profile (a user's Chromium) with the built extension loaded unpacked. */
export class Profile {
  ctx!: BrowserContext;
  extensionId!: string;
  /** What the extension's worker and pages said at warning level and above, for a failure's message. */
  readonly log: string[] = [];
  private closing = false;

  constructor(readonly userDataDir = mkdtempSync(join(tmpdir(), 'circulate-profile-'))) {}

  async launch(): Promise<this> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`no built extension in ${extensionDir}: run \`npx wxt build\` first`);
    }
    this.closing = false;
    this.ctx = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath,
      headless: true,
      locale: 'en-US',
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The browser's own log (chrome_debug.log in the profile), read when it goes away unasked.
        '--enable-logging',
        '--v=0',
      ],
    });
    // A browser that closes without being asked (a crash, a kill) says so with its last lines, so a
    // test failing on a closed page can be told from one failing on the product.
    this.ctx.on('close', () => {
      if (!this.closing) console.error(`the browser of ${this.userDataDir} closed unasked; the end of its log:\n${this.logTail()}`);
    });
    const worker = this.ctx.serviceWorkers()[0] ?? (await this.ctx.waitForEvent('serviceworker'));
    this.extensionId = new URL(worker.url()).host;
    this.listen(worker, 'worker');
    this.ctx.on('serviceworker', (w) => this.listen(w, 'worker'));
    this.ctx.on('page', (p) => {
      p.on('console', (m) => this.keep(`${new URL(p.url() || 'about:blank').pathname} ${m.type()}: ${m.text()}`, m.type()));
      p.on('pageerror', (e) => this.keep(`${p.url()} pageerror: ${e.message}`, 'error'));
    });
    return this;
  }

  /** The last lines of the browser's own log, where a crash or a fatal check says why it went away. */
  private logTail(): string {
    const file = join(this.userDataDir, 'chrome_debug.log');
    if (!existsSync(file)) return '(no log)';
    // The sandbox has no D-Bus: the browser's complaints about it say nothing about why it went away.
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !/dbus|Floss|idle_linux/i.test(l));
    return lines.slice(-25).join('\n') || '(nothing but D-Bus complaints)';
  }

  private listen(w: Worker, name: string): void {
    w.on('console', (m) => this.keep(`${name} ${m.type()}: ${m.text()}`, m.type()));
  }

  private keep(line: string, type: string): void {
    if (type !== 'error' && type !== 'warning') return;
    this.log.push(line);
    if (this.log.length > 50) this.log.shift();
  }

  /**
   * Waits until the panel shows the outcome of a capture (the form, a failure, or "not minutes");
   * if none comes, fails saying what the panel shows and what the extension logged, so a lost
   * capture can be told from a slow or failed one.
   */
  async whenCaptured(panel: Page, timeout = 20_000): Promise<void> {
    const outcome = panel.locator('[data-testid="capture-title"], [data-testid="capture-failed"], [data-testid="capture-not-minutes"]');
    try {
      await outcome.first().waitFor({ state: 'attached', timeout });
    } catch (err) {
      const shown = ((await panel.locator('main, body').first().innerText().catch(() => '')) || '(blank)').slice(0, 600);
      const captures = await panel
        .evaluate(
          () =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('circulate');
              open.onerror = () => resolve('database not opened');
              open.onsuccess = () => {
                const tx = open.result.transaction('captures', 'readonly');
                const all = tx.objectStore('captures').getAll();
                all.onsuccess = () => resolve(JSON.stringify(all.result.map((c: { capturedAt: string; url: string; errorCode?: string; error?: string; draft: unknown }) => [c.capturedAt, c.url, c.errorCode, c.error, c.draft !== null])));
                all.onerror = () => resolve('captures not read');
              };
            }),
        )
        .catch((e: Error) => `captures not read: ${e.message}`);
      throw new Error(`no capture shown within ${timeout} ms (${(err as Error).message.split('\n')[0]})\npanel: ${shown}\ncaptures: ${captures}\nlog:\n${this.log.join('\n') || '(nothing)'}`, { cause: err });
    }
  }

  /** The side panel's page, opened as an ordinary tab so the test can drive it. */
  async openPanel(): Promise<Page> {
    const page = await this.ctx.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/sidepanel.html`);
    return page;
  }

  /**
   * Clicks the toolbar action for the tab showing `page`, as a user would: through the browser's
   * DevTools protocol, which fires action.onClicked and grants activeTab for that tab.
   */
  async clickAction(page: Page): Promise<void> {
    await page.bringToFront();
    const cdp = await this.ctx.browser()!.newBrowserCDPSession();
    try {
      // The action is triggered on a *tab* target, which Target.getTargets lists only when asked to.
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!target) throw new Error(`no tab for ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: this.extensionId, targetId: target.targetId } as never);
    } finally {
      await cdp.detach();
    }
  }

  /** Closes the browser and starts it again on the same profile folder (storage and IndexedDB kept). */
  async relaunch(): Promise<this> {
    this.closing = true;
    await this.ctx.close();
    return this.launch();
  }

  /** The toolbar badge text as the extension set it (global, not per tab). */
  async badgeText(): Promise<string> {
    const worker = this.ctx.serviceWorkers()[0] ?? (await this.ctx.waitForEvent('serviceworker'));
    return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.ctx?.close();
  }

  dispose(): void {
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/**
 * Fills Settings with the service URL and an enrollment code, and waits until enrolled. A request
 * the extension gave up on (the service or the background did not answer in time) is tried once
 * more, as a user would; any other refusal fails with its reason and the service's last log lines.
 */
export async function enroll(panel: Page, service: { url: string; output: string }, code: string): Promise<void> {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('settings-server').fill(service.url);
  await panel.getByTestId('settings-code').fill(code);
  const whoami = panel.getByTestId('settings-whoami');
  const refused = panel.getByTestId('settings-error');
  const button = panel.getByTestId('settings-enroll');
  const failed = (why: string, cause?: unknown) =>
    new Error(`${why}
the service's last lines:
${service.output.split('\n').slice(-15).join('\n')}`, { cause });
  for (let attempt = 1; ; attempt++) {
    await button.click();
    // Whichever comes first: who I am, or the refusal in words. The extension gives up on a
    // request after 20 s, so a minute is room for that on a loaded machine.
    try {
      await whoami.or(refused).first().waitFor({ timeout: 60_000 });
    } catch (err) {
      throw failed(`not enrolled after 60 s (enroll button state: ${await button.getAttribute('data-state').catch(() => null)})`, err);
    }
    if (!(await refused.isVisible())) return;
    const reason = (await refused.textContent()) ?? '';
    const code = await refused.getAttribute('data-code');
    if (attempt > 1 || (code !== 'unreachable' && code !== 'no-answer')) throw failed(`enrollment refused (${code}): ${reason}`);
  }
}

/** Chooses the UI language in Settings ('auto', 'zh_CN' or 'en'). */
export async function chooseLanguage(panel: Page, language: 'auto' | 'zh_CN' | 'en'): Promise<void> {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('settings-language').selectOption(language);
}

/**
 * Where the tests save their screenshots: test-results/screenshots by default, so a test run leaves
 * the work tree clean; `SCREENSHOTS_DIR=docs/screenshots npm test` refreshes the README's pictures.
 */
export const screenshotsDir = resolve(
  import.meta.dirname,
  '../../..',
  process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots',
);
