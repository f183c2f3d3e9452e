// 督办 closed in the product, in real Chromium: a recipient asks to close in the extension, the
// supervisor's board shows it live (the row changes, the page does not reload), returns it with a
// reason and later closes it from the board, and urges with words; the recipient's extension shows
// each outcome, the reason and who urged about what.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, push } from './support/api';
import { enroll, Profile, screenshotsDir } from './support/browser';
import { startDemoService, type Service } from './support/service';

const TITLE = '县防汛工作会议纪要';
const TASK = '林业局负责完成防火隔离带清理';

describe('review and reminders from the dashboard reach the recipient', () => {
  let service: Service;
  let recipient: Profile;
  let panel: Page;
  let board: Page;
  let taskId: string;

  /** Asks the extension to sync now (Settings → Sync now), then shows the Tasks tab. */
  const syncTasks = async () => {
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('tab-tasks').click();
  };
  const item = () => panel.locator(`[data-testid="task-item"][data-task-id="${taskId}"]`);
  const row = () => board.locator(`tr[data-task-id="${taskId}"]`);

  beforeAll(async () => {
    ({ service } = await startDemoService());
    const clerk = await enrollDevice(service.url, service.enrollCode('letters-office', 'clerk'));
    const doc = randomUUID();
    taskId = randomUUID();
    const at = new Date().toISOString();
    const m = (type: string, payload: object) => ({ id: randomUUID(), type, at, payload });
    const r = await push(service.url, clerk.token, [
      m('document.put', {
        id: doc, contentHash: 'e2e-review-1', url: `${service.url}/demo/x`, title: TITLE,
        draft: { isMinutes: true, lang: 'zh', title: TITLE, docNumber: null, issuer: null, meetingDate: null, presider: null, attendees: [], decisions: [], recipients: [], confidence: 0.9 },
      }),
      m('task.create', { id: taskId, documentId: doc, decisionIndex: 0, text: TASK, leadUnitId: 'forestry', coUnitIds: [], dueDate: '2030-06-30' }),
    ]);
    expect(r.results.map((x) => x.status)).toEqual(['applied', 'applied']);
    recipient = await new Profile().launch();
    panel = await recipient.openPanel();
    await enroll(panel, service, service.enrollCode('forestry', 'recipient'));
    // The supervisor's dashboard, signed in with a code, in an ordinary tab.
    board = await recipient.ctx.newPage();
    await board.goto(`${service.url}/login`);
    await board.locator('#code').fill(service.enrollCode('supervision', 'supervisor'));
    await board.locator('#code').press('Enter');
    await board.waitForURL(`${service.url}/`);
    // Three admin CLI runs and a browser start: minutes on a loaded 2-core machine.
  }, 300_000);

  afterAll(async () => {
    await recipient?.close();
    recipient?.dispose();
    await service?.dispose();
  });

  it('shows a close request on the open board live, without reloading the page', async () => {
    await board.goto(`${service.url}/tasks`);
    await expect.poll(() => row().getAttribute('data-task-status')).toBe('open');
    await board.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await syncTasks();
    await item().getByTestId('task-kind').selectOption('request_close');
    await item().getByTestId('task-note').fill('隔离带已全部清理');
    await item().getByTestId('task-submit').click();
    await expect.poll(() => row().getAttribute('data-task-status'), { timeout: 30_000 }).toBe('request_close');
    expect(await row().textContent()).toContain('隔离带已全部清理');
    expect(await board.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  });

  it('returns it with a reason from the board; the extension shows the outcome and the reason', async () => {
    await row().getByTestId('review-pick').check();
    await board.getByTestId('review-note').fill('缺少现场照片');
    await board.getByTestId('review-return').click();
    await board.waitForURL(`${service.url}/tasks`);
    await expect.poll(() => row().getAttribute('data-task-status')).toBe('return');
    await syncTasks();
    await expect.poll(() => item().getAttribute('data-status'), { timeout: 30_000 }).toBe('return');
    const outcome = await item().getByTestId('task-outcome').textContent();
    expect(outcome).toContain('缺少现场照片');
    expect(outcome).toContain('supervisor · supervision');
  });

  it('sends a reminder with edited words; the recipient sees who urged about which document', async () => {
    await row().getByTestId('remind-link').click();
    const message = board.getByTestId('remind-message');
    expect(await message.inputValue()).toContain(TITLE);
    await message.fill('请于本周五前补交现场照片');
    await board.getByTestId('remind-send').click();
    await board.waitForURL(`${service.url}/tasks`);
    await syncTasks();
    const reminder = item().getByTestId('task-reminder');
    await expect.poll(() => reminder.textContent(), { timeout: 30_000 }).toContain('请于本周五前补交现场照片');
    const text = await reminder.textContent();
    expect(text).toContain('supervisor · supervision');
    expect(text).toContain(TITLE);
  });

  it('closes it (办结) after a second request; the extension shows it closed', async () => {
    await item().getByTestId('task-kind').selectOption('request_close');
    await item().getByTestId('task-note').fill('照片已补交');
    await item().getByTestId('task-submit').click();
    await expect.poll(() => row().getAttribute('data-task-status'), { timeout: 30_000 }).toBe('request_close');
    await row().getByTestId('review-pick').check();
    await board.getByTestId('review-note').fill('同意办结');
    await board.getByTestId('review-close').click();
    await board.waitForURL(`${service.url}/tasks`);
    await syncTasks();
    await expect.poll(() => item().getAttribute('data-status'), { timeout: 30_000 }).toBe('close');
    expect(await item().getByTestId('task-outcome').textContent()).toContain('同意办结');
    const dir = resolve(screenshotsDir);
    mkdirSync(dir, { recursive: true });
    await board.goto(`${service.url}/tasks`);
    await board.screenshot({ path: resolve(dir, 'task-board.png'), fullPage: true });
  });
});
