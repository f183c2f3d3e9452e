// A new device in real Chromium against a real service process: it opens on Settings with what to
// do, refuses a plain-http service elsewhere than this computer, captures a page that is still
// loading when the toolbar button is clicked, shows an acknowledgement made offline as 待发送 until
// the service has it, and a refused task update with its reason, to retry or discard. Screenshots
// of the Chinese views go to screenshotsDir.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, pullAll, push } from './support/api';
import { chooseLanguage, enroll, Profile, screenshotsDir } from './support/browser';
import { freePort, startDemoService, type Service } from './support/service';

const UNIT = 'district-gov-office';
const SLOW_TITLE = '区政府第12次常务会议纪要';

function minutes(title: string) {
  return {
    isMinutes: true, lang: 'zh', title, docNumber: null, issuer: '区政府办公室', meetingDate: '2025-06-18',
    presider: null, attendees: [], views: [], requirements: [],
    decisions: [{ text: '由区政府办公室牵头制定方案，6月底前完成。', assignees: ['区政府办公室'], due: '6月底前' }],
    recipients: [], confidence: 1, fields: {}, warnings: [], text: '',
  };
}

/**
 * A portal page that is still arriving: the server sends its head and holds the rest until the test
 * lets it go; the rest is a script that fills the page in several steps, as single-page portals do.
 */
class SlowPortal {
  server!: Server;
  url!: string;
  private held: ServerResponse | null = null;
  private requested!: Promise<void>;
  private onRequest!: () => void;

