import type { TaskStatus } from '../tasks/derive';
import type { Lang } from './locale';

const TASK: Record<TaskStatus, [string, string]> = {
  open: ['未开始', 'Not started'],
  progress: ['办理中', 'In progress'],
  request_close: ['申请办结', 'Asked to close'],
  close: ['已办结', 'Closed'],
  return: ['已退回', 'Returned'],
};

/** A task's status as the page's language names it (never the stored code). */
export const taskStatusLabel = (s: TaskStatus, lang: Lang) => (TASK[s] ?? [s, s])[lang === 'en' ? 1 : 0];

/** What the ledger colours a task by: its status, with overdue and near due over the open ones. */
export type TaskState = 'closed' | 'overdue' | 'near_due' | 'request_close' | 'returned' | 'open';

export function taskState(t: { status: TaskStatus; overdue: boolean; nearDue: boolean }): TaskState {
  if (t.status === 'close') return 'closed';
  if (t.overdue) return 'overdue';
  if (t.status === 'request_close') return 'request_close';
  if (t.status === 'return') return 'returned';
  if (t.nearDue) return 'near_due';
  return 'open';
}

const STATE: Record<TaskState, [string, string]> = {
  closed: ['已办结', 'Closed'],
  overdue: ['已逾期', 'Overdue'],
  near_due: ['临近到期', 'Due soon'],
  request_close: ['申请办结', 'Asked to close'],
  returned: ['已退回', 'Returned'],
  open: ['办理中', 'Open'],
};
export const taskStateLabel = (s: TaskState, lang: Lang) => STATE[s][lang === 'en' ? 1 : 0];

export const kindLabel = (kind: string, lang: Lang) => (kind === 'act' ? (lang === 'en' ? 'Act' : '办理') : lang === 'en' ? 'Read' : '阅知');

const ROLE: Record<string, [string, string]> = {
  clerk: ['文书', 'Clerk'],
  recipient: ['收文人', 'Recipient'],
  supervisor: ['督办人', 'Supervisor'],
  admin: ['管理员', 'Admin'],
};

/** A role as people call it in the page's language (the stored code only when it is not one of the four). */
export const roleLabel = (role: string, lang: Lang) => (ROLE[role] ? ROLE[role][lang === 'en' ? 1 : 0] : role);
