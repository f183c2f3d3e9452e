import { h, render, type ComponentType } from 'preact';
import type { InboxItem } from '../db';
import type { SyncMarkView } from './SyncMark';

/** What the rows need from the Inbox besides their items. */
export interface RowWords {
  ackItem(title: string): string;
  day(iso: string): string;
  act: string;
  read: string;
  unread: string;
  acked: string;
  ack: string;
  /** The reminder line's lead (who urged, or the schedule) and a refusal's text, in the UI language. */
  reminderLead(fromName: string | null | undefined): string;
  refused(reason: string): string;
}

export interface RowHandlers {
  /** The title was clicked: open or close the copy (and mark it read). */
  toggle(item: InboxItem, open: boolean): void;
  acknowledge(item: InboxItem, done: () => void): void;
  /** Renders the opened copy's details into `into` (null: takes them away). */
  details(into: HTMLElement, documentId: string | null): void;
}

interface Row {
  li: HTMLLIElement;
  item: InboxItem;
  open: boolean;
  busy: boolean;
  /** Where the opened copy's details are rendered, while it is open. */
  details?: HTMLElement;
}

/** The parts every item has (title button, meta line with its kind, foot), built once and cloned per item. */
let skeleton: DocumentFragment | undefined;
function parts(): DocumentFragment {
  if (!skeleton) {
    skeleton = document.createDocumentFragment();
    const title = document.createElement('button');
    title.type = 'button';
    title.className = 'title';
    title.dataset.testid = 'inbox-title';
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.append(document.createElement('span'));
    const foot = document.createElement('div');
    foot.className = 'card-foot';
    skeleton.append(title, meta, foot);
  }
  return skeleton.cloneNode(true) as DocumentFragment;
}

function span(className: string | null, text: string, testid?: string): HTMLSpanElement {
  const s = document.createElement('span');
  if (className) s.className = className;
  if (testid) s.dataset.testid = testid;
  s.textContent = text;
  return s;
}

const same = (x: InboxItem, y: InboxItem) =>
  x.title === y.title && x.meetingDate === y.meetingDate && x.docNumber === y.docNumber && x.kind === y.kind && x.read === y.read &&
  x.acked === y.acked && x.ackRefused === y.ackRefused && x.reminder?.id === y.reminder?.id &&
  x.ackMark?.state === y.ackMark?.state && x.ackMark?.reason === y.ackMark?.reason;

/**
 * The Inbox's items as elements, built here rather than by Preact: a page of 50 is about 700 nodes,
 * and cloning each item's fixed parts, with its texts set as text, costs a fraction of building
 * them node by node through a virtual DOM (bench/extension-scale.ts). Keyed by document: a row
 * keeps its element (and an opened copy its details) while its copy stays in the page, and is
 * filled again only when its copy changed. Clicks are taken once, on the list.
 */
export class InboxRows {
  private rows = new Map<string, Row>();
  private words: RowWords | undefined;

  constructor(
    private readonly list: HTMLUListElement,
    private readonly handlers: RowHandlers,
    private readonly SyncMark: ComponentType<Parameters<typeof SyncMarkView>[0]>,
  ) {
    list.addEventListener('click', this.onClick);
  }

  /** Shows `items` in this order, filling again the rows whose copy (or the words) changed. */
  show(items: readonly InboxItem[], words: RowWords): void {
    const wordsChanged = words !== this.words;
    this.words = words;
    const keep = new Set<string>();
    let at = this.list.firstChild;
    for (const item of items) {
      keep.add(item.documentId);
      let row = this.rows.get(item.documentId);
      if (!row) {
        const li = document.createElement('li');
        li.dataset.testid = 'inbox-item';
        li.dataset.docId = item.documentId;
        row = { li, item, open: false, busy: false };
        this.rows.set(item.documentId, row);
        this.fill(row);
      } else if (wordsChanged || !same(row.item, item)) {
        row.item = item;
        this.fill(row);
      } else row.item = item;
      if (row.li === at) at = at.nextSibling;
      else this.list.insertBefore(row.li, at);
    }
    for (const [id, row] of this.rows) {
      if (keep.has(id)) continue;
      this.close(row);
      row.li.remove();
      this.rows.delete(id);
    }
  }

  dispose(): void {
    this.list.removeEventListener('click', this.onClick);
    for (const row of this.rows.values()) this.close(row);
    this.rows.clear();
  }

  private close(row: Row): void {
    if (row.details) this.handlers.details(row.details, null);
    row.details = undefined;
  }

  private onClick = (e: Event) => {
    const button = (e.target as Element).closest('button');
    const li = button?.closest('li');
    const row = li?.dataset.docId !== undefined ? this.rows.get(li.dataset.docId) : undefined;
    if (!button || !row || row.li !== li) return;
    if (button.classList.contains('title')) {
      row.open = !row.open;
      if (!row.open) this.close(row);
      this.fill(row);
      this.handlers.toggle(row.item, row.open);
    } else if (button.classList.contains('ack')) {
      if (row.busy || row.item.acked) return;
      row.busy = true;
      this.fill(row);
      this.handlers.acknowledge(row.item, () => {
        row.busy = false;
        if (this.rows.get(row.item.documentId) === row) this.fill(row);
      });
    }
  };

  /** Puts the row's item in its element: its own element and details stay, its parts are made anew. */
  private fill(row: Row): void {
    const { item, li } = row;
    const w = this.words!;
    li.className = item.read ? 'card read' : 'card unread';
    const frag = parts();
    const [title, meta, foot] = frag.children as unknown as [HTMLButtonElement, HTMLDivElement, HTMLDivElement];
    title.textContent = item.title;
    title.setAttribute('aria-expanded', String(row.open));
    title.style.fontWeight = item.read ? 'normal' : 'bold';
    const kind = meta.firstChild as HTMLSpanElement;
    kind.className = item.kind === 'act' ? 'pill act' : 'pill';
    kind.textContent = item.kind === 'act' ? w.act : w.read;
    if (item.meetingDate) meta.append(span(null, w.day(item.meetingDate)));
    if (item.docNumber) meta.append(span(null, item.docNumber));
    if (!item.read) meta.append(span('pill unread badge', w.unread));
    if (item.reminder) {
      const p = document.createElement('p');
      p.className = 'reminder';
      p.dataset.testid = 'inbox-reminder';
      p.textContent = `${w.reminderLead(item.reminder.fromName)}: ${item.reminder.message}`;
      frag.insertBefore(p, foot);
    }
    if (row.open) {
      if (!row.details) {
        row.details = document.createElement('div');
        this.handlers.details(row.details, item.documentId);
      }
      frag.insertBefore(row.details, foot);
    }
    if (item.acked) {
      foot.append(span('pill ok acked', w.acked, 'inbox-acked'));
      if (item.ackMark) {
        const mark = document.createElement('span');
        render(h(this.SyncMark, { mark: item.ackMark }), mark);
        foot.append(mark);
      }
    } else if (item.ackRefused !== undefined) {
      foot.append(span('error', w.refused(item.ackRefused), 'inbox-ack-refused'));
    } else {
      const ack = document.createElement('button');
      ack.type = 'button';
      ack.className = 'primary ack';
      ack.dataset.testid = 'inbox-ack';
      ack.setAttribute('aria-label', w.ackItem(item.title));
      ack.disabled = row.busy;
      ack.textContent = w.ack;
      foot.append(ack);
    }
    li.replaceChildren(frag);
  }
}
