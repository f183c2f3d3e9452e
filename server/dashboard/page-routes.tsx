/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../http/env';
import { recentAudit, verifyAudit } from '../storage/audit';
import { lastSeq } from '../storage/changes';
import { matrixPage } from '../storage/dashboard-matrix';
import { hasPassword } from '../storage/accounts';
import { documentsPage, listUnitNames } from '../storage/overview';
import { taskBoardPage } from '../storage/task-board';
import { bureauToday } from '../tasks/derive';
import { AuditPage } from './audit';
import { DocumentsPage } from './documents';
import { documentFilterOf } from './documents-filter';
import { langOf, tr } from './locale';
import { MatrixPage } from './matrix';
import { PAGE_SIZE, pageRequest } from './paging';
import { TasksPage } from './tasks';

/** The signed-in pages (the caller has checked the session). Reminders and reviews: ./review-routes. */
export const pageRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.var.storage.db;
    const lang = langOf(c);
    const notice = c.req.query('sent') === '1' ? tr(lang, '已催办', 'Reminder sent') : undefined;
    const at = pageRequest(c, PAGE_SIZE.documents);
    const { fields, filter, query } = documentFilterOf(c);
    const [docs, seq, units, has] = await Promise.all([documentsPage(db, at, filter), lastSeq(db), listUnitNames(db), hasPassword(db, c.var.who.userId)]);
    return c.html(
      <DocumentsPage
        docs={docs.items} more={docs.more} at={at} seq={seq} signedIn={c.var.who} notice={notice}
        lang={lang} filter={fields} query={query} units={units} needsPassword={!has}
      />,
    );
  })
  .get('/matrix', async (c) => {
    const db = c.var.storage.db;
    const at = pageRequest(c, PAGE_SIZE.matrix);
    const [data, seq] = await Promise.all([matrixPage(db, at), lastSeq(db)]);
    return c.html(<MatrixPage data={data} at={at} seq={seq} signedIn={c.var.who} lang={langOf(c)} />);
  })
  .get('/tasks', async (c) => {
    const db = c.var.storage.db;
    const at = pageRequest(c, PAGE_SIZE.tasks);
    const [tasks, seq] = await Promise.all([taskBoardPage(db, bureauToday(), at), lastSeq(db)]);
    return c.html(<TasksPage tasks={tasks.items} more={tasks.more} at={at} seq={seq} signedIn={c.var.who} lang={langOf(c)} />);
  })
  .get('/audit', async (c) => {
    const db = c.var.storage.db;
    const [entries, verdict, seq] = await Promise.all([recentAudit(db, 200), verifyAudit(db), lastSeq(db)]);
    return c.html(<AuditPage entries={entries} verdict={verdict} seq={seq} signedIn={c.var.who} lang={langOf(c)} />);
  });
