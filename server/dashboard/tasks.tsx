/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { TaskRow } from '../storage/task-board';
import { showTime, tr, type Lang } from './locale';
import { Layout, type Viewer } from './layout';
import { Pager, type PageRequest } from './paging';
import { RemindLink, ReviewForm } from './review';
import { taskStatusLabel } from './status-labels';

/**
 * The task board, a page at a time (overdue first): status with who last reported, due date,
 * overdue and near-due flags, reminders and escalation, and review: tick the tasks that ask to
 * close and accept (办结) or return (退回) them together. Each row carries `data-live`, so the live
 * script swaps just the rows that changed.
 */
export function TasksPage(props: { tasks: TaskRow[]; at: PageRequest; more: boolean; signedIn: Viewer; seq: number; lang: Lang }) {
  const lang = props.lang;
  const asking = props.tasks.filter((t) => t.status === 'request_close').length;
  return (
    <Layout title={tr(lang, '督办任务', 'Task board')} lang={lang} signedIn={props.signedIn} seq={props.seq} back="/tasks">
      <h1>{tr(lang, '督办任务', 'Task board')}</h1>
      <p class="exports">
        <a href="/tasks.csv">{tr(lang, '导出 CSV', 'Export CSV')}</a>
      </p>
      {props.tasks.length === 0 ? (
        <p class="empty">{tr(lang, '暂无任务', 'No tasks yet')}</p>
      ) : (
        <>
          <div class="review-bar" data-live="review-bar">
            <span>
              {tr(lang, '申请办结待审', 'Asking to close')}: {asking}
            </span>{' '}
            <ReviewForm id="review" back="/tasks" lang={lang} />
          </div>
          <table>
            <thead>
              <tr>
                <th>{tr(lang, '选择', 'Select')}</th>
                <th>{tr(lang, '任务', 'Task')}</th>
                <th>{tr(lang, '主办 / 协办', 'Lead / co-units')}</th>
                <th>{tr(lang, '期限', 'Due')}</th>
                <th>{tr(lang, '状态', 'Status')}</th>
                <th>{tr(lang, '催办', 'Reminders')}</th>
                <th>{tr(lang, '操作', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.tasks.map((t) => (
                <TaskBoardRow t={t} lang={lang} />
              ))}
            </tbody>
          </table>
        </>
      )}
      <Pager path="/tasks" at={props.at} more={props.more} lang={lang} />
    </Layout>
  );
}

function TaskBoardRow({ t, lang }: { t: TaskRow; lang: Lang }) {
  const time = (iso: string | null) => showTime(iso, lang);
  return (
    <tr data-live={`task:${t.id}`} data-task-id={t.id} data-task-status={t.status} data-escalated={t.escalated ? 'true' : undefined} class={t.escalated ? 'escalated' : undefined}>
      <td>
        {t.status === 'request_close' && (
          <input type="checkbox" name="taskId" value={t.id} form="review" aria-label={`${tr(lang, '选择', 'Select')}: ${t.text.slice(0, 60)}`} data-testid="review-pick" />
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
        {t.overdue && <div>{tr(lang, `逾期${t.daysOverdue}天`, `Overdue ${t.daysOverdue}d`)}</div>}
        {t.nearDue && <div>{tr(lang, '临期', 'Due soon')}</div>}
      </td>
      <td class="status">
        {taskStatusLabel(t.status, lang)}
        {(t.lastUpdateBy || t.lastUpdateAt) && (
          <div class="meta">
            {t.lastUpdateBy ?? ''} {time(t.lastUpdateAt)}
          </div>
        )}
        {t.lastNote && <div class="meta">{t.lastNote}</div>}
      </td>
      <td>
        {t.urgedCount > 0 ? `${tr(lang, `${t.urgedCount}次`, `${t.urgedCount} times`)} · ${time(t.lastUrgedAt)}` : '—'}
        {t.escalated && (
          <div class="overdue" data-testid="escalated">
            {tr(lang, `已催办${t.urgedCount}次仍逾期`, `Urged ${t.urgedCount} times, still overdue`)}
          </div>
        )}
      </td>
      <td>{!t.closed && <RemindLink unitId={t.leadUnitId} taskId={t.id} back="/tasks" about={`${t.leadUnitName}: ${t.text.slice(0, 60)}`} lang={lang} />}</td>
    </tr>
  );
}
