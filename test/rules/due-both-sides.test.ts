import { describe, expect, it } from 'vitest';
import { dueState as extensionDueState } from '../../extension/db/due';
import { taskFlags } from '../../server/tasks/derive';
import { bureauTimeZone, bureauToday } from '../../server/tasks/time-zone';
import { dayIn, occasionKey, scheduledOccasion } from '../../shared/rules';

// One table, two sides: the extension's Tasks view and the service's board must give the same
// answer for the same instant, on the bureau's calendar, around midnight and month/year ends.
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const rows: { at: string; tz: string; due: string; state: 'near' | 'overdue' | null; day: string }[] = [
  // 23:59 in Shanghai on the due day is still on time; one minute later it is overdue.
  { at: '2026-11-30T15:59:00Z', tz: SH, due: '2026-11-30', state: 'near', day: '2026-11-30' },
  { at: '2026-11-30T16:00:00Z', tz: SH, due: '2026-11-30', state: 'overdue', day: '2026-12-01' },
  // UTC still says 30 November while Shanghai is on 1 December (the eight hours issue 9 names).
  { at: '2026-11-30T17:00:00Z', tz: SH, due: '2026-12-04', state: 'near', day: '2026-12-01' },
  { at: '2026-11-30T15:00:00Z', tz: SH, due: '2026-12-04', state: null, day: '2026-11-30' },
  // Month ends: 28 February to 3 March is three days in a common year, four in a leap year.
  { at: '2027-02-28T04:00:00Z', tz: SH, due: '2027-03-03', state: 'near', day: '2027-02-28' },
  { at: '2028-02-28T04:00:00Z', tz: SH, due: '2028-03-03', state: null, day: '2028-02-28' },
  { at: '2028-02-28T20:00:00Z', tz: SH, due: '2028-03-03', state: 'near', day: '2028-02-29' },
  // Year end.
  { at: '2026-12-31T16:30:00Z', tz: SH, due: '2026-12-31', state: 'overdue', day: '2027-01-01' },
  { at: '2026-12-31T15:30:00Z', tz: SH, due: '2027-01-03', state: 'near', day: '2026-12-31' },
  // Another bureau's zone, behind UTC, and a daylight-saving change (3 November 2024).
  { at: '2024-11-01T03:30:00Z', tz: NY, due: '2024-10-31', state: 'near', day: '2024-10-31' },
  { at: '2024-11-01T04:30:00Z', tz: NY, due: '2024-10-31', state: 'overdue', day: '2024-11-01' },
  { at: '2024-11-04T04:30:00Z', tz: NY, due: '2024-11-06', state: 'near', day: '2024-11-03' },
  { at: '2024-11-04T05:30:00Z', tz: NY, due: '2024-11-07', state: 'near', day: '2024-11-04' },
  { at: '2024-11-04T04:30:00Z', tz: NY, due: '2024-11-07', state: null, day: '2024-11-03' },
];

describe('near due and overdue: the same answer on the extension and the service', () => {
  it.each(rows)('$at in $tz, due $due → $state', ({ at, tz, due, state, day }) => {
    const now = new Date(at);
    expect(dayIn(now, tz)).toBe(day);
    expect(extensionDueState(due, false, now, tz)).toBe(state);
    const flags = taskFlags(due, 'open', bureauToday(now, tz));
    expect(flags.overdue ? 'overdue' : flags.nearDue ? 'near' : null).toBe(state);
    // Closed tasks are neither, on both sides.
    expect(extensionDueState(due, true, now, tz)).toBeNull();
    expect(taskFlags(due, 'close', bureauToday(now, tz))).toMatchObject({ nearDue: false, overdue: false });
  });

  it('schedules reminders on the bureau day: 3 days before, on the day, every 3 days overdue', () => {
    const at = (iso: string) => {
      const o = scheduledOccasion('2026-12-01', false, dayIn(new Date(iso), SH));
      return o && occasionKey(o);
    };
    // 27 November 16:00 UTC is already 28 November in Shanghai: three days before 1 December.
    expect(at('2026-11-27T15:59:00Z')).toBeNull();
    expect(at('2026-11-27T16:00:00Z')).toBe('due-in-3-days');
    expect(at('2026-12-01T01:00:00Z')).toBe('due-today');
    expect(at('2026-12-03T17:00:00Z')).toBe('overdue-3-days');
    expect(at('2026-12-06T17:00:00Z')).toBe('overdue-6-days');
    expect(at('2026-12-06T15:00:00Z')).toBeNull();
  });

  it('reads BUREAU_TIME_ZONE, defaults to Asia/Shanghai and refuses a name that is no zone', () => {
    expect(bureauTimeZone({})).toBe(SH);
    expect(bureauTimeZone({ BUREAU_TIME_ZONE: NY })).toBe(NY);
    expect(() => bureauTimeZone({ BUREAU_TIME_ZONE: 'Mars/Olympus' })).toThrow(/BUREAU_TIME_ZONE/);
  });
});
