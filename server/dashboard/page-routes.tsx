/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { Mutation } from '../../shared/schemas';
import type { AppEnv } from '../http/env';
import { formFields } from '../http/validate';
import { recentAudit, verifyAudit } from '../storage/audit';
import { lastSeq } from '../storage/changes';
import { matrixPage } from '../storage/dashboard-matrix';
import { hasPassword } from '../storage/accounts';
import { documentsPage, listUnitNames } from '../storage/overview';
import { taskBoardPage } from '../storage/task-board';
import { pushMutations } from '../sync/push';
import { todayUtc } from '../tasks/derive';
import { AuditPage } from './audit';
import { DocumentsPage } from './documents';
import { documentFilterOf } from './documents-filter';
import { langOf } from './locale';
import { MatrixPage } from './matrix';
import { PAGE_SIZE, pageRequest } from './paging';
import { TasksPage } from './tasks';

const RemindForm = z.object({
  unitId: z.string().min(1).max(200),
  documentId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  message: z.string().max(2000).optional(),
  back: z.enum(['/', '/tasks', '/matrix']).default('/'),
});

/** The signed-in pages (the caller has checked the session). */
export const pageRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.var.storage.db;
    const notice = c.req.query('sent') === '1' ? '已催办 Reminder sent' : undefined;
    const at = pageRequest(c, PAGE_SIZE.documents);
    const { fields, filter, query } = documentFilterOf(c);
    const [docs, seq, units, has] = await Promise.all([documentsPage(db, at, filter), lastSeq(db), listUnitNames(db), hasPassword(db, c.var.who.userId)]);
    return c.html(
      <DocumentsPage
        docs={docs.items} more={docs.more} at={at} seq={seq} signedIn={c.var.who.name} notice={notice}
        lang={langOf(c)} filter={fields} query={query} units={units} needsPassword={!has}
      />,
    );
  })
  .get('/matrix', async (c) => {
    const db = c.var.storage.db;
    const at = pageRequest(c, PAGE_SIZE.matrix);
    const [data, seq] = await Promise.all([matrixPage(db, at), lastSeq(db)]);
    return c.html(<MatrixPage data={data} at={at} seq={seq} signedIn={c.var.who.name} lang={langOf(c)} />);
  })
  .get('/tasks', async (c) => {
    const db = c.var.storage.db;
    const at = pageRequest(c, PAGE_SIZE.tasks);
    const [tasks, seq] = await Promise.all([taskBoardPage(db, todayUtc(new Date()), at), lastSeq(db)]);
    return c.html(<TasksPage tasks={tasks.items} more={tasks.more} at={at} seq={seq} signedIn={c.var.who.name} />);
  })
  .get('/audit', async (c) => {
    const db = c.var.storage.db;
    const [entries, verdict, seq] = await Promise.all([recentAudit(db, 200), verifyAudit(db), lastSeq(db)]);
    return c.html(<AuditPage entries={entries} verdict={verdict} seq={seq} signedIn={c.var.who.name} />);
  })
  // A reminder from the dashboard goes through the same path as one pushed by a device.
  .post('/reminders', async (c) => {
    const form = RemindForm.safeParse(await formFields(c));
    if (!form.success) return c.text('提醒参数无效 Invalid reminder', 400);
    const f = form.data;
    const m = Mutation.parse({
      id: randomUUID(),
      type: 'reminder.create',
      at: new Date().toISOString(),
      payload: { id: randomUUID(), unitId: f.unitId, documentId: f.documentId ?? null, taskId: f.taskId ?? null, message: f.message ?? '' },
    });
    const [result] = await pushMutations(c.var.storage, c.var.who, [m]);
    if (result.status === 'rejected') return c.text(`催办失败 Not sent: ${result.reason}`, 422);
    return c.redirect(f.back === '/' ? '/?sent=1' : f.back, 303);
  });
