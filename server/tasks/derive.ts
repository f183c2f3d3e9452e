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

const DAY = 86_400_000;
const dayNumber = (ymd: string) => Math.floor(Date.parse(`${ymd}T00:00:00Z`) / DAY);

/** Near due and overdue are derived from the due date and today's date (YYYY-MM-DD), never stored. */
export function taskFlags(dueDate: string | null, status: TaskStatus, today: string): TaskFlags {
  const closed = status === 'close';
  if (!dueDate || closed) return { closed, nearDue: false, overdue: false, daysOverdue: 0 };
  const diff = dayNumber(dueDate) - dayNumber(today);
  return { closed, nearDue: diff >= 0 && diff <= 3, overdue: diff < 0, daysOverdue: diff < 0 ? -diff : 0 };
}

/**
 * Which scheduled reminder is due today for a task, if any: 3 days before the due date, on the due
 * day, and every 3 days once overdue. Returns a stable name for the occasion, or null.
 */
export function scheduledOccasion(dueDate: string | null, status: TaskStatus, today: string): string | null {
  if (!dueDate || status === 'close') return null;
  const diff = dayNumber(dueDate) - dayNumber(today);
  if (diff === 3) return 'due-in-3-days';
  if (diff === 0) return 'due-today';
  if (diff < 0 && -diff % 3 === 0) return `overdue-${-diff}-days`;
  return null;
}

export const todayUtc = (now: Date) => now.toISOString().slice(0, 10);
