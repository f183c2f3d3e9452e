/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { Mutation } from '../../shared/schemas';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { lastSeq } from '../storage/changes';
import { documentHead, documentTasks, reminderSubject } from '../storage/task-history';
import { pushMutations } from '../sync/push';
import { defaultReminderMessage } from '../tasks/reminder-text';
import { documentAckChart } from './report-routes';
import { DocumentTasksPage, RemindPage } from './review';
import { lineText, longText } from '../../shared/schemas/text';
import { langOf, textIn } from './locale';

// Review (办结 / 退回, one task or several from the board), 催办 with words, and a document's task
// page. Every change goes through the sync core (pushMutations: appliers, guards, audit) like a
// device's push, as the signed-in supervisor.

/** Where a form may send the browser back to: a dashboard page of this origin, never elsewhere. */
const Back = z
  .string()
  .regex(/^\/(tasks|matrix|documents\/[0-9a-f-]{36})?$/)
  .catch('/tasks');

const ReviewForm = z.object({
  taskId: z.array(z.uuid()).min(1).max(200),
  action: z.enum(['close', 'return']),
  note: longText(2000).default(''),
  back: Back,
});

const RemindQuery = z.object({
  unitId: lineText(200).min(1),
  taskId: z.uuid().optional(),
  documentId: z.uuid().optional(),
  back: Back,
});

const RemindForm = RemindQuery.extend({ message: longText(2000).default('') });

const now = () => new Date().toISOString();

async function allFields(c: Context): Promise<Record<string, unknown>> {
  try {
    const body = await c.req.parseBody({ all: true });
    // One checked box arrives as a string, several as an array.
    return { ...body, taskId: ([] as unknown[]).concat(body.taskId ?? []) };
  } catch {
    throw new ApiError(400, 'invalid_form', 'the form could not be read');
  }
}

export const reviewRoutes = new Hono<AppEnv>()
  .post('/tasks/review', async (c) => {
    const form = ReviewForm.safeParse(await allFields(c));
    if (!form.success) return textIn(c, 400, '请至少选择一项任务', 'Choose at least one task');
    const f = form.data;
    if (f.action === 'return' && f.note.trim() === '') return textIn(c, 400, '退回须写明理由', 'A return needs a reason');
    const at = now();
    const mutations = f.taskId.map((taskId) =>
      Mutation.parse({ id: randomUUID(), type: 'task.update', at, payload: { id: randomUUID(), taskId, kind: f.action, note: f.note.trim() } }),
    );
    const results = await pushMutations(c.var.storage, c.var.who, mutations);
    const refused = results.filter((r) => r.status === 'rejected');
    if (refused.length) return textIn(c, 422, `未全部办理 (${refused.length}/${results.length})：${refused.map((r) => r.reason).join('；')}`, `Not all done (${refused.length}/${results.length}): ${refused.map((r) => r.reason).join('; ')}`);
    return c.redirect(f.back, 303);
  })
  .get('/remind', async (c) => {
    const q = RemindQuery.safeParse(c.req.query());
    if (!q.success) return textIn(c, 400, '提醒参数无效', 'Invalid reminder');
    const subject = await reminderSubject(c.var.storage.db, q.data);
    if (!subject) return textIn(c, 404, '未找到纪要或任务', 'No such document or task');
    const unit = await c.var.storage.db.selectFrom('units').select('name').where('id', '=', q.data.unitId).executeTakeFirst();
    if (!unit) return textIn(c, 404, '未知单位', 'Unknown unit');
    return c.html(
      <RemindPage
        signedIn={c.var.who}
        unitId={q.data.unitId}
        unitName={unit.name}
        title={subject.title}
        task={subject.task}
        taskId={subject.taskId}
        documentId={subject.documentId}
        message={defaultReminderMessage(subject)}
        back={q.data.back}
        lang={langOf(c)}
      />,
    );
  })
  // The form's message, or (a one-button form elsewhere) the default one; the sender is the session's.
  .post('/reminders', async (c) => {
    const form = RemindForm.safeParse(await allFields(c).then(({ taskId, ...rest }) => ({ ...rest, taskId: (taskId as unknown[])[0] })));
    if (!form.success) return textIn(c, 400, '提醒参数无效', 'Invalid reminder');
    const f = form.data;
    const subject = await reminderSubject(c.var.storage.db, f);
    const message = f.message.trim() || (subject ? defaultReminderMessage(subject) : '');
    const m = Mutation.parse({
      id: randomUUID(),
      type: 'reminder.create',
      at: now(),
      payload: { id: randomUUID(), unitId: f.unitId, documentId: f.documentId ?? subject?.documentId ?? null, taskId: f.taskId ?? null, message },
    });
    const [result] = await pushMutations(c.var.storage, c.var.who, [m]);
    if (result.status === 'rejected') return textIn(c, 422, `催办失败：${result.reason}`, `Not sent: ${result.reason}`);
    return c.redirect(f.back === '/' ? '/?sent=1' : f.back, 303);
  })
  .get('/documents/:id', async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    if (!id.success) return textIn(c, 404, '未找到', 'Not found');
    const db = c.var.storage.db;
    const [doc, tasks, seq] = await Promise.all([documentHead(db, id.data), documentTasks(db, id.data), lastSeq(db)]);
    if (!doc) return textIn(c, 404, '未找到', 'Not found');
    return c.html(<DocumentTasksPage doc={doc} tasks={tasks} signedIn={c.var.who} seq={seq} chart={await documentAckChart(c, id.data)} lang={langOf(c)} />);
  });
