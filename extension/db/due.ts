import type { CirculateDb } from './database';
import { getMeta, META } from './meta';
import { dayIn, DEFAULT_TIME_ZONE, dueState as dueOn, type DueState } from '../../shared/rules';

/**
 * Near due (3 days) and overdue, derived from the due date, never stored: the shared rule
 * (shared/rules/due.ts) on the bureau's calendar day, in the time zone the service names in its
 * pull answer (Asia/Shanghai until it has).
 */
export function dueState(dueDate: string | null, closed: boolean, now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): DueState {
  return dueOn(dueDate, closed, dayIn(now, timeZone));
}

/** The bureau's time zone the service last named, or the default. */
export async function bureauTimeZoneOf(db: CirculateDb): Promise<string> {
  return (await getMeta<string>(db, META.timeZone)) ?? DEFAULT_TIME_ZONE;
}
