/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { TaskRow } from '../storage/task-board';
import type { TaskStatus } from '../tasks/derive';
import { time } from './documents';
import { Layout, RemindButton } from './layout';
import { Pager, type PageRequest } from './paging';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  open: '未开始 Open',
  progress: '办理中 In progress',
  request_close: '申请办结 Asks to close',
  close: '已办结 Closed',
  return: '已退回 Returned',
};

/** The task board, a page at a time (overdue first): status, due date, overdue and near-due flags, last reminder, and a remind button. */
export function TasksPage(props: { tasks: TaskRow[]; at: PageRequest; more: boolean; signedIn: string; seq: number }) {
  return (
    <Layout title="督办任务 Tasks" signedIn={props.signedIn} seq={props.seq}>
      <h1>督办任务 Task board</h1>
      <p class="exports">
        <a href="/tasks.csv">导出 Export CSV</a>
      </p>
      {props.tasks.length === 0 ? (
        <p class="empty">暂无任务 No tasks yet</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>任务 Task</th>
              <th>主办 Lead / 协办 Co-units</th>
              <th>期限 Due</th>
              <th>状态 Status</th>
              <th>最近催办 Last urged</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {props.tasks.map((t) => (
              <tr data-task-id={t.id} data-task-status={t.status}>
                <td>
                  {t.text}
                  <div class="meta">{t.documentTitle}</div>
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
                <td>
                  {STATUS_LABEL[t.status]}
                  {t.lastNote && <div class="meta">{t.lastNote}</div>}
                </td>
                <td>{time(t.lastUrgedAt)}</td>
                <td>{!t.closed && <RemindButton unitId={t.leadUnitId} taskId={t.id} back="/tasks" />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/tasks" at={props.at} more={props.more} />
    </Layout>
  );
}
