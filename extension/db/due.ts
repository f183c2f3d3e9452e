const DAY = 86_400_000;

/** Near due (3 days) and overdue are derived from the due date, never stored. */
export function dueState(dueDate: string | null, closed: boolean, today: Date = new Date()): 'overdue' | 'near' | null {
  if (!dueDate || closed) return null;
  const due = Date.parse(`${dueDate}T23:59:59`);
  if (Number.isNaN(due)) return null;
  if (due < today.getTime()) return 'overdue';
  if (due - today.getTime() <= 3 * DAY) return 'near';
  return null;
}
