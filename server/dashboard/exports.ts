import { Hono } from 'hono';
import type { AppEnv } from '../http/env';
import { documentsOverview } from '../storage/overview';
import { taskBoard } from '../storage/task-board';
import { todayUtc } from '../tasks/derive';
import { toCsv } from './csv';
import { documentFilterOf } from './documents-filter';
import { bureau, langOf, tr, type Lang } from './locale';
import { kindLabel, taskStatusLabel } from './status-labels';

const csvResponse = (body: string, name: string) =>
  new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` } });

/** A time as a spreadsheet sorts it, in the bureau's zone: "2026-11-30 04:05". */
function csvTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

const yesNo = (b: boolean, lang: Lang) => (b ? tr(lang, '是', 'yes') : tr(lang, '否', 'no'));

/** CSV exports of the circulation progress (as filtered) and the task board, headers in the page's language. */
export const exportRoutes = new Hono<AppEnv>()
  .get('/documents.csv', async (c) => {
    const lang = langOf(c);
    const { timeZone } = bureau();
    const { filter } = documentFilterOf(c);
    const docs = await documentsOverview(c.var.storage.db, 10_000, filter);
    const rows: string[][] = [
      lang === 'en'
        ? ['document_id', 'title', 'unit_id', 'unit', 'kind', 'circulated_at', 'acknowledged_at', 'read_at']
        : ['文件编号', '标题', '单位代码', '单位', '类型', '传阅时间', '签收时间', '阅读时间'],
    ];
    for (const d of docs) {
      for (const u of d.units) {
        rows.push([d.id, d.title, u.unitId, u.unitName, kindLabel(u.kind, lang), csvTime(u.circulatedAt, timeZone), csvTime(u.ackAt, timeZone), csvTime(u.readAt, timeZone)]);
      }
    }
    return csvResponse(toCsv(rows), 'circulation-progress.csv');
  })
  .get('/tasks.csv', async (c) => {
    const lang = langOf(c);
    const { timeZone } = bureau();
    const tasks = await taskBoard(c.var.storage.db, todayUtc(new Date()));
    const header =
      lang === 'en'
        ? ['task_id', 'document', 'task', 'lead_unit', 'co_units', 'due', 'due_date', 'status', 'overdue', 'near_due', 'last_update_at', 'last_urged_at']
        : ['任务编号', '文件', '任务', '牵头单位', '协办单位', '期限', '到期日', '状态', '逾期', '临近到期', '最近进展时间', '最近催办时间'];
    const rows = tasks.map((t) => [
      t.id, t.documentTitle, t.text, t.leadUnitName, t.coUnitNames.join('|'), t.due, t.dueDate, taskStatusLabel(t.status, lang),
      yesNo(t.overdue, lang), yesNo(t.nearDue, lang), csvTime(t.lastUpdateAt, timeZone), csvTime(t.lastUrgedAt, timeZone),
    ]);
    return csvResponse(toCsv([header, ...rows]), 'tasks.csv');
  });
