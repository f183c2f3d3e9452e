import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../server/dashboard/csv';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, taskCreate } from './mutations';

const ORIGIN = 'http://localhost';

describe('dashboard pages, reminders, exports and live updates', () => {
  let t: TestApp;
  let cookie: string;
  let doc: string;
  let task: string;

  beforeEach(async () => {
    t = await testApp({ eventsPollMs: 20 });
    const clerk = await t.enroll('clerk', 'office');
    const forestry = await t.enroll('recipient', 'forestry');
    doc = randomUUID();
    task = randomUUID();
    await t.push(clerk.token, [docPut(doc, 'hash-3333', '=SUM(A1) 纪要'), circulate(doc, 'forestry'), circulate(doc, 'water', 'act'), taskCreate(doc, 'water', ['forestry'], task)]);
    await t.push(forestry.token, [ack(doc)]);
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('supervisor', 'bureau')}`,
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterEach(() => t.close());

  const get = (path: string) => t.app.request(`${ORIGIN}${path}`, { headers: { cookie } });
  const post = (path: string, form: Record<string, string>, origin = ORIGIN) =>
    t.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  it('keeps every page and export behind the sign-in', async () => {
    for (const path of ['/matrix', '/tasks', '/audit', '/documents.csv', '/tasks.csv', '/events']) {
      const res = await t.request(path);
      expect({ path, status: res.status, location: res.headers.get('location') }).toEqual({ path, status: 302, location: '/login' });
    }
  });

  it('shows the recipient × document matrix', async () => {
    const html = await (await get('/matrix')).text();
    expect(html).toMatch(new RegExp(`<tr data-unit-id="forestry">.*?data-doc-id="${doc}" data-status="acknowledged"`, 's'));
    expect(html).toMatch(new RegExp(`<tr data-unit-id="water">.*?data-doc-id="${doc}" data-status="pending"`, 's'));
    expect(html).not.toContain('data-unit-id="bureau"');
  });

  it('shows the task board and sends a reminder from it', async () => {
    const before = await (await get('/tasks')).text();
    expect(before).toContain(`data-task-id="${task}" data-task-status="open"`);
    expect(before).toContain('Water Bureau');
    const sent = await post('/reminders', { unitId: 'water', taskId: task, back: '/tasks' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/tasks');
    const water = await t.enroll('recipient', 'water');
    const reminders = (await t.pull(water.token)).changes.filter((c) => c.entity === 'reminder');
    expect(reminders.map((c) => [c.data.unitId, c.data.taskId])).toEqual([['water', task]]);
    const after = await (await get('/tasks')).text();
    const row = after.slice(after.indexOf(`data-task-id="${task}"`)).split('</tr>')[0];
    expect(row).toMatch(/1次 · \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(before.slice(before.indexOf(`data-task-id="${task}"`)).split('</tr>')[0]).toContain('<td>—</td>');
  });

  it('refuses a reminder posted from another origin, or to an unknown unit', async () => {
    expect((await post('/reminders', { unitId: 'water', documentId: doc }, 'https://evil.example')).status).toBe(403);
    expect((await post('/reminders', { unitId: 'atlantis', documentId: doc })).status).toBe(422);
    expect((await post('/reminders', { unitId: 'water', documentId: 'nope' })).status).toBe(400);
  });

  it('exports CSV a spreadsheet opens safely', async () => {
    const res = await get('/documents.csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // Headers in the page's language: Chinese unless English was chosen.
    expect(lines[0]).toBe('文件编号,标题,单位代码,单位,类型,传阅时间,签收时间,阅读时间');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 3))).toEqual([["'=SUM(A1) 纪要", 'forestry'], ["'=SUM(A1) 纪要", 'water']]);
    const tasks = await (await get('/tasks.csv')).text();
    expect(tasks).toContain(task);
    expect(toCsv([['a,b', 'say "hi"', '+1', null]])).toBe('\uFEFF"a,b","say ""hi""",\'+1,\r\n');
  });

  it('shows the audit trail and that its chain holds', async () => {
    const html = await (await get('/audit')).text();
    expect(html).toContain('data-audit="intact"');
    expect(html).toContain('ack.create');
    // People and devices by their names, times on the bureau's clock: no ids or UTC stamps in cells.
    expect(html).toContain('recipient device');
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.filter((c) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(c) || /\d{4}-\d{2}-\d{2}T/.test(c))).toEqual([]);
  });

  it('streams the last change number, and a new one when something changes', async () => {
    const res = await get('/events');
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextSeq = async () => {
      for (;;) {
        const m = /event: seq\ndata: (\d+)\n\n/.exec(buffer);
        if (m) {
          buffer = buffer.slice(m.index + m[0].length);
          return Number(m[1]);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value);
      }
    };
    const first = await nextSeq();
    const recipient = await t.enroll('recipient', 'water');
    await t.push(recipient.token, [ack(doc)]);
    expect(await nextSeq()).toBeGreaterThan(first);
    await reader.cancel();
  });

  it('links the live-update script from the signed-in pages', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<script src="/dashboard.js" defer="">');
    expect(html).toMatch(/<body data-seq="\d+">/);
    const js = await t.request('/dashboard.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain("new EventSource('/events')");
  });
});
