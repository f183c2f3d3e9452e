import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { inboxPageAhead, uuidv7, watchInboxAhead, watchInboxPage, type CirculateDb, type DocumentRow, type InboxPage } from '../db';
import type { Enrollment } from '../enrollment';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { reasonText } from './error-text';
import { useLiveQuery } from './hooks';
import { SyncMarkView } from './SyncMark';
import { clearRows, renderRows, type RowParts, type RowWords } from './inbox-rows';
import { currentLanguage, t } from './i18n';
import { formatDay, uiLocale } from './format';

/** How many copies the Inbox shows at first, and how many more each "more" adds. */
export const INBOX_PAGE = 50;

/**
 * Marks of the Inbox's stages, read by the benchmark (bench/extension-scale.ts) with
 * performance.getEntriesByName: `inbox read` from the tab's click to its first page read (when
 * started there, see startInboxRead), `inbox query` from the start of the read that made its first
 * page to that page reaching the view (so, when started at the click, the read and the switch's
 * render until the Inbox renders with the page read ahead), `inbox render` from then to its items
 * in the document.
 */
export const INBOX_MARKS = { read: 'inbox read', query: 'inbox query', render: 'inbox render' } as const;

/** Stage marks measured so far, recorded in the task after the rows are in (not on the way to them). */
const pendingMarks: [name: string, start: number, end: number][] = [];
function markLater(name: string, start: number, end = performance.now()): void {
  if (pendingMarks.push([name, start, end]) > 1) return;
  setTimeout(() => {
    for (const [n, s, e] of pendingMarks.splice(0)) performance.measure(n, { start: s, end: e });
  });
}

/**
 * Starts reading the Inbox's first page where the user asks for it (its tab's pointerdown or click,
 * in App), before the panel re-renders for the switch; the view takes the read over as it mounts.
 * Settles when the page has been read.
 */
export function startInboxRead(db: CirculateDb, unitId: string): Promise<void> {
  const start = performance.now();
  return watchInboxAhead(db, unitId, INBOX_PAGE).then(() => markLater(INBOX_MARKS.read, start));
}

/**
 * The Inbox's page, kept current. A page already read ahead (startInboxRead) is the view's state
 * from its first render, so the view mounts with its items in one pass, with no "loading" render
 * and second pass before them. The subscription starts as the view is put in the document (a
 * layout effect), not after the next frame as an ordinary effect would, and takes that watch over.
 */
function useInboxPage(db: CirculateDb, unitId: string | null, limit: number): { page: InboxPage | null; rendered: () => void } {
  // When the view got its first page, until that page is in the document (the render mark).
  const arrived = useRef<number | undefined>(undefined);
  const [page, setPage] = useState<InboxPage | null>(() => {
    const ready = unitId ? inboxPageAhead(db, unitId, limit) : undefined;
    if (!ready) return null;
    markLater(INBOX_MARKS.query, ready.startedAt);
    arrived.current = performance.now();
    return ready.page;
  });
  useLayoutEffect(() => {
    if (!unitId) return;
    // Already measured when the first render took the page read ahead.
    let first = arrived.current === undefined;
    return watchInboxPage(db, unitId, limit, {
      page: (p, startedAt) => {
        if (first) {
          first = false;
          markLater(INBOX_MARKS.query, startedAt);
          arrived.current = performance.now();
        }
        // The same page as the state (the one read ahead) renders nothing again.
        setPage(p);
      },
      error: (err) => console.error('inbox read failed', err),
    });
  }, [db, unitId, limit]);
  // The render mark: from the page's arrival until the view has put its rows in (called by the view after it has).
  const rendered = useRef(() => {
    if (arrived.current !== undefined) {
      markLater(INBOX_MARKS.render, arrived.current);
      arrived.current = undefined;
    }
  }).current;
  return { page, rendered };
}

/**
 * The UI words every item uses, looked up once per language rather than once per item (each lookup
 * is a call into the browser's i18n), and kept while the panel is open: the Inbox is mounted anew
 * each time its tab is chosen.
 */
function inboxWords() {
  // The item's label with a marker for its title, filled in per item without another lookup.
  const [before, after = ''] = t('inboxAckItem', '\u0001').split('\u0001');
  const locale = uiLocale();
  // Formatting a date costs more than the rest of its row; a list repeats few dates.
  const days = new Map<string, string>();
  const day = (iso: string) => {
    let d = days.get(iso);
    if (d === undefined) {
      if (days.size > 500) days.clear();
      d = formatDay(iso, locale);
      days.set(iso, d);
    }
    return d;
  };
  return {
    // The words every row shows the same (its kind, the unread mark, the acknowledge button's label),
    // drawn by the stylesheet from these properties of the list (style.css: .inbox .meta::before,
    // ::after, .inbox .ack::after), so a row builds no element or text for them.
    labels: {
      '--inbox-read': cssString(t('inboxKindRead')),
      '--inbox-act': cssString(t('inboxKindAct')),
      '--inbox-unread': cssString(t('inboxUnread')),
      '--inbox-ack': cssString(t('inboxAck')),
    },
    more: t('inboxMore'),
    rows: {
      ackItem: (title: string) => before + title + after,
      day,
      acked: t('inboxAcked'),
      reminder: t('notifyReminder'),
      reminderFrom: (name: string) => t('reminderFrom', name),
      refused: t('syncRejected'),
      reason: reasonText,
    } satisfies RowWords,
  };
}
type Words = ReturnType<typeof inboxWords>;

