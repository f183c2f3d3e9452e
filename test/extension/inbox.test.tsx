// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb } from '../../extension/db';
import type { Enrollment } from '../../extension/enrollment';
import { Inbox } from '../../extension/ui/Inbox';
import { answerMessages, settle, installEnglish } from './ui-helpers';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange } from './fixtures';
import { push, WRITE_TABLES } from '../../extension/sync';
import { FakeService } from './fake-service';
import { applyChanges } from '../../extension/sync/remote-apply';
import type { Change } from '../../shared/schemas';

let db: CirculateDb;
const OTHER = '01890000-0000-7000-8000-0000000000ff';
/** Writes changes as a pull writes them. */
const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
let n = 0;
const ME: Enrollment = { server: 'http://svc.test', deviceName: 'd', user: { id: 'user-2', role: 'recipient', unitId: 'u-fin' }, state: 'enrolled' };

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-inbox-${n++}`);
  await db.open();
  const circ = (seq: number, id: string, documentId: string, unitId: string, kind: 'read' | 'act', createdAt: string): Change => {
    const c = circulationChange(seq, id, documentId, unitId) as Extract<Change, { entity: 'circulation' }>;
    return { ...c, data: { ...c.data, kind, createdAt } };
  };
  await pulled([
    documentChange(1, DOC_ID, '旧纪要'),
    documentChange(2, DOC_ID_2, '新纪要'),
    documentChange(3, OTHER, '别的单位的纪要'),
    circ(4, 'c1', DOC_ID, 'u-fin', 'read', '2024-05-27T10:00:00Z'),
    circ(5, 'c2', DOC_ID_2, 'u-fin', 'act', '2024-05-28T10:00:00Z'),
    circ(6, 'c3', OTHER, 'u-other', 'read', '2024-05-29T10:00:00Z'),
  ]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('Inbox view', () => {
  it('lists documents circulated to my unit, newest first, unread in bold', async () => {
    render(<Inbox db={db} enrollment={ME} />);
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(2));
    const items = screen.getAllByTestId('inbox-item');
    expect(items.map((i) => i.getAttribute('data-doc-id'))).toEqual([DOC_ID_2, DOC_ID]);
    const title = within(items[0]).getByTestId('inbox-title');
    expect(title.textContent).toBe('新纪要');
    // Bold from the item's class (style.css: .inbox > .unread > .title).
    expect(items[0].classList.contains('unread')).toBe(true);
    // The button names its document for a screen reader, from the message and the title.
    expect(within(items[0]).getByTestId('inbox-ack').getAttribute('aria-label')).toBe('Acknowledge: 新纪要');
  });

  it('opening records a read receipt once; it is then no longer bold', async () => {
    answerMessages();
    render(<Inbox db={db} enrollment={ME} />);
    const item = await waitFor(() => screen.getAllByTestId('inbox-item')[0]);
    fireEvent.click(within(item).getByTestId('inbox-title'));
    await waitFor(async () => expect(await db.reads.count()).toBe(1));
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')[0].classList.contains('read')).toBe(true));
    fireEvent.click(within(screen.getAllByTestId('inbox-item')[0]).getByTestId('inbox-title'));
    fireEvent.click(within(screen.getAllByTestId('inbox-item')[0]).getByTestId('inbox-title'));
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.reads.count()).toBe(1);
    expect((await db.outbox.toArray()).map((o) => o.type)).toEqual(['read.create']);
    expect(await db.reads.toArray()).toMatchObject([{ documentId: DOC_ID_2, unitId: 'u-fin', userId: 'user-2' }]);
  });

  it('acknowledging queues ack.create and shows the acknowledged mark', async () => {
    const sent = answerMessages();
    render(<Inbox db={db} enrollment={ME} />);
    const item = await waitFor(() => screen.getAllByTestId('inbox-item')[1]);
    expect(within(item).queryByTestId('inbox-acked')).toBeNull();
    fireEvent.click(within(item).getByTestId('inbox-ack'));
    await waitFor(() => expect(within(screen.getAllByTestId('inbox-item')[1]).getByTestId('inbox-acked').textContent).toBe('Acknowledged'));
    expect(within(screen.getAllByTestId('inbox-item')[1]).queryByTestId('inbox-ack')).toBeNull();
    expect(await db.acks.toArray()).toMatchObject([{ documentId: DOC_ID, unitId: 'u-fin' }]);
    expect((await db.outbox.orderBy('id').toArray()).map((o) => o.type)).toEqual(['read.create', 'ack.create']);
    expect(sent).toContainEqual({ type: 'sync' });
  });

  it('an acknowledgement the service refused shows the reason, not the acknowledged mark', async () => {
    render(<Inbox db={db} enrollment={ME} />);
    const item = await waitFor(() => screen.getAllByTestId('inbox-item')[1]);
    fireEvent.click(within(item).getByTestId('inbox-ack'));
    await waitFor(() => expect(screen.getAllByTestId('inbox-acked')).toHaveLength(1));
    // The service refuses the acknowledgement when it is pushed; the push marks it on its copy.
    const svc = new FakeService();
    svc.judge = (x) => (x.type === 'ack.create' ? { id: x.id, status: 'rejected', reason: 'not circulated to your unit' } : { id: x.id, status: 'applied' });
    await push(db, { server: 'http://svc.test/', token: svc.token, fetch: svc.fetch });
    await waitFor(() => expect(screen.getByTestId('inbox-ack-refused').textContent).toContain('not circulated to your unit'));
    expect(screen.queryByTestId('inbox-acked')).toBeNull();
  });

  it('shows the latest reminder (催办) about a document', async () => {
    const reminder = (seq: number, id: string, unitId: string, documentId: string, message: string, at: string): Change => ({
      seq,
      entity: 'reminder',
      data: { id, unitId, documentId, taskId: null, message, fromUserId: 's', at },
    });
    // Two pulls: the later reminder arrives after the earlier one is on the copy.
    await pulled([reminder(7, '01890000-0000-7000-8000-0000000000d1', 'u-fin', DOC_ID, '请尽快签收', '2024-06-01T00:00:00Z')]);
    await pulled([
      reminder(8, '01890000-0000-7000-8000-0000000000d2', 'u-fin', DOC_ID, '第二次催办', '2024-06-05T00:00:00Z'),
      reminder(9, '01890000-0000-7000-8000-0000000000d3', 'u-other', DOC_ID_2, '不是给我的', '2024-06-05T00:00:00Z'),
    ]);
    render(<Inbox db={db} enrollment={ME} />);
    await waitFor(() => expect(screen.getAllByTestId('inbox-reminder')).toHaveLength(1));
    expect(screen.getByTestId('inbox-reminder').textContent).toContain('第二次催办');
  });

  it('shows the newest 50 copies, and "more" loads the next 50', async () => {
    const changes: Change[] = [];
    for (let i = 0; i < 118; i++) {
      const id = `01890000-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`;
      changes.push(documentChange(100 + 2 * i, id, `纪要 ${i}`));
      const c = circulationChange(101 + 2 * i, `01890000-0000-7000-8000-${String(5000 + i).padStart(12, '0')}`, id, 'u-fin') as Extract<Change, { entity: 'circulation' }>;
      changes.push({ ...c, data: { ...c.data, createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() } });
    }
    await pulled(changes);
    render(<Inbox db={db} enrollment={ME} />);
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(50));
    expect(screen.getAllByTestId('inbox-title')[0].textContent).toBe('纪要 117');
    expect(screen.getAllByTestId('inbox-title')[49].textContent).toBe('纪要 68');
    fireEvent.click(screen.getByTestId('inbox-more'));
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(100));
    fireEvent.click(screen.getByTestId('inbox-more'));
    // 118 new ones and the two of beforeEach; the oldest last.
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(120));
    expect(screen.getAllByTestId('inbox-title')[119].textContent).toBe('旧纪要');
    expect(screen.queryByTestId('inbox-more')).toBeNull();
  });

  it('reads the full draft only when a copy is opened', async () => {
    answerMessages();
    render(<Inbox db={db} enrollment={ME} />);
    const item = await waitFor(() => screen.getAllByTestId('inbox-item')[0]);
    expect(within(item).queryByTestId('inbox-details')).toBeNull();
    fireEvent.click(within(item).getByTestId('inbox-title'));
    // The fixture's draft: its decision and the document's address.
    await waitFor(() => expect(within(screen.getAllByTestId('inbox-item')[0]).getByTestId('inbox-details').textContent).toContain('由区发改委牵头制定方案'));
    expect(within(screen.getAllByTestId('inbox-item')[0]).getByTestId('inbox-details').textContent).toContain('https://oa.example/doc');
  });

  it('asks to enroll when not enrolled', async () => {
    render(<Inbox db={db} enrollment={null} />);
    expect(await screen.findByTestId('inbox-not-enrolled')).toBeTruthy();
  });
});
