// The supervisor's side in real Chromium against a real service process: the first sign-in with a
// code sets a password, sign-in by name and password, lockout after wrong passwords, the 通报 page
// with its server-rendered charts, the workbook downloaded and read cell by cell, a document's chart;
// screenshots of the board, the report and a chart for the README.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, push } from './support/api';
import { screenshotsDir } from './support/browser';
import { freePort, Service } from './support/service';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = '督办 password 2026';
const TZ = 'Asia/Shanghai';
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + offset * 86_400_000);
const m = (type: string, payload: Record<string, unknown>, at = new Date().toISOString()) => ({ id: randomUUID(), type, at, payload });
const draft = (title: string) => ({ isMinutes: true, lang: 'zh', title, docNumber: null, issuer: null, meetingDate: null, presider: null, attendees: [], decisions: [], recipients: [], confidence: 0.9 });

describe('督办 report and sign-in in Chromium', () => {
  let service: Service;
  let browser: Browser;
  let page: Page;
  const doc = randomUUID();

  beforeAll(async () => {
    service = new Service(await freePort());
    Object.assign(service.env, { BUREAU_NAME: '示范县人民政府督查室', BUREAU_TIME_ZONE: TZ });
    service.admin('units', 'import', 'server/demo/units.csv');
    await service.start();
    const clerk = await enrollDevice(service.url, service.enrollCode('supervision', 'clerk'));
    const supervisorDevice = await enrollDevice(service.url, service.enrollCode('supervision', 'supervisor'));
    const party = await enrollDevice(service.url, service.enrollCode('district-party-office', 'recipient'));
    const forestry = await enrollDevice(service.url, service.enrollCode('forestry', 'recipient'));
    const lateTask = m('task.create', { id: randomUUID(), documentId: doc, decisionIndex: 0, text: '完成河道清淤', leadUnitId: 'district-gov-office', coUnitIds: [], dueDate: day(-2) });
    const doneTask = m('task.create', { id: randomUUID(), documentId: doc, decisionIndex: 1, text: '组织护林巡查', leadUnitId: 'forestry', coUnitIds: [], dueDate: day(0) });
    const results = await push(service.url, clerk.token, [
      m('document.put', { id: doc, contentHash: 'hash-e2e-report', url: 'https://oa.example/doc', title: '关于秋冬季防火工作的会议纪要', draft: draft('关于秋冬季防火工作的会议纪要') }),
      ...['district-party-office', 'forestry', 'district-gov-office'].map((unitId) => m('circulation.create', { id: randomUUID(), documentId: doc, unitId, kind: 'read' })),
      lateTask,
      doneTask,
    ]);
    expect(results.results.map((r) => r.status)).toEqual(Array(6).fill('applied'));
    expect((await push(service.url, party.token, [m('ack.create', { id: randomUUID(), documentId: doc }, new Date(Date.now() - 3 * 3_600_000).toISOString())])).results[0].status).toBe('applied');
    expect((await push(service.url, forestry.token, [m('ack.create', { id: randomUUID(), documentId: doc })])).results[0].status).toBe('applied');
    const closed = await push(service.url, supervisorDevice.token, [
      m('task.update', { id: randomUUID(), taskId: doneTask.payload.id, kind: 'close', note: '已完成' }),
      m('reminder.create', { id: randomUUID(), unitId: 'district-gov-office', documentId: doc, taskId: lateTask.payload.id, message: '请尽快办理' }),
    ]);
    expect(closed.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 800 }, acceptDownloads: true })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
  });

  const signIn = async (name: string, password: string) => {
    await page.goto(`${service.url}/login`);
    await page.locator('form[data-form="password"] input[name="name"]').fill(name);
    await page.locator('form[data-form="password"] input[name="password"]').fill(password);
    await page.locator('form[data-form="password"] [type="submit"]').click();
    await page.waitForLoadState();
  };

  it('sets a password with the first code and signs in by name and password afterwards', async () => {
    const code = service.admin('enroll', '--unit', 'supervision', '--role', 'supervisor', '--name', '王督查').trim().split('\n').pop()!.trim();
    await page.goto(`${service.url}/login`);
    await page.locator('form[data-form="code"] input[name="code"]').fill(code);
    await page.locator('form[data-form="code"] input[name="password"]').fill(PASSWORD);
    await Promise.all([page.waitForURL(`${service.url}/`), page.locator('form[data-form="code"] [type="submit"]').click()]);
    expect(await page.locator('[data-notice="set-password"]').count()).toBe(0);
    await Promise.all([page.waitForURL(`${service.url}/login`), page.locator('form.logout button').click()]);

    await signIn('王督查', PASSWORD);
    expect(page.url()).toBe(`${service.url}/`);
    const unit = page.locator(`[data-doc-id="${doc}"] [data-unit-id="district-party-office"]`);
    expect(await unit.getAttribute('data-status')).toBe('acknowledged');
    expect(await unit.textContent()).toMatch(/已签收 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    mkdirSync(screenshotsDir, { recursive: true });
    await page.screenshot({ path: resolve(screenshotsDir, 'board-zh.png'), fullPage: true });
  });

  it('locks an account after five wrong passwords, and only that account', async () => {
    const code = service.admin('enroll', '--unit', 'supervision', '--role', 'supervisor', '--name', '李科长').trim().split('\n').pop()!.trim();
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${service.url}/login`);
    await other.locator('form[data-form="code"] input[name="code"]').fill(code);
    await other.locator('form[data-form="code"] input[name="password"]').fill('another password 1');
    await Promise.all([other.waitForURL(`${service.url}/`), other.locator('form[data-form="code"] [type="submit"]').click()]);
    await other.context().close();

    for (let i = 0; i < 5; i++) await signIn('李科长', `wrong password ${i}`);
    await expect.poll(() => page.locator('.error').textContent()).toContain('账户已锁定');
    await signIn('李科长', 'another password 1');
    expect(await page.locator('.error').textContent()).toContain('账户已锁定');
    await signIn('王督查', PASSWORD);
    expect(page.url()).toBe(`${service.url}/`);
  });

  it('shows the 通报 with server-rendered charts, prints on A4, and downloads the workbook', async () => {
    await page.goto(`${service.url}/report?period=range&from=${day(-7)}&to=${day(1)}`);
    expect(await page.locator('.report h1').textContent()).toBe('示范县人民政府督查室督办通报');
    const ranked = await page.locator('table[data-table="report"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-id')));
    expect(ranked.slice(0, 2).sort()).toEqual(['district-party-office', 'forestry']);
    expect(ranked[2]).toBe('district-gov-office');
    const chart = page.locator('figure[data-chart="acks"] svg');
    expect(await chart.count()).toBe(1);
    expect(await chart.textContent()).toContain('未签收');
    expect(await page.locator('figure[data-chart="tasks"] svg').textContent()).toContain('逾期未办');
    // The page runs no inline script: the only script is the dashboard's own file.
    expect(await page.locator('script').evaluateAll((s) => s.map((x) => x.getAttribute('src')))).toEqual(['/dashboard.js']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: resolve(screenshotsDir, 'report-zh.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-export="xlsx"]').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ledger = wb.getWorksheet('督办台账')!;
    const late = [2, 3].map((n) => ledger.getRow(n)).find((r) => r.getCell(2).value === '完成河道清淤')!;
    expect(late.getCell(8).value).toBe('已逾期');
    expect((late.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFCDD2');
    expect(wb.getWorksheet('通报')!.getCell('B5').value).toBe('区政府办公室');
  });

  it("draws a document's acknowledgements over time", async () => {
    await page.goto(`${service.url}/`);
    await Promise.all([page.waitForURL(`${service.url}/report/documents/${doc}`), page.locator(`[data-doc-id="${doc}"] a[href="/report/documents/${doc}"]`).click()]);
    const chart = page.locator('figure[data-chart="document-acks"] svg');
    expect(await chart.textContent()).toContain('已签收单位');
    await page.setViewportSize({ width: 760, height: 480 });
    await page.screenshot({ path: resolve(screenshotsDir, 'chart-zh.png'), fullPage: true });
  });
});
