// The extension's everyday flows in real Chromium against a real service process: capture with an
// edit, circulate with a task, the inbox (read receipt apart from acknowledgement), the badge, task
// progress, acknowledging offline, a browser restart with work still in the outbox, the UI language.
// One service and two browser profiles (a clerk and a recipient) are shared by the whole file, so
// the tests run in order. Screenshots of the Chinese views go to screenshotsDir.
import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice, pullAll, push, type Change } from './support/api';
import { chooseLanguage, enroll, extensionDir, Profile, screenshotsDir } from './support/browser';
import { startDemoService, type Service } from './support/service';

const PAGE = '/demo/haidian-npc-chairmen-64.html';
const TITLE = '海淀区第十五届人大常委会第64次主任会议纪要';
const DOC_NUMBER = '海人常办〔2016〕64号';
const PRESIDER = '关成启（主任）';
const CLERK_UNIT = 'county-npc';
const ACTING_UNIT = 'district-gov-office'; // 区政府办公室: a 主送 recipient, made the lead unit of decision 1
const SHOTS = screenshotsDir;

/** A calendar day `days` from today in local time, as the extension compares due dates. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function minutes(title: string) {
  return {
    isMinutes: true, lang: 'zh', title, docNumber: null, issuer: '海淀区人大常委会办公室', meetingDate: '2016-12-06',
    presider: null, attendees: [], views: [], requirements: [],
    decisions: [{ text: '会议要求各单位于年底前报送本年度代表建议办理情况。', assignees: ['区政府办公室'], due: '年底前' }],
    recipients: [], confidence: 1, fields: {}, warnings: [], text: '',
  };
}

describe('extension flows', () => {
  let service: Service;
  let clerk: Profile;
  let recipient: Profile;
  let clerkPanel: Page;
  let portal: Page; // the clerk's tab showing the minutes page
  let panel: Page; // the recipient's side panel
  let supervisorToken: string;
  let clerkApiToken: string;
  let docId: string;
  const otherDocs: { id: string; title: string }[] = [];

  const changes = async (entity: string): Promise<Change[]> =>
    (await pullAll(service.url, supervisorToken)).filter((c) => c.entity === entity);
  const receipts = async (entity: 'ack' | 'read', documentId: string) =>
    (await changes(entity)).filter((c) => c.data.documentId === documentId).map((c) => c.data.unitId);
  const inboxItem = (id: string) => panel.locator(`[data-testid="inbox-item"][data-doc-id="${id}"]`);
  /** The whole view in one viewport as tall as the page, so sticky bars sit where a user sees them. */
  const shot = async (page: Page, name: string) => {
    const height = await page.evaluate(() => Math.max(900, document.documentElement.scrollHeight));
    await page.setViewportSize({ width: 420, height });
    await page.screenshot({ path: resolve(SHOTS, name) });
    await page.setViewportSize({ width: 420, height: 900 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ service, supervisorToken } = await startDemoService());
    const code = service.enrollCode(CLERK_UNIT, 'clerk');
    // The admin command ran synchronously, for seconds on a busy machine: meanwhile the service may
    // have closed the idle keep-alive socket this process's fetch would reuse. Such a request never
    // reached the service, so it is sent once more on a fresh socket.
    clerkApiToken = (await enrollDevice(service.url, code).catch((e: Error & { cause?: { code?: string } }) => {
      if (e.cause?.code !== 'UND_ERR_SOCKET') throw e;
      return enrollDevice(service.url, code);
    })).token;
    [clerk, recipient] = await Promise.all([new Profile().launch(), new Profile().launch()]);
  });

  afterAll(async () => {
    await Promise.allSettled([clerk?.close(), recipient?.close()]);
    clerk?.dispose();
    recipient?.dispose();
    await service?.dispose();
  });

  it('the capture script injected on click is small: under 60 KB as built', () => {
    // It only reads the page into lines; the field stages and the Traditional→Simplified folding
    // run in the background. The click flow below shows the draft is still the same.
    const size = statSync(resolve(extensionDir, 'content-scripts/content.js')).size;
    expect(size).toBeLessThan(60_000); // 60 KB read strictly
  });

  it('switches the UI between English and 中文 in Settings', async () => {
    clerkPanel = await clerk.openPanel();
    await clerkPanel.setViewportSize({ width: 420, height: 900 });
    await chooseLanguage(clerkPanel, 'en');
    await expect.poll(() => clerkPanel.getByTestId('tab-capture').textContent()).toBe('Capture');
    await expect.poll(() => clerkPanel.getByTestId('tab-inbox').textContent()).toBe('Inbox');
    await chooseLanguage(clerkPanel, 'zh_CN');
    await expect.poll(() => clerkPanel.getByTestId('tab-capture').textContent()).toBe('采集');
    await expect.poll(() => clerkPanel.getByTestId('tab-inbox').textContent()).toBe('收文');
    // The choice is kept: a panel opened later speaks it too.
    const again = await clerk.openPanel();
    await expect.poll(() => again.getByTestId('tab-settings').textContent()).toBe('设置');
    await again.close();
  });

  it('captures a Chinese minutes page; an edited field is what the service stores', async () => {
    await enroll(clerkPanel, service, service.enrollCode(CLERK_UNIT, 'clerk'));
    portal = await clerk.ctx.newPage();
    await portal.goto(service.url + PAGE);
    await clerk.clickAction(portal);

    await clerkPanel.bringToFront();
    await clerkPanel.getByTestId('tab-capture').click();
    // A capture that never shows fails saying what the panel shows, the stored captures and the extension's log.
    await clerk.whenCaptured(clerkPanel);
    await expect.poll(() => clerkPanel.getByTestId('capture-title').inputValue(), { timeout: 20_000 }).toBe(TITLE);
    await expect.poll(() => clerkPanel.getByTestId('capture-decision').count()).toBe(4);

    // Pointing at a field shows on the portal page where it came from (CSS Custom Highlight API).
    const highlighted = () =>
      portal.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('circulate-source');
        return h ? [...h].map((r) => r.toString()).join('|') : null;
      });
    await clerkPanel.getByTestId('capture-presider').hover();
    await expect.poll(highlighted, { timeout: 10_000 }).toBe('关成启');
    await clerkPanel.getByTestId('capture-title').hover();
    await expect.poll(highlighted).toContain('第64次主任会议纪要');

    // The portal detection script, run in this tab (the click granted activeTab; a granted portal
    // would have it registered), marks the toolbar button for the tab in the chosen language.
    const tabId = await clerkPanel.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open('circulate');
          open.onsuccess = () => {
            const req = open.result.transaction('captures').objectStore('captures').index('capturedAt').openCursor(null, 'prev');
            req.onsuccess = () => {
              done(req.result!.value.tabId);
              open.result.close();
            };
          };
        }),
    );
    type Chrome = { scripting: { executeScript(o: object): Promise<unknown> }; action: { getBadgeText(d: object): Promise<string> } };
    const worker = clerk.ctx.serviceWorkers()[0];
    await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/detect.js'] }),
      tabId,
    );
    await expect.poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('纪要');

    // The page prints no document number: the clerk types it in, and adds the presider's title.
    await clerkPanel.getByTestId('capture-docnumber').fill(DOC_NUMBER);
    await clerkPanel.getByTestId('capture-presider').fill(PRESIDER);
    // Decision 1 goes to 区政府办公室, due in two days (near due).
    const first = clerkPanel.getByTestId('capture-decision').first();
    await first.getByTestId('capture-add-assignee').click();
    await first.getByTestId('capture-assignee').locator('input').fill('区政府办公室');
    await expect.poll(() => first.getByTestId('capture-assignee-unit').inputValue()).toBe(ACTING_UNIT);
    // The clerk sets the date the task is tracked by beside the deadline as printed.
    await first.getByTestId('capture-decision-due-date').fill(dayFromToday(2));
    await shot(clerkPanel, 'capture-zh.png');

    await clerkPanel.getByTestId('capture-save').click();
    await expect
      .poll(async () => (await changes('document')).map((c) => [c.data.title, (c.data.draft as { docNumber: string }).docNumber]), { timeout: 20_000 })
      .toEqual([[TITLE, DOC_NUMBER]]);
    docId = (await changes('document'))[0].data.id as string;
  });

  it('circulates to the units on the page and makes a task for the assigned decision', async () => {
    await clerkPanel.getByTestId('capture-circulate').click();
    await clerkPanel.getByTestId('capture-confirm-go').click();
    await expect
      .poll(async () => (await changes('circulation')).map((c) => [c.data.unitId, c.data.kind]).sort(), { timeout: 20_000 })
      .toEqual([
        ['district-cppcc-office', 'read'],
        ['district-gov-office', 'act'],
        ['district-npc-committees', 'read'],
        ['district-party-office', 'read'],
        ['district-subdistrict-npc', 'read'],
        ['district-town-npc', 'read'],
      ]);
    const tasks = await changes('task');
    expect(tasks.map((c) => [c.data.documentId, c.data.leadUnitId, c.data.dueDate])).toEqual([[docId, ACTING_UNIT, dayFromToday(2)]]);
    // Circulating does not make a second document.
    expect(new Set((await changes('document')).map((c) => c.data.id))).toEqual(new Set([docId]));
  });

  it('capturing the same page again shows what changed and keeps the corrections that still fit', async () => {
    // The portal republishes the page: another presider, decision 4 reworded.
    await portal.evaluate(() => {
      for (const p of Array.from(document.querySelectorAll('p'))) {
        if (p.textContent!.startsWith('主持人')) p.textContent = '主持人：王鲁豫';
        if (p.textContent!.startsWith('四、')) p.textContent = p.textContent!.replace('日程安排', '日程安排（修改稿）');
      }
    });
    await clerk.clickAction(portal);
    await clerkPanel.bringToFront();
    const box = clerkPanel.getByTestId('capture-changes');
    await box.waitFor({ timeout: 20_000 });
    const fields = await box.getByTestId('capture-change').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(fields).toEqual(['presider', 'decision-3']);
    expect(await box.getByTestId('capture-change').first().textContent()).toContain(`${PRESIDER} → 王鲁豫`);
    // The typed document number and decision 1's unit and due date still fit; the presider does not.
    expect((await box.getByTestId('capture-edits-kept').getAttribute('data-fields'))!.split(' ').sort()).toEqual(['decision', 'docNumber']);
    expect(await box.getByTestId('capture-edits-lost').getAttribute('data-fields')).toBe('presider');
    expect(await clerkPanel.getByTestId('capture-docnumber').inputValue()).toBe(DOC_NUMBER);
    expect(await clerkPanel.getByTestId('capture-presider').inputValue()).toBe('王鲁豫');
    const first = clerkPanel.getByTestId('capture-decision').first();
    expect(await first.getByTestId('capture-assignee-unit').inputValue()).toBe(ACTING_UNIT);
    expect(await first.getByTestId('capture-decision-due-date').inputValue()).toBe(dayFromToday(2));
    await shot(clerkPanel, 'recapture-zh.png');

    await clerkPanel.getByTestId('capture-save').click();
    await expect
      .poll(async () => (await changes('document')).filter((c) => c.data.version === 2).map((c) => c.data.id), { timeout: 20_000 })
      .toEqual([docId]);
    const latest = (await changes('document')).at(-1)!.data as { id: string; draft: { presider: string; docNumber: string; decisions: { text: string }[] } };
    expect(new Set((await changes('document')).map((c) => c.data.id))).toEqual(new Set([docId]));
    expect([latest.draft.presider, latest.draft.docNumber]).toEqual(['王鲁豫', DOC_NUMBER]);
    expect(latest.draft.decisions[3].text).toContain('日程安排（修改稿）');
  });

  it('the recipient reads (a read receipt) and then acknowledges; the badge counts what is not acknowledged', async () => {
    // Two more copies for the same unit, one with an overdue task and a reminder, made over HTTP.
    for (const [i, title] of ['海淀区人大常委会关于代表建议办理工作的通知', '海淀区第十五届人大常委会第65次主任会议纪要'].entries()) {
      const id = randomUUID();
      otherDocs.push({ id, title });
      const at = new Date(Date.now() + i).toISOString();
      const r = await push(service.url, clerkApiToken, [
        { id: randomUUID(), type: 'document.put', at, payload: { id, contentHash: randomUUID().replace(/-/g, ''), url: `${service.url}/demo/other-${i}.html`, title, draft: minutes(title) } },
        { id: randomUUID(), type: 'circulation.create', at, payload: { id: randomUUID(), documentId: id, unitId: ACTING_UNIT, kind: 'act' } },
      ]);
      expect(r.results.map((x) => x.status)).toEqual(['applied', 'applied']);
    }
    const overdueTask = randomUUID();
    const t = await push(service.url, clerkApiToken, [
      { id: randomUUID(), type: 'task.create', at: new Date().toISOString(), payload: { id: overdueTask, documentId: otherDocs[1].id, decisionIndex: 0, text: '报送本年度代表建议办理情况', leadUnitId: ACTING_UNIT, coUnitIds: ['district-npc-committees'], due: '11月20日前', dueDate: dayFromToday(-5) } },
    ]);
    expect(t.results[0].status).toBe('applied');
    const rem = await push(service.url, supervisorToken, [
      { id: randomUUID(), type: 'reminder.create', at: new Date().toISOString(), payload: { id: randomUUID(), unitId: ACTING_UNIT, taskId: overdueTask, documentId: otherDocs[1].id, message: '请于本周五前报送办理进展' } },
    ]);
    expect(rem.results[0].status).toBe('applied');

    panel = await recipient.openPanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await chooseLanguage(panel, 'zh_CN');
    await enroll(panel, service, service.enrollCode(ACTING_UNIT, 'recipient'));
    await panel.getByTestId('sync-now').click();
    await expect.poll(() => recipient.badgeText(), { timeout: 20_000 }).toBe('3');

    await panel.getByTestId('tab-inbox').click();
    const item = inboxItem(docId);
    await item.waitFor({ timeout: 20_000 });
    expect(await item.getByTestId('inbox-title').textContent()).toContain(TITLE);

    // Opening it is reading it: the service records a read receipt and no acknowledgement.
    await item.getByTestId('inbox-title').click();
    await item.getByTestId('inbox-details').waitFor();
    await expect.poll(() => receipts('read', docId), { timeout: 20_000 }).toEqual([ACTING_UNIT]);
    expect(await receipts('ack', docId)).toEqual([]);
    expect(await recipient.badgeText()).toBe('3');

    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor();
    await expect.poll(() => recipient.badgeText()).toBe('2');
    await expect.poll(() => receipts('ack', docId), { timeout: 20_000 }).toEqual([ACTING_UNIT]);
    expect(await receipts('read', docId)).toEqual([ACTING_UNIT]);
    await shot(panel, 'inbox-zh.png');
  });

  it('the recipient reports progress on its task with a note; the service has the update', async () => {
    await panel.getByTestId('tab-tasks').click();
    const task = panel.locator('[data-testid="task-item"]').filter({ hasText: '会议原则通过' });
    await task.waitFor({ timeout: 20_000 });
    await expect.poll(() => task.getAttribute('data-due')).toBe('near');
    await expect.poll(() => panel.locator('[data-testid="task-item"][data-due="overdue"]').count()).toBe(1);
    await shot(panel, 'tasks-zh.png');

    const note = '审议意见书已修改完善，正在征求区政府意见';
    await task.getByTestId('task-kind').selectOption('progress');
    await task.getByTestId('task-note').fill(note);
    await task.getByTestId('task-submit').click();
    await expect.poll(() => task.getByTestId('task-status').textContent()).toContain(note);
    await expect
      .poll(async () => (await changes('taskUpdate')).map((c) => [c.data.kind, c.data.note, c.data.unitId]), { timeout: 20_000 })
      .toEqual([['progress', note, ACTING_UNIT]]);
  });

  it('acknowledges while the service is down; the ack reaches it once it is back', async () => {
    const doc = otherDocs[0];
    await panel.getByTestId('tab-inbox').click();
    await service.stop();
    const item = inboxItem(doc.id);
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor();
    await expect.poll(() => recipient.badgeText()).toBe('1');

    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('sync-error').waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId('sync-pending').textContent()).not.toBe('0');

    await service.start();
    await panel.getByTestId('sync-now').click();
    await expect.poll(() => panel.getByTestId('sync-pending').textContent(), { timeout: 20_000 }).toBe('0');
    await expect.poll(() => panel.getByTestId('sync-error').count()).toBe(0);
    expect(await receipts('ack', doc.id)).toEqual([ACTING_UNIT]);
    expect(await receipts('read', doc.id)).toEqual([ACTING_UNIT]);
  });

  it('delivers an acknowledgement left in the outbox when the browser was closed, once, after a restart', async () => {
    const doc = otherDocs[1];
    await service.stop();
    await panel.getByTestId('tab-inbox').click();
    const item = inboxItem(doc.id);
    await item.getByTestId('inbox-ack').click();
    await item.getByTestId('inbox-acked').waitFor();
    await panel.getByTestId('tab-settings').click();
    await expect.poll(() => panel.getByTestId('sync-pending').textContent()).toBe('2'); // read + ack

    await service.start();
    await recipient.relaunch();
    // The browser's start forces a push. Should that one fail too (a request made while the browser
    // is still starting), the entries wait out their own backoff (seconds after a few tries) and go
    // with the retry or the minute's alarm: delivered on its own all the same, so it is waited for.
    await expect.poll(() => receipts('ack', doc.id), { timeout: 90_000 }).toEqual([ACTING_UNIT]);
    expect(await recipient.badgeText()).toBe('');

    panel = await recipient.openPanel();
    await panel.getByTestId('tab-settings').click();
    await expect.poll(() => panel.getByTestId('sync-pending').textContent(), { timeout: 20_000 }).toBe('0');
    await panel.getByTestId('sync-now').click();
    await expect.poll(() => panel.getByTestId('sync-last').textContent()).not.toBe('');
    // Once: one acknowledgement per copy for the unit, and nothing the service refused.
    expect(await receipts('ack', doc.id)).toEqual([ACTING_UNIT]);
    expect((await changes('ack')).length).toBe(3);
    expect(await panel.locator('[data-testid="outbox-entry"][data-state="rejected"]').count()).toBe(0);
  }, 180_000);

  it('signs out and, asked to, deletes the data kept on this device', async () => {
    const count = (store: string) =>
      panel.evaluate(
        (name) =>
          new Promise<number>((done, fail) => {
            const open = indexedDB.open('circulate');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction(name).objectStore(name).count();
              req.onsuccess = () => {
                open.result.close();
                done(req.result);
              };
            };
          }),
        store,
      );
    expect(await count('documents')).toBe(3);
    await panel.getByTestId('settings-forget-data').check();
    await panel.getByTestId('settings-signout').click();
    await panel.getByTestId('settings-whoami').waitFor({ state: 'detached' });
    await expect.poll(() => count('documents')).toBe(0);
    expect(await count('outbox')).toBe(0);
    await panel.getByTestId('tab-inbox').click();
    await panel.getByTestId('inbox-not-enrolled').waitFor();
    await expect.poll(() => recipient.badgeText()).toBe('');
  });
});
