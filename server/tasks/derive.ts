import { daysOverdue, dueState } from '../../shared/rules';
import { bureauToday } from './time-zone';

/** A task's status: its latest update in server order, or `open` before any. */
export type TaskStatus = 'open' | 'progress' | 'request_close' | 'close' | 'return';

export interface TaskFlags {
  closed: boolean;
  /** Due within the next 3 days (today included) and not closed. */
  nearDue: boolean;
  /** Past its due date and not closed. */
  overdue: boolean;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
}

/**
 * Near due and overdue, derived from the due date and the bureau's today (YYYY-MM-DD), never
 * stored; the rule itself is shared/rules/due.ts, the same one the extension uses.
 */
export function taskFlags(dueDate: string | null, status: TaskStatus, today: string): TaskFlags {
  const closed = status === 'close';
  const state = dueState(dueDate, closed, today);
  return { closed, nearDue: state === 'near', overdue: state === 'overdue', daysOverdue: state === 'overdue' ? daysOverdue(dueDate, today) : 0 };
}

export { bureauToday };
/** The bureau's today; the old name, kept for the callers that still use it. */
export const todayUtc = (now: Date) => bureauToday(now);
