// The dashboard lists come a page at a time, with links to the pages before and after, on both
// engines (their queries join in SQL, so each engine runs its own).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { bureauToday } from '../../server/tasks/time-zone';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, taskCreate, taskUpdate } from './mutations';

const ORIGIN = 'http://localhost';
// Document ids in creation order, so documents written in the same millisecond still sort newest first.
const docId = (i: number) => `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`;
// Days on the bureau's calendar, as the board counts them.
const day = (offset: number) => bureauToday(new Date(Date.now() + offset * 86_400_000));

const engines = [
  ['sqlite', () => undefined],
  ['postgres', () => async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'paging'), 2)],
] as const;

describe.each(engines)('dashboard paging on %s', (_engine, open) => {
  let t: TestApp;
  let cookie: string;
  let clerk: string;
  let supervisor: string;

  beforeEach(async () => {
    t = await testApp({}, open());
    clerk = (await t.enroll('clerk', 'office')).token;
    supervisor = (await t.enroll('supervisor', 'bureau')).token;
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('supervisor', 'bureau')}`,
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterEach(() => t.close());

  const html = async (path: string) => {
    const res = await t.app.request(`${ORIGIN}${path}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return res.text();
  };
  const links = (page: string) => ({
    prev: /<a rel="prev" href="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? null,
    next: /<a rel="next" href="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? null,
  });
  const attrs = (page: string, name: string) => [...page.matchAll(new RegExp(`<(?:section|tr) [^>]*${name}="([^"]+)"`, 'g'))].map((m) => m[1]);

  /** Follows the next links from `first` to the end and back, returning each page's HTML. */
  async function walk(first: string) {
    const pages: string[] = [];
    const paths: string[] = [];
    for (let path: string | null = first; path; path = links(pages[pages.length - 1]).next) {
      paths.push(path);
      pages.push(await html(path));
      expect(pages.length).toBeLessThan(20);
    }
    // Going back from the last page visits the same pages in reverse.
    const back: string[] = [];
    for (let path: string | null = links(pages[pages.length - 1]).prev; path; path = links(await html(path)).prev) back.push(path);
    expect(back).toEqual(paths.slice(0, -1).reverse());
    return pages;
  }

  it('pages the progress list, newest first, without losing or repeating a document', async () => {
    const docs: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = docId(i);
      docs.push(id);
      await t.push(clerk, [docPut(id, `hash-000${i}`, `Minutes ${i}`), circulate(id, 'forestry')]);
    }
    const pages = await walk('/?page=1&size=3');
    const perPage = pages.map((p) => attrs(p, 'data-doc-id'));
    expect(perPage.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(perPage.flat()).toEqual([...docs].reverse());
    expect(links(pages[0])).toEqual({ prev: null, next: '/?page=2&size=3' });
    expect(links(pages[1])).toEqual({ prev: '/?page=1&size=3', next: '/?page=3&size=3' });
    expect(links(pages[2])).toEqual({ prev: '/?page=2&size=3', next: null });
    expect(pages[2]).toContain('data-page="3"');
    // Each card still lists its units.
    expect(pages[1]).toMatch(/data-unit-id="forestry" data-status="pending"/);
  });

  it('shows no page links when one page holds everything, and an empty page past the end', async () => {
    const id = randomUUID();
    await t.push(clerk, [docPut(id), circulate(id, 'water')]);
    const one = await html('/');
    expect(links(one)).toEqual({ prev: null, next: null });
    expect(one).toContain(`data-doc-id="${id}"`);
    const past = await html('/?page=5');
    expect(past).toContain('<p class="empty">暂无纪要</p>');
    expect(links(past)).toEqual({ prev: '/?page=4', next: null });
  });

  it('refuses a page number or size that is not a positive whole number, with a JSON 400', async () => {
    for (const q of ['page=0', 'page=x', 'page=1.5', 'size=0', 'size=100000']) {
      for (const path of ['/', '/matrix', '/tasks']) {
        const res = await t.app.request(`${ORIGIN}${path}?${q}`, { headers: { cookie } });
        expect({ path, q, status: res.status }).toEqual({ path, q, status: 400 });
        expect((await res.json()).error.code).toBe('invalid_query');
      }
    }
  });

  it('pages the matrix by documents, with the units of each page as rows', async () => {
    const docs: string[] = [];
    const units = ['forestry', 'water', 'forestry', 'office', 'water'];
    for (const [i, unit] of units.entries()) {
      const id = docId(i);
      docs.push(id);
      await t.push(clerk, [docPut(id, `hash-m000${i}`, `Matrix ${i}`), circulate(id, unit)]);
    }
    const forestry = (await t.enroll('recipient', 'forestry')).token;
    await t.push(forestry, [ack(docs[2])]);
    const pages = await walk('/matrix?page=1&size=2');
    expect(pages).toHaveLength(3);
    const cells = pages.map((p) => [...p.matchAll(/<td data-doc-id="([^"]+)" data-status="(\w+)"/g)].map((m) => [m[1], m[2]]));
    // Newest first: docs 4, 3 | 2, 1 | 0.
    expect(cells).toEqual([
      [[docs[3], 'pending'], [docs[4], 'pending']],
      [[docs[2], 'acknowledged'], [docs[1], 'pending']],
      [[docs[0], 'pending']],
    ]);
    expect(pages.map((p) => attrs(p, 'data-unit-id'))).toEqual([['office', 'water'], ['forestry', 'water'], ['forestry']]);
  });

  it('pages the task board: open tasks by due date (undated last), then closed ones', async () => {
    const doc = randomUUID();
    await t.push(clerk, [docPut(doc), circulate(doc, 'water', 'act')]);
    const dated = (dueDate: string | null) => {
      const m = taskCreate(doc, 'water', ['forestry']);
      (m.payload as Record<string, unknown>).dueDate = dueDate;
      return m;
    };
    const plan = [day(10), null, day(-5), day(1), day(30), day(-1)];
    const made = plan.map(dated);
    const results = await t.push(clerk, made);
    expect(results.map((r) => r.status)).toEqual(plan.map(() => 'applied'));
    const ids = made.map((m) => (m.payload as { id: string }).id);
    // The task due in 30 days is closed by the supervisor: it goes to the end.
    expect((await t.push(supervisor, [taskUpdate(ids[4], 'close', 'done')]))[0].status).toBe('applied');

    const pages = await walk('/tasks?page=1&size=2');
    const order = pages.flatMap((p) => attrs(p, 'data-task-id'));
    expect(pages.map((p) => attrs(p, 'data-task-id').length)).toEqual([2, 2, 2]);
    expect(order).toEqual([ids[2], ids[5], ids[3], ids[0], ids[1], ids[4]]);
    const statuses = pages.flatMap((p) => [...p.matchAll(/data-task-status="(\w+)"/g)].map((m) => m[1]));
    expect(statuses).toEqual(['open', 'open', 'open', 'open', 'open', 'close']);
    expect(pages[0]).toContain('逾期5天');
    expect(pages[1]).toContain('临期');
    expect(pages[0]).toContain('Forestry Bureau');

    // Three a page: page 2 ends the open part and starts the closed one; page 3 is past the end.
    const later = await html('/tasks?page=2&size=3');
    expect(attrs(later, 'data-task-id')).toEqual([ids[0], ids[1], ids[4]]);
    const past = await html('/tasks?page=3&size=3');
    expect(attrs(past, 'data-task-id')).toEqual([]);
    expect(links(past).next).toBeNull();

    // The CSV export still holds every task, in board order.
    const csv = await (await t.app.request(`${ORIGIN}/tasks.csv`, { headers: { cookie } })).text();
    expect(csv.split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(order);
  });
});
