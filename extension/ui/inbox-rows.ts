import { h, render, type ComponentType } from 'preact';
import type { InboxItem } from '../db';

/**
 * The Inbox's rows as plain elements in its list, kept by document id and patched in place.
 *
 * Why not Preact: a page of 50 rows built through Preact cost about 1.2 ms of the Inbox's opening
 * (a vnode, a diff and one setAttribute call an attribute, for some 250 elements), as long as the
 * page's read itself (bench/extension-scale.ts). A row here is a clone of one template, which brings
 * its fixed attributes with it (data-testid, the button's class), so a row sets only what differs:
 * its id, class and two texts — about 0.2 ms for 50. A row's parts change in place (its item
 * element stays the same), so an acknowledgement updates its own item and nothing else.
 *
 * Text from a captured page is set as text (textContent), never parsed as HTML. The parts that
 * hold Preact components (an opened copy's details, an acknowledgement's sync mark) are Preact
 * roots of their own in a host element, unmounted when their row goes.
 */

/** What a row shows besides its item: the words, and whether it is opened or busy. */
export interface RowContext {
  open: boolean;
  busy: boolean;
  words: RowWords;
}

export interface RowWords {
  ackItem(title: string): string;
  day(iso: string): string;
  acked: string;
  reminder: string;
  reminderFrom(name: string): string;
  refused: string;
  reason(code: string | undefined): string;
}

/** The Preact parts a row may hold, given by the view (Inbox.tsx) so that this file holds no view. */
export interface RowParts {
  Details: ComponentType<{ documentId: string }>;
  SyncMark: ComponentType<{ mark: NonNullable<InboxItem['ackMark']> }>;
}

interface Row {
  li: HTMLLIElement;
  title: HTMLButtonElement;
  when: HTMLParagraphElement;
  reminder?: HTMLParagraphElement;
  details?: HTMLDivElement;
  foot: HTMLElement;
  /** What the foot shows, so that an unchanged foot is left alone. */
  footKey: string;
  /** A Preact root inside the foot (the sync mark), if any. */
  footRoot?: HTMLElement;
  shown: { cls: string; title: string; when: string; reminder: string; open: boolean; label: string; busy: boolean };
}

const rowsByList = new WeakMap<HTMLUListElement, Map<string, Row>>();

let template: HTMLLIElement | undefined;
/** The row every item starts from: its item element, title button, date line and acknowledge button. */
function rowTemplate(): HTMLLIElement {
  if (!template) {
    template = document.createElement('li');
    template.setAttribute('data-testid', 'inbox-item');
    const title = document.createElement('button');
    title.setAttribute('data-testid', 'inbox-title');
    title.setAttribute('aria-expanded', 'false');
    const ack = document.createElement('button');
    ack.className = 'primary foot ack';
    ack.setAttribute('data-testid', 'inbox-ack');
    template.append(title, document.createElement('p'), ack);
  }
  return template;
}

/** The item's class: the card, read or unread (the title's weight, the unread mark), and its kind (the kind's pill). */
function rowClass(item: InboxItem): string {
  const base = item.read ? 'card read' : 'card unread';
  return item.kind === 'act' ? `${base} act` : base;
}

/** The meeting's day and the document's number in one text (one text node a row, not two elements). */
function dayAndNumber(item: InboxItem, words: RowWords): string {
  const day = item.meetingDate ? words.day(item.meetingDate) : '';
  return day && item.docNumber ? `${day} · ${item.docNumber}` : day || (item.docNumber ?? '');
}

function reminderText(item: InboxItem, words: RowWords): string {
  const r = item.reminder;
  if (!r) return '';
  return `${r.fromName ? words.reminderFrom(r.fromName) : words.reminder}: ${r.message}`;
}

/** Which foot the item has: its acknowledge button, its acknowledged mark (with a sync mark or not), or the refusal. */
function footKeyOf(item: InboxItem, words: RowWords): string {
  // With its words: a change of language rebuilds the foot in the new one.
  if (item.acked) return item.ackMark ? `acked:${item.ackMark.state}:${item.ackMark.reason ?? ''}:${words.acked}` : `acked:${words.acked}`;
  if (item.ackRefused !== undefined) return `refused:${item.ackRefused}:${words.refused}`;
  return 'ack';
}

function buildFoot(row: Row, item: InboxItem, ctx: RowContext, parts: RowParts): void {
  const { words } = ctx;
  const key = footKeyOf(item, words);
  let foot: HTMLElement;
  row.footRoot = undefined;
  if (key === 'ack') {
    foot = document.createElement('button');
    foot.className = 'primary foot ack';
    foot.setAttribute('data-testid', 'inbox-ack');
  } else if (item.acked && !item.ackMark) {
    foot = pill(words.acked, 'pill ok acked foot');
  } else if (item.acked) {
    foot = document.createElement('div');
    foot.className = 'card-foot';
    const host = document.createElement('span');
    host.className = 'host';
    foot.append(pill(words.acked, 'pill ok acked'), host);
    render(h(parts.SyncMark, { mark: item.ackMark! }), host);
    row.footRoot = host;
  } else {
    foot = document.createElement('span');
    foot.className = 'error foot';
    foot.setAttribute('data-testid', 'inbox-ack-refused');
    foot.textContent = `${words.refused}: ${words.reason(item.ackRefused)}`;
  }
  row.foot.replaceWith(foot);
  row.foot = foot;
  row.footKey = key;
  // An acknowledge button's label and state are set by patch (shown.label and shown.busy start unset).
  row.shown.label = '';
  row.shown.busy = false;
}

