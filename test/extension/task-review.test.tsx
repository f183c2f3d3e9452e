// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyFresh } from '../../extension/background/notify';
import { CirculateDb, META, setMeta, type TaskRow } from '../../extension/db';
import type { Enrollment } from '../../extension/enrollment';
import { Tasks } from '../../extension/ui/Tasks';
import type { Change } from '../../shared/schemas';
import { DOC_ID, documentChange } from './fixtures';
import { installEnglish, settle } from './ui-helpers';

let db: CirculateDb;
let n = 0;
const T1 = '01890000-0000-7000-8000-0000000000f1';
const T2 = '01890000-0000-7000-8000-0000000000f2';
const enrollment = (role: 'recipient' | 'supervisor', unitId: string): Enrollment => ({ server: 's', deviceName: 'd', user: { id: `user-${role}`, role, unitId }, state: 'enrolled' });
const task = (id: string, over: Partial<TaskRow> = {}): TaskRow => ({
  id, documentId: DOC_ID, decisionIndex: 0, text: `任务 ${id.slice(-2)}`, leadUnitId: 'u-fgw', coUnitIds: [], due: null, dueDate: null, createdAt: 'x', ...over,
});

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-review-${n++}`);
  await db.open();
  await db.documents.put({ id: DOC_ID, url: 'u', contentHash: 'h', title: '防汛会议纪要', meetingDate: null, draft: {} as never, status: 'saved', savedAt: 'x' });
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('review outcome in Tasks', () => {
  it('shows a return with its reason, who returned it, and the whole history', async () => {
    await db.tasks.put(task(T1));
    await db.taskUpdates.bulkPut([
      { id: 'u1', taskId: T1, kind: 'request_close', note: '已完成', unitId: 'u-fgw', userName: '王五', at: '2026-11-20T01:00:00Z', serverAt: '2026-11-20T01:00:01Z', seq: 3 },
      { id: 'u2', taskId: T1, kind: 'return', note: '缺少验收材料', unitId: 'bureau', userName: '督查室 李四', at: '2026-11-21T02:00:00Z', serverAt: '2026-11-21T02:00:01Z', seq: 7 },
    ]);
    await db.reminders.put({ id: 'r1', unitId: 'u-fgw', documentId: DOC_ID, taskId: T1, message: '请本周内补齐材料', fromUserId: 'sup', fromName: '督查室 李四', fromUnitId: 'bureau', at: 'y' });
    render(<Tasks db={db} enrollment={enrollment('recipient', 'u-fgw')} />);
    const item = await screen.findByTestId('task-item');
    const outcome = within(item).getByTestId('task-outcome').textContent ?? '';
    expect(outcome).toContain('Returned by 督查室 李四');
    expect(outcome).toContain('缺少验收材料');
    // Counted on the bureau's clock: 02:00 UTC is 10:00 in Shanghai.
    expect(outcome).toContain('10:00');
    const reminder = within(item).getByTestId('task-reminder').textContent ?? '';
    expect(reminder).toBe('Reminder from 督查室 李四 “防汛会议纪要”: 请本周内补齐材料');
    const history = [...within(item).getByTestId('task-history').querySelectorAll('li')].map((li) => li.getAttribute('data-kind'));
    expect(history).toEqual(['request_close', 'return']);
    expect(within(item).getByTestId('task-history').textContent).toContain('王五');
  });

  it('lets a supervisor see tasks under supervision and return one only with a reason', async () => {
    await db.tasks.bulkPut([task(T1), task(T2, { leadUnitId: 'u-fin', dueDate: '2020-01-01' })]);
    await db.taskUpdates.put({ id: 'u1', taskId: T1, kind: 'request_close', note: '完成', unitId: 'u-fgw', at: 'x', seq: 1 });
    render(<Tasks db={db} enrollment={enrollment('supervisor', 'bureau')} />);
    await waitFor(() => expect(screen.getAllByTestId('task-item')).toHaveLength(2));
    const item = screen.getAllByTestId('task-item').find((el) => el.getAttribute('data-task-id') === T1)!;
    expect(item.textContent).toContain('supervised');
    fireEvent.change(within(item).getByTestId('task-kind'), { target: { value: 'return' } });
    await waitFor(() => expect((within(item).getByTestId('task-submit') as HTMLButtonElement).disabled).toBe(true));
    fireEvent.input(within(item).getByTestId('task-note'), { target: { value: '请补充照片' } });
    await waitFor(() => expect((within(item).getByTestId('task-submit') as HTMLButtonElement).disabled).toBe(false));
  });

  it('counts near due on the time zone the service named', async () => {
    // 2026-11-30 20:00 UTC: already 1 December in Shanghai, still 30 November in New York.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T20:00:00Z') });
    try {
      await db.tasks.put(task(T1, { dueDate: '2026-11-30' }));
      await setMeta(db, META.timeZone, 'America/New_York');
      render(<Tasks db={db} enrollment={enrollment('recipient', 'u-fgw')} />);
      await waitFor(() => expect(screen.getByTestId('task-item').getAttribute('data-due')).toBe('near'));
      await setMeta(db, META.timeZone, 'Asia/Shanghai');
      await waitFor(() => expect(screen.getByTestId('task-item').getAttribute('data-due')).toBe('overdue'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('notifications with words', () => {
  it('says who urged about which document, and announces a review of my task with its reason', async () => {
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    await db.tasks.put(task(T1));
    const fresh: Change[] = [
      documentChange(1, DOC_ID, '防汛会议纪要'),
      { seq: 2, entity: 'reminder', data: { id: '01890000-0000-7000-8000-0000000000d1', unitId: 'u-fgw', documentId: DOC_ID, taskId: T1, message: '请抓紧', fromUserId: 's', fromName: '李四', fromUnitId: 'bureau', at: 'x' } },
      { seq: 3, entity: 'taskUpdate', data: { id: '01890000-0000-7000-8000-0000000000d2', taskId: T1, kind: 'return', note: '缺少材料', unitId: 'bureau', userId: 's', userName: '李四', at: 'x', serverAt: 'x' } },
      // Someone else's task: no notification.
      { seq: 4, entity: 'taskUpdate', data: { id: '01890000-0000-7000-8000-0000000000d3', taskId: T2, kind: 'close', note: '', unitId: 'bureau', userId: 's', at: 'x', serverAt: 'x' } },
    ];
    const shown = await notifyFresh(db, 'u-fgw', { changes: fresh.length, fresh, unreadable: 0 });
    expect(shown).toEqual(['rem-01890000-0000-7000-8000-0000000000d1', 'review-01890000-0000-7000-8000-0000000000d2']);
    expect(create).toHaveBeenNthCalledWith(1, 'rem-01890000-0000-7000-8000-0000000000d1', expect.objectContaining({ title: 'Reminder from 李四', message: '“防汛会议纪要” 请抓紧' }));
    expect(create).toHaveBeenNthCalledWith(2, 'review-01890000-0000-7000-8000-0000000000d2', expect.objectContaining({ title: 'Task returned', message: expect.stringContaining('缺少材料') }));
  });
});
