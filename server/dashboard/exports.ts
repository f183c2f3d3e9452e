import { Hono } from 'hono';
import type { AppEnv } from '../http/env';
import { documentsOverview } from '../storage/overview';
import { taskBoard } from '../storage/task-board';
import { todayUtc } from '../tasks/derive';
import { toCsv } from './csv';

const csvResponse = (body: string, name: string) =>
  new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` } });

/** CSV exports of the circulation progress and the task board (signed-in pages). */
export const exportRoutes = new Hono<AppEnv>()
  .get('/documents.csv', async (c) => {
    const docs = await documentsOverview(c.var.storage.db, 10_000);
    const rows = [['document_id', 'title', 'unit_id', 'unit', 'kind', 'circulated_at', 'acknowledged_at', 'read_at']];
    for (const d of docs) for (const u of d.units) rows.push([d.id, d.title, u.unitId, u.unitName, u.kind, u.circulatedAt, u.ackAt ?? '', u.readAt ?? '']);
    return csvResponse(toCsv(rows), 'circulation-progress.csv');
  })
  .get('/tasks.csv', async (c) => {
    const tasks = await taskBoard(c.var.storage.db, todayUtc(new Date()));
    const header = ['task_id', 'document', 'task', 'lead_unit', 'co_units', 'due', 'due_date', 'status', 'overdue', 'near_due', 'last_update_at', 'last_urged_at'];
    const rows = tasks.map((t) => [
      t.id, t.documentTitle, t.text, t.leadUnitName, t.coUnitNames.join('|'), t.due, t.dueDate, t.status,
      t.overdue, t.nearDue, t.lastUpdateAt, t.lastUrgedAt,
    ]);
    return csvResponse(toCsv([header, ...rows]), 'tasks.csv');
  });
