/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { DocumentHead, DocumentTask, HistoryEntry } from '../storage/task-history';
import { showTime, tr, type Lang } from './locale';
import { Layout, type Viewer } from './layout';
import { taskStatusLabel } from './status-labels';

// Review (办结 / 退回) and reminder (催办) forms, and the document page with each task's history.

/** Accept (办结, optional note) or return (退回, reason required) the tasks whose boxes point at this form. */
export function ReviewForm(props: { id: string; back: string; taskId?: string; lang: Lang }) {
  const { lang } = props;
  return (
    <form method="post" action="/tasks/review" id={props.id} class="review">
      {props.taskId && <input type="hidden" name="taskId" value={props.taskId} />}
      <input type="hidden" name="back" value={props.back} />
      <label>
        {tr(lang, '意见 / 退回理由', 'Note / reason for return')}{' '}
        <input name="note" maxlength={2000} data-testid="review-note" />
      </label>{' '}
      <button type="submit" name="action" value="close" data-testid="review-close">
        {tr(lang, '办结', 'Close')}
      </button>{' '}
      <button type="submit" name="action" value="return" data-testid="review-return">
        {tr(lang, '退回', 'Return')}
      </button>
    </form>
  );
}

/** A link to the 催办 form for a unit about a task or a document. */
export function RemindLink(props: { unitId: string; taskId?: string; documentId?: string; back: string; about?: string; lang: Lang }) {
  const q = new URLSearchParams({ unitId: props.unitId, back: props.back });
  if (props.taskId) q.set('taskId', props.taskId);
  if (props.documentId) q.set('documentId', props.documentId);
  return (
    <a href={`/remind?${q}`} class="remind" data-testid="remind-link" aria-label={`${tr(props.lang, '催办', 'Remind')}: ${props.about ?? props.unitId}`}>
      {tr(props.lang, '催办', 'Remind')}
    </a>
  );
}

export function RemindPage(props: {
  signedIn: Viewer;
  unitId: string;
  unitName: string;
  title: string;
  task: string | null;
  taskId: string | null;
  documentId: string;
  message: string;
  back: string;
  lang: Lang;
}) {
  const { lang } = props;
  return (
    <Layout title={tr(lang, '催办', 'Send a reminder')} lang={lang} signedIn={props.signedIn}>
      <h1>{tr(lang, '催办', 'Send a reminder')}</h1>
      <form method="post" action="/reminders" class="remind-form">
        <p>
          {tr(lang, '致：', 'To: ')}
          <strong>{props.unitName}</strong>
        </p>
        <p>
          {tr(lang, '纪要：', 'Document: ')}
          {props.title}
          {props.task && (
            <>
              <br />
              {tr(lang, '任务：', 'Task: ')}
              {props.task}
            </>
          )}
        </p>
        <input type="hidden" name="unitId" value={props.unitId} />
        <input type="hidden" name="documentId" value={props.documentId} />
        {props.taskId && <input type="hidden" name="taskId" value={props.taskId} />}
        <input type="hidden" name="back" value={props.back} />
        <label>
          {tr(lang, '催办内容', 'Message')}
          <textarea name="message" rows={4} maxlength={2000} required data-testid="remind-message">
            {props.message}
          </textarea>
        </label>
        <button type="submit" data-testid="remind-send">
          {tr(lang, '发送催办', 'Send')}
        </button>{' '}
        <a href={props.back}>{tr(lang, '取消', 'Cancel')}</a>
      </form>
    </Layout>
  );
}

function History({ entries, lang }: { entries: HistoryEntry[]; lang: Lang }) {
  if (entries.length === 0) return <p class="empty">{tr(lang, '尚无报告', 'No reports yet')}</p>;
  return (
    <ol class="history" data-testid="task-history">
      {entries.map((e) => (
        <li data-kind={e.kind}>
          <strong>{taskStatusLabel(e.kind, lang)}</strong> · {e.by}（{e.unitName}） · {showTime(e.serverAt, lang)}
          {e.note && <div class="meta">{e.note}</div>}
        </li>
      ))}
    </ol>
  );
}

/** One document's tasks, each with its history, its reminders and the review controls. */
export function DocumentTasksPage(props: { doc: DocumentHead; tasks: DocumentTask[]; signedIn: Viewer; seq: number; chart?: Child; lang: Lang }) {
  const lang = props.lang;
  const back = `/documents/${props.doc.id}`;
  return (
    <Layout title={props.doc.title} lang={lang} signedIn={props.signedIn} seq={props.seq} back={back}>
      <h1>{props.doc.title}</h1>
      <p class="meta">
        {props.doc.ownerUnitName} · v{props.doc.version} · {props.doc.meetingDate ?? ''}
      </p>
      {props.chart}
      <h2>{tr(lang, '任务与办理记录', 'Tasks and their history')}</h2>
      {props.tasks.length === 0 && <p class="empty">{tr(lang, '暂无任务', 'No tasks')}</p>}
      {props.tasks.map((t) => (
        <section class="doc" data-live={`task:${t.id}`} data-task-id={t.id} data-task-status={t.status}>
          <h3>{t.text}</h3>
          <p class="meta">
            {tr(lang, '主办', 'Lead')}: {t.leadUnitName} · {tr(lang, '期限', 'Due')}: {t.dueDate ?? t.due ?? '—'} · {tr(lang, '状态', 'Status')}:{' '}
            <span class="status">{taskStatusLabel(t.status, lang)}</span>
          </p>
          <History entries={t.history} lang={lang} />
          {t.reminders.length > 0 && (
            <ul class="reminders">
              {t.reminders.map((r) => (
                <li>
                  {tr(lang, '催办', 'Reminder')} → {r.unitName} · {r.from ?? tr(lang, '定时', 'Scheduled')} · {showTime(r.at, lang)}: {r.message}
                </li>
              ))}
            </ul>
          )}
          {t.status !== 'close' && (
            <p>
              {t.status === 'request_close' && <ReviewForm id={`review-${t.id}`} back={back} taskId={t.id} lang={lang} />}{' '}
              <RemindLink unitId={t.leadUnitId} taskId={t.id} back={back} about={`${t.leadUnitName}: ${t.text.slice(0, 60)}`} lang={lang} />
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
