/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { TaskRow } from '../storage/task-board';
import type { TaskStatus } from '../tasks/derive';
import { time } from './documents';
import { Layout } from './layout';
import { Pager, type PageRequest } from './paging';
import { RemindLink, ReviewForm } from './review';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  open: '未开始 Open',
  progress: '办理中 In progress',
  request_close: '申请办结 Asks to close',
  close: '已办结 Closed',
  return: '已退回 Returned',
};

/**
 * The task board, a page at a time (overdue first): status with who last reported, due date,
 * overdue and near-due flags, reminders and escalation, and review: tick the tasks that ask to
 * close and accept (办结) or return (退回) them together. Each row carries `data-live`, so the live
 * script swaps just the rows that changed.
 */
export function TasksPage(props: { tasks: TaskRow[]; at: PageRequest; more: boolean; signedIn: string; seq: number }) {
  const asking = props.tasks.filter((t) => t.status === 'request_close').length;
  return (
    <Layout title="督办任务 Tasks" signedIn={props.signedIn} seq={props.seq}>
      <h1>督办任务 Task board</h1>
      <p class="exports">
        <a href="/tasks.csv">导出 Export CSV</a>
      </p>
      {props.tasks.length === 0 ? (
        <p class="empty">暂无任务 No tasks yet</p>
      ) : (
        <>
          <div class="review-bar" data-live="review-bar">
            <span>
              申请办结待审 Asking to close: {asking}
            </span>{' '}
            <ReviewForm id="review" back="/tasks" />
          </div>
          <table>
            <thead>
              <tr>
                <th>选择 Select</th>
                <th>任务 Task</th>
                <th>主办 Lead / 协办 Co-units</th>
                <th>期限 Due</th>
                <th>状态 Status</th>
                <th>催办 Reminders</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {props.tasks.map((t) => (
                <TaskBoardRow t={t} />
              ))}
            </tbody>
          </table>
        </>
      )}
      <Pager path="/tasks" at={props.at} more={props.more} />
    </Layout>
  );
}

function TaskBoardRow({ t }: { t: TaskRow }) {
  return (
    <tr data-live={`task:${t.id}`} data-task-id={t.id} data-task-status={t.status} data-escalated={t.escalated ? 'true' : undefined} class={t.escalated ? 'escalated' : undefined}>
      <td>
        {t.status === 'request_close' && (
          <input type="checkbox" name="taskId" value={t.id} form="review" aria-label={`选择 Select: ${t.text.slice(0, 60)}`} data-testid="review-pick" />
        )}
      </td>
      <td>
        {t.text}
        <div class="meta">
          <a href={`/documents/${t.documentId}`}>{t.documentTitle}</a>
        </div>
      </td>
      <td>
        {t.leadUnitName}
        {t.coUnitNames.length > 0 && <div class="meta">{t.coUnitNames.join('、')}</div>}
      </td>
      <td class={t.overdue ? 'overdue' : t.nearDue ? 'near-due' : ''}>
        {t.dueDate ?? t.due ?? '—'}
        {t.overdue && <div>逾期 Overdue {t.daysOverdue}d</div>}
        {t.nearDue && <div>临期 Due soon</div>}
      </td>
      <td class="status">
        {STATUS_LABEL[t.status]}
        {(t.lastUpdateBy || t.lastUpdateAt) && (
          <div class="meta">
            {t.lastUpdateBy ?? ''} {time(t.lastUpdateAt)}
          </div>
        )}
        {t.lastNote && <div class="meta">{t.lastNote}</div>}
      </td>
      <td>
        {t.urgedCount > 0 ? `${t.urgedCount}次 times · ${time(t.lastUrgedAt)}` : '—'}
        {t.escalated && (
          <div class="overdue" data-testid="escalated">
            已催办{t.urgedCount}次仍逾期 Escalated
          </div>
        )}
      </td>
      <td>{!t.closed && <RemindLink unitId={t.leadUnitId} taskId={t.id} back="/tasks" />}</td>
    </tr>
  );
}
