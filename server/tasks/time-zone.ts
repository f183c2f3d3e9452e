import { DEFAULT_TIME_ZONE, dayIn, isTimeZone } from '../../shared/rules';

/** BUREAU_TIME_ZONE: the IANA time zone the bureau's days are counted in (default Asia/Shanghai). */
export function bureauTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const tz = env.BUREAU_TIME_ZONE?.trim();
  if (!tz) return DEFAULT_TIME_ZONE;
  if (!isTimeZone(tz)) throw new Error(`BUREAU_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, not "${tz}"`);
  return tz;
}

/** Today's date (YYYY-MM-DD) in the bureau's time zone. */
export const bureauToday = (now: Date = new Date(), tz: string = bureauTimeZone()) => dayIn(now, tz);