/** A text as a CSS string (for `content`): quotes, backslashes and line ends escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
const wordsByLanguage = new Map<string, Words>();
function wordsFor(lang: string): Words {
  let w = wordsByLanguage.get(lang);
  if (!w) wordsByLanguage.set(lang, (w = inboxWords()));
  return w;
}

/** Who acts from this device: the outbox entries name them. */
type Actor = { userId: string; unitId: string };

/**
 * Copies circulated to my unit, newest first, 50 at a time: open to read, acknowledge (签收). One
 * watcher (db/inbox-watch.ts) reads the rows shown, which carry all they show (reminders, outbox
 * marks), so a write elsewhere (a sync page below this one, another unit's copy) does not re-read
 * the Inbox, and each row renders with nothing left to fetch. The rows are plain elements cloned
 * from a template and patched in place (inbox-rows.ts), not Preact components, and one click
 * handler on the list serves every row's buttons (found by their data-testid): a page of 50
 * builds its elements and little else.
 */
export function Inbox(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const user = enrollment?.user ?? null;
  const unitId = user?.unitId ?? null;
  const [limit, setLimit] = useState(INBOX_PAGE);
  const { page, rendered } = useInboxPage(db, unitId, limit);
  // The copies opened, and those whose acknowledgement is being written.
  const [open, setOpen] = useState<ReadonlySet<string>>(NONE);
  const [busy, setBusy] = useState<ReadonlySet<string>>(NONE);
  const words = wordsFor(currentLanguage());
  // What the list's click handler reads: the latest page and actor, without a new handler a render.
  const latest = useRef({ db, page, user, busy });
  latest.current = { db, page, user, busy };
  const onClick = useRef((e: MouseEvent) => {
    const button = (e.target as Element).closest('button[data-testid]');
    const documentId = button?.closest('li')?.getAttribute('data-doc-id');
    const { db: d, page: p, user: u, busy: b } = latest.current;
    const item = documentId ? p?.items.find((i) => i.documentId === documentId) : undefined;
    if (!item || !u) return;
    const actor: Actor = { userId: u.id, unitId: u.unitId };
    const what = button?.getAttribute('data-testid');
    if (what === 'inbox-title') {
      setOpen((was) => toggled(was, item.documentId));
      if (!item.read) void enqueue(d, { type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, actor).then(requestSync);
    } else if (what === 'inbox-ack' && !item.acked && !b.has(item.documentId)) {
      setBusy((was) => toggled(was, item.documentId, true));
      // Acknowledging is also reading it.
      const ms = [{ type: 'ack.create' as const, payload: { id: uuidv7(), documentId: item.documentId } }];
      void enqueue(d, item.read ? ms : [{ type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, ...ms], actor)
        .then(requestSync)
        .finally(() => setBusy((was) => toggled(was, item.documentId, false)));
    }
  }).current;

  // The rows are put in by inbox-rows.ts, not by Preact: the list element is Preact's, its children are not.
  const list = useRef<HTMLUListElement>(null);
  const parts = useRef<RowParts>({
    Details: (p: { documentId: string }) => <InboxDetails db={latest.current.db} documentId={p.documentId} />,
    SyncMark: SyncMarkView,
  }).current;
  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul || !page) return;
    const shown = { words: words.rows, open: false, busy: false };
    renderRows(ul, page.items, (item) => ((shown.open = open.has(item.documentId)), (shown.busy = busy.has(item.documentId)), shown), parts);
    rendered();
  }, [page, open, busy, words, parts, rendered]);
  const hasList = !!page && page.items.length > 0;
  useLayoutEffect(() => {
    const ul = list.current;
    return ul ? () => clearRows(ul) : undefined;
  }, [hasList]);

  if (!user) return <p data-testid="inbox-not-enrolled">{t('inboxNotEnrolled')}</p>;
  if (!page) return <p class="muted" data-testid="inbox-loading">{t('inboxLoading')}</p>;
  if (page.items.length === 0) return <p data-testid="inbox-empty">{t('inboxEmpty')}</p>;
  return (
    <>
      <ul class="inbox" style={words.labels} onClick={onClick} ref={list} />
      {page.more && (
        <button type="button" data-testid="inbox-more" onClick={() => setLimit(page.items.length + INBOX_PAGE)}>
          {words.more}
        </button>
      )}
    </>
  );
}

const NONE: ReadonlySet<string> = new Set();

/** The set with `id` in it or not (`to`), or flipped; the same set when nothing changes. */
function toggled(set: ReadonlySet<string>, id: string, to = !set.has(id)): ReadonlySet<string> {
  if (set.has(id) === to) return set;
  const next = new Set(set);
  if (to) next.add(id);
  else next.delete(id);
  return next;
}

/** The opened copy: its full draft is read only now, and kept current while it is open. */
function InboxDetails(props: { db: CirculateDb; documentId: string }) {
  const { db, documentId } = props;
  const doc = useLiveQuery(() => db.documents.get(documentId), [db, documentId], null as DocumentRow | undefined | null);
  if (!doc) return <div class="details" data-testid="inbox-details" />;
  const d = doc.draft;
  return (
    <div class="details" data-testid="inbox-details">
      {d.issuer && <p>{t('fieldIssuer')}: {d.issuer}</p>}
      {d.presider && <p>{t('fieldPresider')}: {d.presider}</p>}
      {d.decisions.length > 0 && (
        <ol>
          {d.decisions.map((x, i) => (
            <li key={i}>
              {x.text}
              {x.due ? ` (${t('fieldDue')}: ${x.due})` : ''}
            </li>
          ))}
        </ol>
      )}
      <p class="muted url">{doc.url}</p>
    </div>
  );
}