  async start(): Promise<void> {
    this.requested = new Promise((r) => (this.onRequest = r));
    this.server = createServer((req, res) => {
      if (req.url !== '/minutes.html') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>OA</title></head><body><div id="app">加载中…</div>${' '.repeat(2048)}`);
      this.held = res;
      this.onRequest();
    });
    const port = await freePort();
    await new Promise<void>((r) => this.server.listen(port, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${port}/minutes.html`;
  }

  whenRequested(): Promise<void> {
    return this.requested;
  }

  release(): void {
    const parts = [
      `<h1>${SLOW_TITLE}</h1>`,
      '<p>时间：2025年6月18日</p><p>地点：区政府第一会议室</p><p>主持：张明</p>',
      '<p>会议听取了区财政局关于上半年预算执行情况的汇报。会议认为，上半年全区预算执行总体平稳。</p>',
      '<p>会议议定：</p><p>一、由区财政局牵头制定下半年收支平衡方案，6月底前报区政府。</p>',
      '<p>二、由区教育局负责落实学校修缮资金，7月15日前完成。</p>',
      '<p>出席：张明、李华、王强</p><p>抄送：区财政局、区教育局</p>',
    ];
    // Each part lands on a later task, after the document itself has finished loading.
    const script = `<script>const parts=${JSON.stringify(parts)};const app=document.getElementById('app');app.textContent='';` +
      `(function step(i){if(i>=parts.length)return;app.insertAdjacentHTML('beforeend',parts[i]);setTimeout(()=>step(i+1),60);})(0);</script>`;
    this.held?.end(`${script}</body></html>`);
    this.held = null;
  }

  async stop(): Promise<void> {
    this.held?.end();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

describe('a new device', () => {
  let service: Service;
  let supervisorToken: string;
  let clerkToken: string;
  let device: Profile;
  let panel: Page;
  const portal = new SlowPortal();

  const shot = async (page: Page, name: string) => {
    const height = await page.evaluate(() => Math.max(700, document.documentElement.scrollHeight));
    await page.setViewportSize({ width: 420, height });
    await page.screenshot({ path: resolve(screenshotsDir, name) });
    await page.setViewportSize({ width: 420, height: 900 });
  };
  const changes = async (entity: string) => (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === entity);

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    ({ service, supervisorToken } = await startDemoService());
    clerkToken = (await enrollDevice(service.url, service.enrollCode('county-npc', 'clerk'))).token;
    await portal.start();
    device = await new Profile().launch();
  });

  afterAll(async () => {
    await device?.close();
    device?.dispose();
    await portal.stop();
    await service?.dispose();
  });

  it('opens on Settings with one sentence on what to do, and asks for https', async () => {
    // The extension opened its settings page itself when it was installed.
    await expect.poll(() => device.ctx.pages().some((p) => p.url().endsWith('/options.html')), { timeout: 20_000 }).toBe(true);
    panel = await device.openPanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByTestId('settings-first-run').waitFor();
    expect(await panel.getByTestId('tab-settings').getAttribute('aria-selected')).toBe('true');
    await chooseLanguage(panel, 'zh_CN');
    await expect.poll(() => panel.getByTestId('settings-first-run').textContent()).toContain('本设备尚未登记');
    expect(await panel.getByTestId('settings-enroll').textContent()).toBe('登记本设备');

    await panel.getByTestId('settings-server').fill('http://circulate.bureau.test');
    await panel.getByTestId('settings-code').fill('ABCD-1234');
    expect(await panel.getByTestId('settings-server-problem').textContent()).toContain('https://');
    expect(await panel.getByTestId('settings-enroll').isDisabled()).toBe(true);
    await panel.getByTestId('settings-server').fill('https://circulate.bureau.gov.cn');
    await panel.getByTestId('settings-code').fill('');
    await shot(panel, 'first-run-zh.png');

    await enroll(panel, service, service.enrollCode(UNIT, 'recipient'));
    expect(await panel.getByTestId('settings-enroll').textContent()).toBe('重新登记');
    // The token is in the extension's database, not in storage.local.
    expect(await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null))).not.toHaveProperty('auth.token');
  });

  it('captures a portal page that is still loading when the toolbar button is clicked', async () => {
    const tab = await device.ctx.newPage();
    const loading = tab.goto(portal.url, { waitUntil: 'commit' });
    await portal.whenRequested();
    await loading;
    expect(await tab.evaluate(() => document.readyState)).toBe('loading');
    await device.clickAction(tab);
    // The rest of the page arrives only after the click.
    portal.release();
    await panel.bringToFront();
    await panel.getByTestId('tab-capture').click();
    await expect.poll(() => panel.getByTestId('capture-title').inputValue().catch(() => ''), { timeout: 30_000 }).toBe(SLOW_TITLE);
    expect(await panel.getByTestId('capture-failed').count()).toBe(0);
    await tab.close();
  });

  it('an acknowledgement made offline shows 待发送 until the service has it', async () => {
    const id = randomUUID();
    const title = '区政府关于做好防汛工作的会议纪要';
    const at = new Date().toISOString();
    const r = await push(service.url, clerkToken, [
      { id: randomUUID(), type: 'document.put', at, payload: { id, contentHash: randomUUID().replace(/-/g, ''), url: `${service.url}/demo/flood.html`, title, draft: minutes(title) } },
      { id: randomUUID(), type: 'circulation.create', at, payload: { id: randomUUID(), documentId: id, unitId: UNIT, kind: 'read' } },
    ]);
    expect(r.results.map((x) => x.status)).toEqual(['applied', 'applied']);
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-inbox').click();
    const item = panel.locator(`[data-testid="inbox-item"][data-doc-id="${id}"]`);
    await item.waitFor({ timeout: 20_000 });

    await service.stop();
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor();
    const mark = item.getByTestId('sync-mark');
    await mark.waitFor();
    expect([await mark.getAttribute('data-state'), await mark.textContent()]).toEqual(['pending', '待发送']);
    await shot(panel, 'ack-not-yet-sent-zh.png');

    await service.start();
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await expect.poll(() => panel.getByTestId('sync-pending').textContent(), { timeout: 20_000 }).toBe('0');
    await panel.getByTestId('tab-inbox').click();
    await item.getByTestId('inbox-acked').waitFor();
    expect(await item.getByTestId('sync-mark').count()).toBe(0);
    expect((await changes('ack')).filter((c) => c.data.documentId === id).map((c) => c.data.unitId)).toEqual([UNIT]);
  });

  it('a refused task update shows its reason in Chinese, and can be retried or discarded', async () => {
    const docId = randomUUID();
    const taskId = randomUUID();
    const title = '区政府第13次常务会议纪要';
    const at = new Date().toISOString();
    const r = await push(service.url, clerkToken, [
      { id: randomUUID(), type: 'document.put', at, payload: { id: docId, contentHash: randomUUID().replace(/-/g, ''), url: `${service.url}/demo/t13.html`, title, draft: minutes(title) } },
      { id: randomUUID(), type: 'circulation.create', at, payload: { id: randomUUID(), documentId: docId, unitId: UNIT, kind: 'act' } },
      { id: randomUUID(), type: 'task.create', at, payload: { id: taskId, documentId: docId, decisionIndex: 0, text: '制定下半年收支平衡方案', leadUnitId: UNIT, coUnitIds: [], due: '6月底前', dueDate: null } },
    ]);
    expect(r.results.map((x) => x.status)).toEqual(['applied', 'applied', 'applied']);
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-tasks').click();
    const task = panel.locator(`[data-testid="task-item"][data-task-id="${taskId}"]`);
    await task.waitFor({ timeout: 20_000 });

    // The supervisor closes the task before this device has heard of it.
    const closed = await push(service.url, supervisorToken, [
      { id: randomUUID(), type: 'task.update', at: new Date().toISOString(), payload: { id: randomUUID(), taskId, kind: 'close', note: '已办结' } },
    ]);
    expect(closed.results[0].status).toBe('applied');
    await task.getByTestId('task-note').fill('方案初稿已完成');
    await task.getByTestId('task-submit').click();
    const mark = task.getByTestId('sync-mark');
    await expect.poll(() => mark.getAttribute('data-state').catch(() => null), { timeout: 20_000 }).toBe('rejected');
    expect(await mark.textContent()).toContain('任务已办结');

    await panel.getByTestId('tab-settings').click();
    const entry = panel.locator('[data-testid="outbox-entry"][data-state="rejected"]');
    await entry.waitFor();
    expect(await entry.getByTestId('outbox-reason').textContent()).toBe('被拒绝: 任务已办结');
    expect(await panel.getByTestId('sync-error').count()).toBe(0);
    await shot(panel, 'refused-entry-zh.png');

    // Retried, the service refuses it again, for the same reason; then the user gives it up.
    await entry.getByTestId('outbox-retry').click();
    await expect.poll(() => entry.getByTestId('outbox-reason').textContent().catch(() => ''), { timeout: 20_000 }).toBe('被拒绝: 任务已办结');
    await entry.getByTestId('outbox-discard').click();
    await entry.getByTestId('outbox-discard-confirm').click();
    await panel.getByTestId('outbox-empty').waitFor();
    const updates = (await changes('taskUpdate')).filter((c) => c.data.taskId === taskId).map((c) => c.data.kind);
    expect(updates).toEqual(['close']);
  });
});
