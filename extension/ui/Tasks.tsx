import { useState } from 'preact/hooks';
import { DEFAULT_TIME_ZONE } from '../../shared/rules';
import type { TaskUpdateKind } from '../../shared/schemas';
import { bureauTimeZoneOf, dueState, tasksToShow, uuidv7, type CirculateDb, type ListedTask, type ReminderRow, type TaskUpdateRow } from '../db';
import type { Enrollment } from '../enrollment';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { useLiveQuery } from './hooks';
import { SyncMark } from './SyncMark';
import { t } from './i18n';
import { formatDay } from './format';
import { when } from './when';

/**
 * Tasks my unit leads (主办) or helps with (协办) — for a supervisor, every task under supervision —
 * with the review's outcome and reason, each task's history (who, when), the latest reminder with
 * its sender, and a report with a note. Due states follow the bureau's calendar (shared/rules).
 */
export function Tasks(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const user = enrollment?.user ?? null;
  const items = useLiveQuery(() => (user ? tasksToShow(db, user) : Promise.resolve([])), [db, user?.unitId, user?.role], [] as ListedTask[]);
  const tz = useLiveQuery(() => bureauTimeZoneOf(db), [db], DEFAULT_TIME_ZONE);
  // Units by name, so a history entry without a person's name shows its unit, never an id.
  const names = useLiveQuery(async () => new Map((await db.units.toArray()).map((u) => [u.id, u.name])), [db], new Map<string, string>());
  if (!user) return <p>{t('inboxNotEnrolled')}</p>;
  if (items.length === 0) return <p data-testid="tasks-empty">{t('tasksEmpty')}</p>;
  const kinds: TaskUpdateKind[] =
    user.role === 'supervisor' || user.role === 'admin' ? ['progress', 'request_close', 'close', 'return'] : ['progress', 'request_close'];
  return (
    <ul class="tasks">
      {items.map((item) => (
        <TaskEntry key={item.task.id} db={db} item={item} kinds={kinds} tz={tz} names={names} actor={{ userId: user.id, unitId: user.unitId }} />
      ))}
    </ul>
  );
}

type Names = Map<string, string>;
const who = (u: TaskUpdateRow, names: Names) => u.userName ?? names.get(u.unitId) ?? u.unitId;

function Outcome({ latest, tz, names }: { latest: TaskUpdateRow | undefined; tz: string; names: Names }) {
  if (latest?.kind === 'close') return <p class="outcome close" data-testid="task-outcome">{t('taskOutcomeClose', [who(latest, names), when(latest.serverAt ?? latest.at, tz)])}{latest.note ? ` — ${latest.note}` : ''}</p>;
  if (latest?.kind === 'return') return <p class="outcome return" data-testid="task-outcome">{t('taskOutcomeReturn', [who(latest, names), when(latest.serverAt ?? latest.at, tz), latest.note])}</p>;
  return null;
}

function Reminder({ r, docTitle, names }: { r: ReminderRow; docTitle: string | undefined; names: Names }) {
  return (
    <p class="reminder" data-testid="task-reminder">
      {t('reminderFrom', r.fromUserId ? (r.fromName ?? (r.fromUnitId ? (names.get(r.fromUnitId) ?? r.fromUnitId) : '')) : t('taskScheduled'))}
      {docTitle ? ` ${t('reminderAbout', docTitle)}` : ''}: {r.message}
    </p>
  );
}

function TaskEntry(props: { db: CirculateDb; item: ListedTask; kinds: TaskUpdateKind[]; tz: string; names: Names; actor: { userId: string; unitId: string } }) {
  const { db, item, kinds, tz, names, actor } = props;
  const [kind, setKind] = useState<TaskUpdateKind>('progress');
  const [note, setNote] = useState('');
  const { task, latest } = item;
  const due = dueState(task.dueDate, latest?.kind === 'close', new Date(), tz);
  const needsReason = kind === 'return' && note.trim() === '';

  const submit = async () => {
    if (needsReason) return;
    await enqueue(db, { type: 'task.update', payload: { id: uuidv7(), taskId: task.id, kind, note: note.trim() } }, actor);
    setNote('');
    requestSync();
  };

  const rolePill = item.role === 'lead' ? t('taskLead') : item.role === 'co' ? t('taskCo') : t('taskSupervised');
  return (
    <li data-testid="task-item" data-task-id={task.id} data-due={due ?? undefined} data-status={latest?.kind ?? 'open'} class={`card${due ? ` due-${due}` : ''}`}>
      <p class="text">{task.text}</p>
      <div class="meta">
        <span class={item.role === 'lead' ? 'pill act' : 'pill'}>{rolePill}</span>
        {item.docTitle && <span>{item.docTitle}</span>}
      </div>
      {(task.due || task.dueDate || due) && (
        <div class="meta">
          {(task.due || task.dueDate) && (
            <span class={due ? `due-text ${due}` : undefined}>
              {t('taskDue')}: {task.due ?? formatDay(task.dueDate!)}
              {task.due && task.dueDate && task.due !== task.dueDate ? ` (${formatDay(task.dueDate)})` : ''}
            </span>
          )}
          {due && (
            <span class={`pill ${due}`} data-testid="task-due-state">
              {due === 'overdue' ? t('taskOverdue') : t('taskNearDue')}
            </span>
          )}
        </div>
      )}
      <Outcome latest={latest} tz={tz} names={names} />
      {item.reminder && <Reminder r={item.reminder} docTitle={item.docTitle} names={names} />}
      <p class="status" data-testid="task-status">
        {latest ? `${t(`taskKind_${latest.kind}`)}${latest.note ? `: ${latest.note}` : ''}` : t('taskStatusNew')}
      </p>
      <SyncMark db={db} subject={{ kind: 'task', taskId: task.id }} />
      {item.updates.length > 0 && (
        <details class="history">
          <summary>
            {t('taskHistory')} ({item.updates.length})
          </summary>
          <ol data-testid="task-history">
            {item.updates.map((u) => (
              <li key={u.id} data-kind={u.kind}>
                {t('taskHistoryEntry', [t(`taskKind_${u.kind}`), who(u, names), when(u.serverAt ?? u.at, tz)])}
                {u.note ? `: ${u.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div class="row">
        <select data-testid="task-kind" aria-label={t('taskSubmit')} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as TaskUpdateKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`taskKind_${k}`)}
            </option>
          ))}
        </select>
        <input data-testid="task-note" aria-label={t('taskNote')} placeholder={t('taskNote')} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="primary" data-testid="task-submit" aria-label={t('taskSubmitItem', task.text)} onClick={submit} disabled={needsReason}>
          {t('taskSubmit')}
        </button>
      </div>
      {needsReason && <p class="hint">{t('taskReturnNeedsReason')}</p>}
    </li>
  );
}
