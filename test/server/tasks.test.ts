import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { occasionKey, scheduledOccasion } from '../../shared/rules';
import { taskFlags } from '../../server/tasks/derive';
import { nameUuid, sendScheduledReminders } from '../../server/tasks/scheduled-reminders';
import { taskBoard } from '../../server/storage/task-board';
import { testApp, type TestApp } from './harness';
import { circulate, docPut, reminder, taskCreate, taskUpdate } from './mutations';

describe('derived task flags', () => {
  it('marks near due within 3 days and overdue after the due date, never when closed', () => {
    expect(taskFlags('2026-12-10', 'open', '2026-12-06')).toMatchObject({ nearDue: false, overdue: false });
    expect(taskFlags('2026-12-10', 'open', '2026-12-07')).toMatchObject({ nearDue: true, overdue: false });
    expect(taskFlags('2026-12-10', 'progress', '2026-12-10')).toMatchObject({ nearDue: true, overdue: false });
    expect(taskFlags('2026-12-10', 'return', '2026-12-12')).toMatchObject({ nearDue: false, overdue: true, daysOverdue: 2 });
    expect(taskFlags('2026-12-10', 'close', '2026-12-12')).toMatchObject({ closed: true, overdue: false });
    expect(taskFlags(null, 'open', '2026-12-12')).toMatchObject({ nearDue: false, overdue: false });
  });

  it('schedules reminders 3 days before, on the day, and every 3 days overdue', () => {
    const days = ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11', '2026-12-13', '2026-12-16', '2026-12-17'];
    expect(days.map((d) => { const o = scheduledOccasion('2026-12-10', false, d); return o && occasionKey(o); })).toEqual([
      null, 'due-in-3-days', null, 'due-today', null, 'overdue-3-days', 'overdue-6-days', null,
    ]);
    expect(scheduledOccasion('2026-12-10', true, '2026-12-10')).toBeNull();
  });

  it('makes stable, valid UUIDs from names', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
    expect(z.uuid().safeParse(nameUuid('a')).success).toBe(true);
  });
});

describe('task board and scheduled reminders', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  it('derives status from the latest update and lists overdue first', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const forestry = await t.enroll('recipient', 'forestry');
    const supervisor = await t.enroll('supervisor', 'bureau');
    const doc = randomUUID();
    const late = randomUUID();
    const fine = randomUUID();
    const lateTask = { ...taskCreate(doc, 'forestry', ['water'], late) };
    (lateTask.payload as { dueDate: string }).dueDate = '2026-01-01';
    await t.push(clerk.token, [docPut(doc), circulate(doc, 'forestry'), taskCreate(doc, 'water', [], fine), lateTask]);
    await t.push(forestry.token, [taskUpdate(late, 'progress', 'started'), taskUpdate(late, 'request_close', 'finished')]);
    await t.push(supervisor.token, [{ ...reminder('forestry', doc), payload: { id: randomUUID(), unitId: 'forestry', taskId: late, message: 'hurry' } }]);
    const board = await taskBoard(t.storage.db, '2026-06-01');
    expect(board.map((r) => [r.id, r.status, r.overdue])).toEqual([
      [late, 'request_close', true],
      [fine, 'open', false],
    ]);
    expect(board[0]).toMatchObject({ lastNote: 'finished', leadUnitName: 'Forestry Bureau', coUnitNames: ['Water Bureau'], lastUrgedAt: expect.any(String) });
  });

  it('sends each scheduled reminder once, to every unit of the task, and only them', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const water = await t.enroll('recipient', 'water');
    const office = await t.enroll('recipient', 'office');
    const doc = randomUUID();
    const task = randomUUID();
    const m = taskCreate(doc, 'forestry', ['water'], task);
    (m.payload as { dueDate: string }).dueDate = '2026-12-10';
    await t.push(clerk.token, [docPut(doc), m]);
    expect(await sendScheduledReminders(t.storage, new Date('2026-12-07T08:00:00Z'))).toBe(2);
    expect(await sendScheduledReminders(t.storage, new Date('2026-12-07T09:00:00Z'))).toBe(0);
    expect(await sendScheduledReminders(t.storage, new Date('2026-12-08T09:00:00Z'))).toBe(0);
    const reminders = (await t.pull(water.token)).changes.filter((c) => c.entity === 'reminder');
    expect(reminders.map((c) => [c.data.unitId, c.data.taskId, c.data.fromUserId])).toEqual([['water', task, null]]);
    expect(reminders[0].data.message).toContain('Scheduled reminder: due in 3 days');
    // Sent through the reminder applier, audited as the schedule's own entry.
    const { recentAudit } = await import('../../server/storage/audit');
    const [entry] = await recentAudit(t.storage.db, 1);
    expect(entry).toMatchObject({ actor: 'scheduler', device: null, clientAt: null, action: 'reminder.scheduled', entity: 'reminder', data: { taskId: task, occasion: 'due-in-3-days' } });
    expect((await t.pull(office.token)).changes.filter((c) => c.entity === 'reminder')).toEqual([]);
    await t.push(water.token, [taskUpdate(task, 'progress')]);
    const supervisor = await t.enroll('supervisor', 'bureau');
    await t.push(supervisor.token, [taskUpdate(task, 'close')]);
    expect(await sendScheduledReminders(t.storage, new Date('2026-12-10T09:00:00Z'))).toBe(0);
  });
});
