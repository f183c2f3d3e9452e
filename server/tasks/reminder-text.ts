import type { ReminderSubject } from '../storage/task-history';

/**
 * The message a 催办 form starts with: which document, which task and its due date, so the
 * recipient knows what is urged without opening anything. The supervisor may change it.
 */
export function defaultReminderMessage(s: ReminderSubject): string {
  if (s.task) return `请抓紧办理《${s.title}》中的任务“${s.task}”${s.due ? `（期限 ${s.due}）` : ''}，并及时反馈进展。`;
  return `请及时阅处并签收《${s.title}》。`;
}