function pill(text: string, cls: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = cls;
  span.setAttribute('data-testid', 'inbox-acked');
  span.textContent = text;
  return span;
}

function unmountFoot(row: Row): void {
  if (row.footRoot) render(null, row.footRoot);
  row.footRoot = undefined;
}

function build(item: InboxItem): Row {
  const li = rowTemplate().cloneNode(true) as HTMLLIElement;
  li.setAttribute('data-doc-id', item.documentId);
  const title = li.firstChild as HTMLButtonElement;
  const when = title.nextSibling as HTMLParagraphElement;
  return {
    li,
    title,
    when,
    foot: li.lastChild as HTMLElement,
    footKey: 'ack',
    shown: { cls: '', title: '', when: '', reminder: '', open: false, label: '', busy: false },
  };
}

/** Brings a row's parts to what its item shows, touching only what changed. */
function patch(row: Row, item: InboxItem, ctx: RowContext, parts: RowParts): void {
  const { shown, li } = row;
  const cls = rowClass(item);
  if (shown.cls !== cls) li.className = shown.cls = cls;
  if (shown.title !== item.title) row.title.textContent = shown.title = item.title;
  const when = item.meetingDate || item.docNumber ? dayAndNumber(item, ctx.words) : '';
  if (shown.when !== when) row.when.textContent = shown.when = when;
  if (shown.open !== ctx.open) row.title.setAttribute('aria-expanded', String((shown.open = ctx.open)));

  const reminder = reminderText(item, ctx.words);
  if (shown.reminder !== reminder) {
    shown.reminder = reminder;
    if (!reminder) {
      row.reminder?.remove();
      row.reminder = undefined;
    } else {
      if (!row.reminder) {
        row.reminder = document.createElement('p');
        row.reminder.className = 'reminder';
        row.reminder.setAttribute('data-testid', 'inbox-reminder');
        row.when.after(row.reminder);
      }
      row.reminder.textContent = reminder;
    }
  }

  if (ctx.open && !row.details) {
    row.details = document.createElement('div');
    row.details.className = 'host';
    row.foot.before(row.details);
    render(h(parts.Details, { documentId: item.documentId }), row.details);
  } else if (!ctx.open && row.details) {
    render(null, row.details);
    row.details.remove();
    row.details = undefined;
  }

  const footKey = footKeyOf(item, ctx.words);
  if (row.footKey !== footKey) {
    unmountFoot(row);
    buildFoot(row, item, ctx, parts);
  }
  if (footKey === 'ack') {
    // Its visible label is drawn by the stylesheet; its name (aria-label) says which copy it acknowledges.
    const label = ctx.words.ackItem(item.title);
    if (shown.label !== label) row.foot.setAttribute('aria-label', (shown.label = label));
    if (shown.busy !== ctx.busy) (row.foot as HTMLButtonElement).disabled = shown.busy = ctx.busy;
  }
}

function dispose(row: Row): void {
  unmountFoot(row);
  if (row.details) render(null, row.details);
  row.li.remove();
}

/**
 * Makes the list show `items` in order: a row kept for each item still there (patched), a new
 * one for each new item, the others removed. `context(item)` says whether an item is opened or busy.
 */
export function renderRows(list: HTMLUListElement, items: readonly InboxItem[], context: (item: InboxItem) => RowContext, parts: RowParts): void {
  const before = rowsByList.get(list) ?? new Map<string, Row>();
  const after = new Map<string, Row>();
  // A list filled from empty (the Inbox opened) gets its rows in one insertion, not one a row.
  if (before.size === 0 && !list.firstChild) {
    const all = document.createDocumentFragment();
    for (const item of items) {
      const row = build(item);
      patch(row, item, context(item), parts);
      after.set(item.documentId, row);
      all.append(row.li);
    }
    list.append(all);
    rowsByList.set(list, after);
    return;
  }
  let at: ChildNode | null = list.firstChild;
  for (const item of items) {
    let row = before.get(item.documentId);
    before.delete(item.documentId);
    if (!row) row = build(item);
    patch(row, item, context(item), parts);
    after.set(item.documentId, row);
    if (row.li === at) at = at.nextSibling;
    else list.insertBefore(row.li, at);
  }
  for (const row of before.values()) dispose(row);
  rowsByList.set(list, after);
}

/** Unmounts every row's Preact parts (the list is leaving the page). */
export function clearRows(list: HTMLUListElement): void {
  for (const row of rowsByList.get(list)?.values() ?? []) dispose(row);
  rowsByList.delete(list);
}
