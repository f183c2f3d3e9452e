// 督办 review and reminders with words from the dashboard, on both engines: 办结 and 退回 (several
// at once from the board), each task's history with who and when, the 催办 form's prefilled
// message, the sender on the reminder a recipient pulls, and escalation on the board.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';
import { circulate, docPut, taskCreate, taskUpdate } from './mutations';

const ORIGIN = 'http://localhost';
const engines = [
  ['sqlite', () => undefined],
  ['postgres', () => async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'review'), 2)],
] as const;
const withDue = <M extends { payload: object }>(m: M, dueDate: string) => ({ ...m, payload: { ...m.payload, dueDate } });

describe.each(engines)('review and reminders on %s', (_engine, open) => {
  let t: TestApp;
  let cookie: string;
  let forestry: string;
  let doc: string;
  let a: string;
  let b: string;

  beforeEach(async () => {
    t = await testApp({}, open());
    const clerk = (await t.enroll('clerk', 'office')).token;
    forestry = (await t.enroll('recipient', 'forestry')).token;
    doc = randomUUID();
    a = randomUUID();
    b = randomUUID();
    await t.push(clerk, [
      docPut(doc, 'hash-review', '防汛工作会议纪要'),
      circulate(doc, 'water'),
      withDue(taskCreate(doc, 'forestry', [], a), '2026-12-20'),
      withDue(taskCreate(doc, 'forestry', ['water'], b), '2020-01-10'),
    ]);
    await t.push(forestry, [taskUpdate(a, 'progress', '已部署'), taskUpdate(a, 'request_close', '已完成'), taskUpdate(b, 'request_close', '完成')]);
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('supervisor', 'bureau')}`,
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterEach(() => t.close());

  const get = (path: string) => t.app.request(`${ORIGIN}${path}`, { headers: { cookie } });
  const post = (path: string, form: [string, string][]) =>
    t.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  const updatesOf = async (token: string) => (await t.pull(token)).changes.filter((c) => c.entity === 'taskUpdate').map((c) => c.data);

  it('offers review boxes for tasks asking to close and closes several at once', async () => {
    const board = await (await get('/tasks')).text();
    expect(board.match(/data-testid="review-pick"/g)).toHaveLength(2);
    // Statuses in the page's language: Chinese by default, English when chosen.
    expect(board).toContain('申请办结');
    expect(board).not.toContain('Asked to close');
    const english = await (await t.app.request(`${ORIGIN}/tasks`, { headers: { cookie: `${cookie}; circulate_lang=en` } })).text();
    expect(english).toContain('Asked to close');
    expect(english).not.toContain('申请办结');
    expect(board).toContain('form="review"');
    const res = await post('/tasks/review', [['taskId', a], ['taskId', b], ['action', 'close'], ['note', '同意办结'], ['back', '/tasks']]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/tasks');
    const closes = (await updatesOf(forestry)).filter((u) => u.kind === 'close');
    expect(closes.map((u) => [u.taskId, u.note, u.userName, u.unitId]).sort()).toEqual(
      [[a, '同意办结', 'supervisor · bureau', 'bureau'], [b, '同意办结', 'supervisor · bureau', 'bureau']].sort(),
    );
    const after = await (await get('/tasks')).text();
    expect(after).toContain(`data-task-id="${a}" data-task-status="close"`);
    expect(after).not.toContain('data-testid="review-pick"');
    // Reviewed like every change: in the audit trail as the supervisor's.
    const { recentAudit } = await import('../../server/storage/audit');
    const entries = (await recentAudit(t.storage.db, 5)).filter((e) => e.action === 'task.update');
    expect(entries).toHaveLength(2);
  });

  it('returns a task only with a reason, and the recipient pulls the reason and who returned it', async () => {
    const bare = await post('/tasks/review', [['taskId', a], ['action', 'return'], ['note', '  '], ['back', '/tasks']]);
    expect(bare.status).toBe(400);
    expect(await bare.text()).toBe('退回须写明理由');
    expect((await updatesOf(forestry)).some((u) => u.kind === 'return')).toBe(false);
    const res = await post('/tasks/review', [['taskId', a], ['action', 'return'], ['note', '缺少验收材料'], ['back', `/documents/${doc}`]]);
    expect(res.headers.get('location')).toBe(`/documents/${doc}`);
    const returned = (await updatesOf(forestry)).find((u) => u.kind === 'return');
    expect(returned).toMatchObject({ taskId: a, note: '缺少验收材料', userName: 'supervisor · bureau' });
    // The same rule holds for a device's push.
    const device = (await t.enroll('supervisor', 'bureau')).token;
    const [r] = await t.push(device, [taskUpdate(b, 'return', '')]);
    expect(r).toMatchObject({ status: 'rejected', reason: 'a return needs a reason' });
  });

  it('keeps every report and review with who and when on the document page', async () => {
    await post('/tasks/review', [['taskId', a], ['action', 'return'], ['note', '缺少验收材料'], ['back', '/tasks']]);
    const html = await (await get(`/documents/${doc}`)).text();
    const section = html.slice(html.indexOf(`data-task-id="${a}"`)).split('</section>')[0];
    const kinds = [...section.matchAll(/<li data-kind="(\w+)">/g)].map((m) => m[1]);
    expect(kinds).toEqual(['progress', 'request_close', 'return']);
    expect(section).toContain('recipient · forestry（Forestry Bureau）');
    expect(section).toContain('supervisor · bureau（Supervision Office）');
    expect(section).toContain('缺少验收材料');
    // b still asks to close: its review form is on the page.
    expect(html.slice(html.indexOf(`data-task-id="${b}"`)).split('</section>')[0]).toContain('action="/tasks/review"');
    expect((await get(`/documents/${randomUUID()}`)).status).toBe(404);
    expect((await get('/documents/not-an-id')).status).toBe(404);
  });

  it('prefills the 催办 form from the document, task and due date, and sends the edited words with the sender', async () => {
    const form = await (await get(`/remind?unitId=forestry&taskId=${a}&back=/tasks`)).text();
    const prefilled = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(form)?.[1] ?? '';
    expect(prefilled).toContain('防汛工作会议纪要');
    expect(prefilled).toContain('Carry out the decision');
    expect(prefilled).toContain('2026-12-20');
    const sent = await post('/reminders', [['unitId', 'forestry'], ['taskId', a], ['documentId', doc], ['message', '请本周五前报送材料'], ['back', '/tasks']]);
    expect(sent.status).toBe(303);
    const [r] = (await t.pull(forestry)).changes.filter((c) => c.entity === 'reminder').map((c) => c.data);
    expect(r).toMatchObject({ unitId: 'forestry', taskId: a, documentId: doc, message: '请本周五前报送材料', fromName: 'supervisor · bureau', fromUnitId: 'bureau' });
    // A one-button reminder (no words) carries the prefilled message.
    await post('/reminders', [['unitId', 'water'], ['documentId', doc], ['back', '/']]);
    const water = (await t.enroll('recipient', 'water')).token;
    const [w] = (await t.pull(water)).changes.filter((c) => c.entity === 'reminder').map((c) => c.data);
    expect(w.message).toContain('防汛工作会议纪要');
    // Back goes to a dashboard page only.
    const away = await post('/reminders', [['unitId', 'water'], ['documentId', doc], ['back', 'https://elsewhere.example/']]);
    expect(away.headers.get('location')).toBe('/tasks');
    expect((await get(`/remind?unitId=forestry&taskId=${randomUUID()}`)).status).toBe(404);
    expect((await get('/remind?unitId=forestry')).status).toBe(404);
  });

  it('flags a unit urged three times and still overdue', async () => {
    const row = async () => {
      const html = await (await get('/tasks')).text();
      return html.slice(html.lastIndexOf('<tr', html.indexOf(`data-task-id="${b}"`))).split('</tr>')[0];
    };
    for (let i = 0; i < 2; i++) await post('/reminders', [['unitId', 'forestry'], ['taskId', b], ['back', '/tasks']]);
    expect(await row()).not.toContain('data-escalated');
    await post('/reminders', [['unitId', 'forestry'], ['taskId', b], ['back', '/tasks']]);
    expect(await row()).toContain('data-escalated="true"');
    expect(await row()).toContain('3次');
    // Three reminders about a task not yet overdue are no escalation.
    for (let i = 0; i < 3; i++) await post('/reminders', [['unitId', 'forestry'], ['taskId', a], ['back', '/tasks']]);
    const html = await (await get('/tasks')).text();
    expect(html.slice(html.lastIndexOf('<tr', html.indexOf(`data-task-id="${a}"`))).split('</tr>')[0]).not.toContain('data-escalated');
  });
});
