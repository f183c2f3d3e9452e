// The 通报 report on both engines: a period's units ranked, its charts as inline SVG, the Excel
// workbook opened with exceljs and read cell by cell, and the CSV.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, reminder, taskUpdate } from './mutations';

const ORIGIN = 'http://localhost';
const TZ = 'Asia/Shanghai';
const dayIn = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
const day = (offset: number) => dayIn(Date.now() + offset * 86_400_000);
const task = (documentId: string, leadUnitId: string, dueDate: string, text: string) => ({
  id: randomUUID(), type: 'task.create', at: new Date().toISOString(),
  payload: { id: randomUUID(), documentId, decisionIndex: 0, text, leadUnitId, coUnitIds: [], dueDate },
});

const engines = [
  ['sqlite', () => undefined],
  ['postgres', () => async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'report'), 2)],
] as const;

describe.each(engines)('通报 report on %s', (_engine, open) => {
  let t: TestApp;
  let cookie: string;
  const range = `period=range&from=${day(-7)}&to=${day(1)}`;

  beforeEach(async () => {
    process.env.BUREAU_NAME = '测试市督查室';
    t = await testApp({}, open());
    const clerk = (await t.enroll('clerk', 'office')).token;
    const supervisor = (await t.enroll('supervisor', 'bureau')).token;
    const forestry = (await t.enroll('recipient', 'forestry')).token;
    const doc = randomUUID();
    const overdueTask = task(doc, 'water', day(-3), 'Repair the <dam>');
    const onTimeTask = task(doc, 'forestry', day(0), 'Plant trees');
    for (const r of await t.push(clerk, [docPut(doc, 'hash-report-1', '关于防汛的会议纪要'), circulate(doc, 'forestry'), circulate(doc, 'water', 'act'), overdueTask, onTimeTask])) {
      expect(r).toEqual({ id: r.id, status: 'applied' });
    }
    expect((await t.push(forestry, [ack(doc)]))[0].status).toBe('applied');
    expect((await t.push(supervisor, [taskUpdate(onTimeTask.payload.id, 'close', 'done'), reminder('water', doc)])).map((r) => r.status)).toEqual(['applied', 'applied']);
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `code=${await t.code('supervisor', 'bureau')}`,
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterEach(async () => {
    delete process.env.BUREAU_NAME;
    await t.close();
  });

  const get = (path: string, lang?: 'en') => t.app.request(`${ORIGIN}${path}`, { headers: { cookie: lang ? `${cookie}; circulate_lang=en` : cookie } });

  it('ranks the units of a period on a printable page with server-rendered charts and no script', async () => {
    const res = await get(`/report?${range}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await res.text();
    expect(page).toContain('测试市督查室督办通报');
    const ranked = [...page.matchAll(/<tr data-unit-id="([^"]+)" data-rank="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(ranked).toEqual([['forestry', '1'], ['water', '2']]);
    const water = page.slice(page.indexOf('data-unit-id="water"'));
    expect(water).toMatch(/<td>0\.0%/);
    expect(water).toMatch(/<td class="overdue">1<\/td><td>1<\/td>/);
    // The charts are inline SVG markup with the expected series, and the page runs no inline code.
    const acks = /<figure[^>]*data-chart="acks"[^>]*>([\s\S]*?)<\/figure>/.exec(page)?.[1] ?? '';
    expect(acks).toMatch(/^<svg /);
    expect(acks).toContain('已签收');
    expect(acks).toContain('未签收');
    expect(acks).toContain('Forestry Bureau');
    expect(page).toMatch(/data-chart="tasks"[\s\S]*逾期未办/);
    expect(page.match(/<script/g)).toEqual(['<script']);
    expect(page).toMatch(/<script src="\/dashboard.js" defer[^>]*><\/script>/);
  });

  it('speaks English when the page language is English, and refuses a bad period with a 400 JSON error', async () => {
    const page = await (await get(`/report?${range}`, 'en')).text();
    expect(page).toContain('Acknowledged');
    expect(page).toContain('Overdue');
    const bad = await get('/report?period=range&from=2026-02-30&to=2026-03-01');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
  });

  it('exports the workbook: the ranked report and the 督办台账 coloured by state', async () => {
    const res = await get(`/report/workbook.xlsx?${range}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['通报', '督办台账']);
    const report = wb.getWorksheet('通报')!;
    expect(String(report.getCell('A1').value)).toContain('测试市督查室');
    expect(report.getRow(2).values).toEqual([undefined, '排名', '单位', '传阅', '已签收', '签收率', '平均签收用时（小时）', '到期任务', '按期办结', '逾期办结', '逾期未办', '收到催办']);
    expect([report.getCell('A3').value, report.getCell('B3').value, report.getCell('E3').value]).toEqual([1, 'Forestry Bureau', 1]);
    expect([report.getCell('B4').value, report.getCell('E4').value, report.getCell('J4').value, report.getCell('K4').value]).toEqual(['Water Bureau', 0, 1, 1]);
    const ledger = wb.getWorksheet('督办台账')!;
    expect(ledger.getCell('B1').value).toBe('任务');
    const rows = [2, 3].map((n) => ledger.getRow(n));
    const byTask = new Map(rows.map((r) => [r.getCell(2).value, r]));
    const overdue = byTask.get('Repair the <dam>')!;
    const closed = byTask.get('Plant trees')!;
    expect([overdue.getCell(7).value, overdue.getCell(8).value]).toEqual(['未开始', '已逾期']);
    expect((overdue.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFCDD2');
    expect([closed.getCell(7).value, closed.getCell(8).value]).toEqual(['已办结', '已办结']);
    expect((closed.getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC8E6C9');
  });

  it('exports the report as CSV with headers in the page language', async () => {
    const zh = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await get(`/report/units.csv?${range}`)).arrayBuffer());
    expect(zh.split('\r\n')[0]).toBe('\uFEFF排名,单位,传阅,已签收,签收率,平均签收用时（小时）,到期任务,按期办结,逾期办结,逾期未办,收到催办');
    const en = await (await get(`/report/units.csv?${range}`, 'en')).text();
    expect(en.split('\r\n')[0]).toContain('acknowledgement_rate');
    expect(en.split('\r\n')[2]).toMatch(/^2,Water Bureau,1,0,0\.000,/);
  });
});
