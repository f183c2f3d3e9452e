// When a task is near due, overdue, and when the schedule reminds its units: the one definition
// the extension, the service and the dashboard all use. Days are calendar days in the bureau's
// time zone; a task due on a day is on time until that day ends there.

/** Near due: due today or within this many days. */
export const NEAR_DUE_DAYS = 3;
/** Scheduled reminders: this many days before the due date, on the day, then every this many days overdue. */
export const REMIND_BEFORE_DAYS = 3;
export const REMIND_OVERDUE_EVERY_DAYS = 3;
/** A unit urged this many times about a task that is still overdue is flagged (escalation). */
export const ESCALATE_AFTER_REMINDERS = 3;

export type DueState = 'overdue' | 'near' | null;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from `from` to `to` (both YYYY-MM-DD); null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (!a || !b) return null;
  const n = (m: RegExpExecArray) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  return n(b) - n(a);
}

/** Near due or overdue on `today` (the bureau's day), or null; a closed or undated task is neither. */
export function dueState(dueDate: string | null | undefined, closed: boolean, today: string): DueState {
  if (!dueDate || closed) return null;
  const left = daysBetween(today, dueDate);
  if (left === null) return null;
  if (left < 0) return 'overdue';
  return left <= NEAR_DUE_DAYS ? 'near' : null;
}

/** Whole days past due on `today` (0 when not overdue). */
export function daysOverdue(dueDate: string | null | undefined, today: string): number {
  const left = dueDate ? daysBetween(today, dueDate) : null;
  return left !== null && left < 0 ? -left : 0;
}

/** A scheduled reminder's occasion: before the due date, on it, or a number of days overdue. */
export type Occasion = { kind: 'before'; days: number } | { kind: 'due-today' } | { kind: 'overdue'; days: number };

/** Which scheduled reminder falls on `today` for a task not closed, if any. */
export function scheduledOccasion(dueDate: string | null | undefined, closed: boolean, today: string): Occasion | null {
  if (!dueDate || closed) return null;
  const left = daysBetween(today, dueDate);
  if (left === null) return null;
  if (left === REMIND_BEFORE_DAYS) return { kind: 'before', days: left };
  if (left === 0) return { kind: 'due-today' };
  if (left < 0 && -left % REMIND_OVERDUE_EVERY_DAYS === 0) return { kind: 'overdue', days: -left };
  return null;
}

/** A stable name for an occasion (part of a scheduled reminder's id, so each is sent once). */
export const occasionKey = (o: Occasion) => (o.kind === 'due-today' ? 'due-today' : o.kind === 'before' ? `due-in-${o.days}-days` : `overdue-${o.days}-days`);

/** What a scheduled reminder says, in both languages the bureau reads (it is stored once for every reader). */
export function occasionText(o: Occasion): string {
  if (o.kind === 'before') return `定时催办：任务${o.days}天后到期 Scheduled reminder: due in ${o.days} days`;
  if (o.kind === 'due-today') return '定时催办：任务今日到期 Scheduled reminder: due today';
  return `定时催办：任务已逾期${o.days}天 Scheduled reminder: overdue by ${o.days} days`;
}

/** Escalated: still overdue after this many reminders to the unit. */
export const escalated = (overdue: boolean, reminders: number) => overdue && reminders >= ESCALATE_AFTER_REMINDERS;
