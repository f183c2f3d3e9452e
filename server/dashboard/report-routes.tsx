/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { ackTimelineChart } from '../charts/ack-timeline';
import { ackChart, taskChart } from '../charts/unit-charts';
import type { AppEnv } from '../http/env';
import { queryOf } from '../http/validate';
import { PeriodQuery, periodLabel, periodOf, periodQueryString } from '../report/period';
import { documentAcks, unitReport } from '../report/units';
import { reportWorkbook } from '../report/workbook';
import { taskBoard } from '../storage/task-board';
import { toCsv } from './csv';
import { bureau, dayIn, langOf, tr } from './locale';
import { DocumentAckChart, DocumentChartPage, ReportPage } from './report';

/** The chart slot of a document's page: its acknowledgements over time (nothing before any circulation). */
export async function documentAckChart(c: Context<AppEnv>, documentId: string) {
  const found = await documentAcks(c.var.storage.db, documentId);
  if (!found || found.circulated === 0) return null;
  const lang = langOf(c);
  return <DocumentAckChart svg={ackTimelineChart(found.acks, found.circulated, lang, bureau().timeZone)} lang={lang} />;
}

async function reportOf(c: Context<AppEnv>) {
  const { name, timeZone } = bureau();
  const lang = langOf(c);
  const now = new Date();
  const period = periodOf(queryOf(c, PeriodQuery), now, timeZone);
  const today = dayIn(now.getTime(), timeZone);
  const rows = await unitReport(c.var.storage.db, period, today, timeZone);
  return { name, timeZone, lang, period, today, rows, label: periodLabel(period, lang) };
}

/** The 通报 page, its workbook and CSV, and a document's acknowledgement chart (signed-in). */
export const reportRoutes = new Hono<AppEnv>()
  .get('/report', async (c) => {
    const r = await reportOf(c);
    const charts = { acks: ackChart(r.rows, r.lang), tasks: taskChart(r.rows, r.lang) };
    return c.html(
      <ReportPage bureauName={r.name} period={r.period} periodLabel={r.label} query={periodQueryString(r.period)} rows={r.rows} charts={charts} signedIn={c.var.who} lang={r.lang} />,
    );
  })
  .get('/report/workbook.xlsx', async (c) => {
    const r = await reportOf(c);
    const tasks = await taskBoard(c.var.storage.db, r.today);
    const body = await reportWorkbook({ bureauName: r.name, periodLabel: r.label, rows: r.rows, tasks, lang: r.lang, timeZone: r.timeZone });
    const file = `report-${r.period.from}-${r.period.to}.xlsx`;
    return c.body(new Uint8Array(body), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${file}"`,
    });
  })
  .get('/report/units.csv', async (c) => {
    const r = await reportOf(c);
    const { lang } = r;
    const header = [
      tr(lang, '排名', 'rank'), tr(lang, '单位', 'unit'), tr(lang, '传阅', 'circulated'), tr(lang, '已签收', 'acknowledged'), tr(lang, '签收率', 'acknowledgement_rate'),
      tr(lang, '平均签收用时（小时）', 'mean_hours_to_acknowledge'), tr(lang, '到期任务', 'tasks_due'), tr(lang, '按期办结', 'on_time'), tr(lang, '逾期办结', 'closed_late'),
      tr(lang, '逾期未办', 'overdue'), tr(lang, '收到催办', 'reminders_received'),
    ];
    const rows = r.rows.map((u) => [
      u.rank, u.unitName, u.circulated, u.acknowledged, u.ackRate === null ? '' : u.ackRate.toFixed(3), u.avgAckHours === null ? '' : u.avgAckHours.toFixed(1),
      u.tasksDue, u.onTime, u.late, u.overdue, u.remindersReceived,
    ]);
    return new Response(toCsv([header, ...rows]), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="report-${r.period.from}-${r.period.to}.csv"` },
    });
  })
  .get('/report/documents/:id', async (c) => {
    const lang = langOf(c);
    const id = c.req.param('id');
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await documentAcks(c.var.storage.db, id) : undefined;
    if (!found) return c.json({ error: { code: 'not_found', message: 'no such document' } }, 404);
    const svg = ackTimelineChart(found.acks, found.circulated, lang, bureau().timeZone);
    return c.html(<DocumentChartPage title={found.title} svg={svg} acknowledged={found.acks.length} circulated={found.circulated} signedIn={c.var.who} lang={lang} />);
  });
