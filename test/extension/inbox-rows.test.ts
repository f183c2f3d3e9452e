// @vitest-environment jsdom
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../extension/db';
import { clearRows, renderRows, type RowContext, type RowParts, type RowWords } from '../../extension/ui/inbox-rows';

const words: RowWords = {
  ackItem: (title) => `Acknowledge ${title}`,
  day: (iso) => `day ${iso}`,
  acked: 'Acknowledged',
  reminder: 'Reminder',
  reminderFrom: (name) => `Reminder from ${name}`,
  refused: 'Refused',
  reason: (code) => `because ${code}`,
};
let detailsMounted = 0;
const parts: RowParts = {
  Details: (p) => {
    detailsMounted++;
    return h('div', { class: 'details', 'data-testid': 'inbox-details' }, p.documentId);
  },
  SyncMark: (p) => h('span', { 'data-testid': 'sync-mark', 'data-state': p.mark.state }, p.mark.state),
};
const item = (documentId: string, over: Partial<InboxItem> = {}): InboxItem => ({
  documentId,
  title: `Minutes ${documentId}`,
  meetingDate: '2024-05-27',
  docNumber: null,
  kind: 'read',
  circulatedAt: '2024-05-27T10:00:00Z',
  read: false,
  acked: false,
  reminder: undefined,
  ...over,
});
const plain = (): RowContext => ({ words, open: false, busy: false });
const rows = (ul: HTMLUListElement) => [...ul.querySelectorAll<HTMLLIElement>('[data-testid="inbox-item"]')];

describe('the Inbox rows (plain elements patched in place)', () => {
  it('builds one row an item, in order, with its title, date line and acknowledge button', () => {
    const ul = document.createElement('ul');
    renderRows(ul, [item('a', { kind: 'act' }), item('b', { read: true, docNumber: '第3期' })], plain, parts);
    const [a, b] = rows(ul);
    expect(rows(ul).map((r) => r.getAttribute('data-doc-id'))).toEqual(['a', 'b']);
    expect(a.className).toBe('card unread act');
    expect(b.className).toBe('card read');
    expect(a.querySelector('[data-testid="inbox-title"]')!.textContent).toBe('Minutes a');
    expect(b.querySelector('p')!.textContent).toBe('day 2024-05-27 · 第3期');
    expect(a.querySelector('[data-testid="inbox-ack"]')!.getAttribute('aria-label')).toBe('Acknowledge Minutes a');
  });

  it('shows a captured title as text, never as HTML', () => {
    const ul = document.createElement('ul');
    renderRows(ul, [item('a', { title: '<img src=x onerror=alert(1)><b>x</b>' })], plain, parts);
    expect(ul.querySelector('img, b')).toBeNull();
    expect(ul.querySelector('[data-testid="inbox-title"]')!.textContent).toBe('<img src=x onerror=alert(1)><b>x</b>');
  });

  it('an acknowledgement changes its own row in place and leaves the others alone', () => {
    const ul = document.createElement('ul');
    renderRows(ul, [item('a'), item('b')], plain, parts);
    const [a, b] = rows(ul);
    const bTitle = b.firstChild;
    renderRows(ul, [item('a', { acked: true, read: true, ackMark: { state: 'pending' } }), item('b')], plain, parts);
    expect(rows(ul)[0]).toBe(a);
    expect(rows(ul)[1].firstChild).toBe(bTitle);
    expect(a.querySelector('[data-testid="inbox-ack"]')).toBeNull();
    expect(a.querySelector('[data-testid="inbox-acked"]')!.textContent).toBe('Acknowledged');
    expect(a.querySelector('[data-testid="sync-mark"]')!.getAttribute('data-state')).toBe('pending');
    // Once the service has it, the sync mark goes.
    renderRows(ul, [item('a', { acked: true, read: true }), item('b')], plain, parts);
    expect(a.querySelector('[data-testid="sync-mark"]')).toBeNull();
    expect(a.querySelector('[data-testid="inbox-acked"]')).not.toBeNull();
    // A change of language shows the mark in the new one.
    renderRows(ul, [item('a', { acked: true, read: true }), item('b')], () => ({ words: { ...words, acked: '已签收' }, open: false, busy: false }), parts);
    expect(a.querySelector('[data-testid="inbox-acked"]')!.textContent).toBe('已签收');
  });

  it('a refused acknowledgement shows the reason; a busy one disables its button', () => {
    const ul = document.createElement('ul');
    renderRows(ul, [item('a'), item('b', { ackRefused: 'forbidden' })], (i) => ({ words, open: false, busy: i.documentId === 'a' }), parts);
    expect((ul.querySelector('[data-testid="inbox-ack"]') as HTMLButtonElement).disabled).toBe(true);
    expect(ul.querySelector('[data-testid="inbox-ack-refused"]')!.textContent).toBe('Refused: because forbidden');
    renderRows(ul, [item('a'), item('b', { ackRefused: 'forbidden' })], plain, parts);
    expect((ul.querySelector('[data-testid="inbox-ack"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the latest reminder under the date line, and removes it when there is none', () => {
    const ul = document.createElement('ul');
    const reminder = { id: 'r1', documentId: 'a', unitId: 'u', message: 'Please report', at: '2024-06-01T00:00:00Z', fromName: 'Supervision office' } as unknown as InboxItem['reminder'];
    renderRows(ul, [item('a', { reminder })], plain, parts);
    const p = ul.querySelector('[data-testid="inbox-reminder"]')!;
    expect(p.textContent).toBe('Reminder from Supervision office: Please report');
    expect(p.previousElementSibling!.tagName).toBe('P');
    renderRows(ul, [item('a')], plain, parts);
    expect(ul.querySelector('[data-testid="inbox-reminder"]')).toBeNull();
  });

  it('mounts an opened copy’s details once, keeps them while it stays open, and unmounts them', () => {
    const ul = document.createElement('ul');
    detailsMounted = 0;
    const open = (i: InboxItem): RowContext => ({ words, open: i.documentId === 'a', busy: false });
    renderRows(ul, [item('a'), item('b')], open, parts);
    expect(ul.querySelectorAll('[data-testid="inbox-details"]')).toHaveLength(1);
    expect(ul.querySelector('[data-testid="inbox-title"]')!.getAttribute('aria-expanded')).toBe('true');
    // Opening marks it read: the row is patched, its details not mounted again.
    renderRows(ul, [item('a', { read: true }), item('b')], open, parts);
    expect(detailsMounted).toBe(1);
    renderRows(ul, [item('a', { read: true }), item('b')], plain, parts);
    expect(ul.querySelector('[data-testid="inbox-details"]')).toBeNull();
  });

  it('follows a new order, adds new items and removes those gone, keeping the rows it had', () => {
    const ul = document.createElement('ul');
    renderRows(ul, [item('a'), item('b'), item('c')], plain, parts);
    const [a, , c] = rows(ul);
    renderRows(ul, [item('d'), item('c'), item('a')], plain, parts);
    expect(rows(ul).map((r) => r.getAttribute('data-doc-id'))).toEqual(['d', 'c', 'a']);
    expect(rows(ul)[1]).toBe(c);
    expect(rows(ul)[2]).toBe(a);
    clearRows(ul);
    expect(ul.children).toHaveLength(0);
  });
});
