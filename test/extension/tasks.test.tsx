// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyDueTasks } from '../../extension/background/due-notify';
import { CirculateDb, dueState, type TaskRow } from '../../extension/db';
import type { Enrollment } from '../../extension/enrollment';
import { Tasks } from '../../extension/ui/Tasks';
import { answerMessages, installEnglish, settle } from './ui-helpers';
import { DOC_ID } from './fixtures';

let db: CirculateDb;
let n = 0;
const ME: Enrollment = { server: 's', deviceName: 'd', user: { id: 'user-3', role: 'recipient', unitId: 'u-fgw' }, state: 'enrolled' };
const task = (id: string, over: Partial<TaskRow> = {}): TaskRow => ({
  id,
  documentId: DOC_ID,
  decisionIndex: 0,
  text: `任务 ${id}`,
  leadUnitId: 'u-fgw',
  coUnitIds: [],
  due: null,
  dueDate: null,
  createdAt: 'x',
  ...over,
});

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-tasks-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('Tasks view', () => {
  it('lists tasks my unit leads or helps with, with the latest status in server order', async () => {
    await db.tasks.bulkPut([
      task('01890000-0000-7000-8000-0000000000e1', { dueDate: '2024-06-30' }),
      task('01890000-0000-7000-8000-0000000000e2', { leadUnitId: 'u-fin', coUnitIds: ['u-fgw'], dueDate: '2024-06-01' }),
      task('01890000-0000-7000-8000-0000000000e3', { leadUnitId: 'u-fin' }),
    ]);
    // Server order (seq) decides, not the clocks of the devices.
    await db.taskUpdates.bulkPut([
      { id: 'x2', taskId: '01890000-0000-7000-8000-0000000000e1', kind: 'request_close', note: '已完成', unitId: 'u-fgw', at: '2024-01-01', seq: 9 },
      { id: 'x1', taskId: '01890000-0000-7000-8000-0000000000e1', kind: 'progress', note: '进行中', unitId: 'u-fgw', at: '2024-12-31', seq: 5 },
    ]);
    await db.reminders.put({ id: 'r1', unitId: 'u-fgw', documentId: null, taskId: '01890000-0000-7000-8000-0000000000e2', message: '请加快进度', fromUserId: 's', at: 'y' });
    render(<Tasks db={db} enrollment={ME} />);
    await waitFor(() => expect(screen.getAllByTestId('task-item')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('task-item');
    expect(first.getAttribute('data-task-id')).toBe('01890000-0000-7000-8000-0000000000e2');
    expect(first.textContent).toContain('co-unit');
    expect(within(first).getByTestId('task-reminder').textContent).toContain('请加快进度');
    expect(within(second).getByTestId('task-status').textContent).toBe('asks to close: 已完成');
  });

  it('reports progress with a note through the outbox', async () => {
    const sent = answerMessages();
    await db.tasks.put(task('01890000-0000-7000-8000-0000000000e1'));
    render(<Tasks db={db} enrollment={ME} />);
    const item = await screen.findByTestId('task-item');
    expect(within(item).getByTestId('task-status').textContent).toBe('not started');
    fireEvent.input(within(item).getByTestId('task-note'), { target: { value: '已召开协调会' } });
    fireEvent.click(within(item).getByTestId('task-submit'));
    await waitFor(() => expect(within(screen.getByTestId('task-item')).getByTestId('task-status').textContent).toBe('progress: 已召开协调会'));
    expect(await db.outbox.toArray()).toMatchObject([{ type: 'task.update', payload: { taskId: '01890000-0000-7000-8000-0000000000e1', kind: 'progress', note: '已召开协调会' } }]);
    expect(sent).toContainEqual({ type: 'sync' });
    // A recipient can ask to close, not close.
    const kinds = [...(within(screen.getByTestId('task-item')).getByTestId('task-kind') as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds).toEqual(['progress', 'request_close']);
  });
});

describe('due dates', () => {
  it('derives near-due (3 days) and overdue, never for a closed task', () => {
    const today = new Date('2024-06-10T12:00:00');
    expect(dueState('2024-06-12', false, today)).toBe('near');
    expect(dueState('2024-06-10', false, today)).toBe('near');
    expect(dueState('2024-06-09', false, today)).toBe('overdue');
    expect(dueState('2024-06-30', false, today)).toBeNull();
    expect(dueState('2024-06-09', true, today)).toBeNull();
    expect(dueState(null, false, today)).toBeNull();
  });

  it('notifies once per task and state', async () => {
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    await db.tasks.bulkPut([task('01890000-0000-7000-8000-0000000000e1', { dueDate: '2024-06-12' }), task('01890000-0000-7000-8000-0000000000e2', { dueDate: '2024-07-30' })]);
    expect(await notifyDueTasks(db, 'u-fgw', new Date('2024-06-10T12:00:00'))).toEqual(['01890000-0000-7000-8000-0000000000e1']);
    expect(await notifyDueTasks(db, 'u-fgw', new Date('2024-06-11T12:00:00'))).toEqual([]);
    expect(await notifyDueTasks(db, 'u-fgw', new Date('2024-06-13T12:00:00'))).toEqual(['01890000-0000-7000-8000-0000000000e1']);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
