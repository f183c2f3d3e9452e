import { useState } from 'preact/hooks';
import type { TaskUpdateKind } from '../../shared/schemas';
import { dueState, tasksFor, uuidv7, type CirculateDb, type TaskItem } from '../db';
import type { Profile } from '../profile';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { useLiveQuery } from './hooks';
import { SyncMark } from './SyncMark';
import { t } from './i18n';

/** Tasks my unit leads (主办) or helps with (协办): status and a progress report with a note. */
export function Tasks(props: { db: CirculateDb; profile: Profile | null }) {
  const { db, profile } = props;
  const user = profile?.user ?? null;
  const unitId = user?.unitId ?? null;
  const items = useLiveQuery(() => (unitId ? tasksFor(db, unitId) : Promise.resolve([])), [db, unitId], [] as TaskItem[]);
  if (!user) return <p>{t('inboxNotEnrolled')}</p>;
  if (items.length === 0) return <p data-testid="tasks-empty">{t('tasksEmpty')}</p>;
  const kinds: TaskUpdateKind[] =
    user.role === 'supervisor' || user.role === 'admin' ? ['progress', 'request_close', 'close', 'return'] : ['progress', 'request_close'];
  return (
    <ul class="tasks">
      {items.map((item) => (
        <TaskEntry key={item.task.id} db={db} item={item} kinds={kinds} actor={{ userId: user.id, unitId: user.unitId }} />
      ))}
    </ul>
  );
}

function TaskEntry(props: { db: CirculateDb; item: TaskItem; kinds: TaskUpdateKind[]; actor: { userId: string; unitId: string } }) {
  const { db, item, kinds, actor } = props;
  const [kind, setKind] = useState<TaskUpdateKind>('progress');
  const [note, setNote] = useState('');
  const { task, latest } = item;
  const due = dueState(task.dueDate, latest?.kind === 'close');

  const submit = async () => {
    await enqueue(db, { type: 'task.update', payload: { id: uuidv7(), taskId: task.id, kind, note: note.trim() } }, actor);
    setNote('');
    requestSync();
  };

  return (
    <li data-testid="task-item" data-task-id={task.id} data-due={due ?? undefined} class={`card${due ? ` due-${due}` : ''}`}>
      <p class="text">{task.text}</p>
      <div class="meta">
        <span class={item.role === 'lead' ? 'pill act' : 'pill'}>{item.role === 'lead' ? t('taskLead') : t('taskCo')}</span>
        {item.docTitle && <span>{item.docTitle}</span>}
      </div>
      {(task.due || task.dueDate || due) && (
        <div class="meta">
          {(task.due || task.dueDate) && (
            <span class={due ? `due-text ${due}` : undefined}>
              {t('taskDue')}: {task.due ?? task.dueDate}
              {task.due && task.dueDate && task.due !== task.dueDate ? ` (${task.dueDate})` : ''}
            </span>
          )}
          {due && (
            <span class={`pill ${due}`} data-testid="task-due-state">
              {due === 'overdue' ? t('taskOverdue') : t('taskNearDue')}
            </span>
          )}
        </div>
      )}
      {item.reminder && (
        <p class="reminder" data-testid="task-reminder">
          {t('notifyReminder')}: {item.reminder.message}
        </p>
      )}
      <p class="status" data-testid="task-status">
        {latest ? `${t(`taskKind_${latest.kind}`)}${latest.note ? `: ${latest.note}` : ''}` : t('taskStatusNew')}
      </p>
      <SyncMark db={db} subject={{ kind: 'task', taskId: task.id }} />
      <div class="row">
        <select data-testid="task-kind" aria-label={t('taskSubmit')} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as TaskUpdateKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`taskKind_${k}`)}
            </option>
          ))}
        </select>
        <input data-testid="task-note" aria-label={t('taskNote')} placeholder={t('taskNote')} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="primary" data-testid="task-submit" onClick={submit}>
          {t('taskSubmit')}
        </button>
      </div>
    </li>
  );
}
