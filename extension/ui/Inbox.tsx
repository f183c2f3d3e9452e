import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { inboxPageAhead, uuidv7, watchInboxAhead, watchInboxPage, type CirculateDb, type DocumentRow, type InboxItem, type InboxPage } from '../db';
import type { Enrollment } from '../enrollment';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { reasonText } from './error-text';
import { useLiveQuery } from './hooks';
import { SyncMarkView } from './SyncMark';
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

/**
 * Starts reading the Inbox's first page where the user asks for it (its tab's pointerdown or click,
 * in App), before the panel re-renders for the switch; the view takes the read over as it mounts.
 * Settles when the page has been read.
 */
export function startInboxRead(db: CirculateDb, unitId: string): Promise<void> {
  const start = performance.now();
  return watchInboxAhead(db, unitId, INBOX_PAGE).then(() => void performance.measure(INBOX_MARKS.read, { start }));
}

/**
 * The Inbox's page, kept current. A page already read ahead (startInboxRead) is the view's state
 * from its first render, so the view mounts with its items in one pass, with no "loading" render
 * and second pass before them. The subscription starts as the view is put in the document (a
 * layout effect), not after the next frame as an ordinary effect would, and takes that watch over.
 */
function useInboxPage(db: CirculateDb, unitId: string | null, limit: number): InboxPage | null {
  // When the view got its first page, until that page is in the document (the render mark).
  const arrived = useRef<number | undefined>(undefined);
  const [page, setPage] = useState<InboxPage | null>(() => {
    const ready = unitId ? inboxPageAhead(db, unitId, limit) : undefined;
    if (!ready) return null;
    performance.measure(INBOX_MARKS.query, { start: ready.startedAt });
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
          performance.measure(INBOX_MARKS.query, { start: startedAt });
          arrived.current = performance.now();
        }
        // The same page as the state (the one read ahead) renders nothing again.
        setPage(p);
      },
      error: (err) => console.error('inbox read failed', err),
    });
  }, [db, unitId, limit]);
  useLayoutEffect(() => {
    if (page && arrived.current !== undefined) {
      performance.measure(INBOX_MARKS.render, { start: arrived.current });
      arrived.current = undefined;
    }
  }, [page]);
  return page;
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
  return {
    ackItem: (title: string) => before + title + after,
    day: (iso: string) => {
      let d = days.get(iso);
      if (d === undefined) {
        if (days.size > 500) days.clear();
        d = formatDay(iso, locale);
        days.set(iso, d);
      }
      return d;
    },
    act: t('inboxKindAct'),
    read: t('inboxKindRead'),
    unread: t('inboxUnread'),
    acked: t('inboxAcked'),
    ack: t('inboxAck'),
  };
}
type Words = ReturnType<typeof inboxWords>;
const wordsByLanguage = new Map<string, Words>();
function wordsFor(lang: string): Words {
  let w = wordsByLanguage.get(lang);
  if (!w) wordsByLanguage.set(lang, (w = inboxWords()));
  return w;
}

/**
 * Copies circulated to my unit, newest first, 50 at a time: open to read, acknowledge (签收). One
 * watcher (db/inbox-watch.ts) reads the rows shown and all they show (reminders, outbox marks), so
 * a write elsewhere (a sync page below this one, another unit's copy) does not re-read the Inbox,
 * an acknowledgement re-reads just this page, and each item renders once, with nothing left to fetch.
 */
export function Inbox(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const user = enrollment?.user ?? null;
  const unitId = user?.unitId ?? null;
  const [limit, setLimit] = useState(INBOX_PAGE);
  const page = useInboxPage(db, unitId, limit);
  const lang = currentLanguage();
  const words = wordsFor(lang);

  if (!user) return <p data-testid="inbox-not-enrolled">{t('inboxNotEnrolled')}</p>;
  if (!page) return <p class="muted" data-testid="inbox-loading">{t('inboxLoading')}</p>;
  if (page.items.length === 0) return <p data-testid="inbox-empty">{t('inboxEmpty')}</p>;
  const actor = { userId: user.id, unitId: user.unitId };
  return (
    <>
      <ul class="inbox">
        {page.items.map((item) => (
          <InboxEntry key={item.documentId} db={db} item={item} actor={actor} lang={lang} words={words} />
        ))}
      </ul>
      {page.more && (
        <button type="button" data-testid="inbox-more" onClick={() => setLimit(page.items.length + INBOX_PAGE)}>
          {t('inboxMore')}
        </button>
      )}
    </>
  );
}

/** `lang`: the UI language, so a memoised item follows a change of it. */
type EntryProps = { db: CirculateDb; item: InboxItem; actor: { userId: string; unitId: string }; lang: string; words: Words };

/** Same copy, same state: an acknowledgement re-renders its own item only. */
function sameEntry(a: EntryProps, b: EntryProps): boolean {
  if (a.db !== b.db || a.lang !== b.lang || a.actor.userId !== b.actor.userId || a.actor.unitId !== b.actor.unitId) return false;
  const x = a.item;
  const y = b.item;
  return (
    x.documentId === y.documentId && x.title === y.title && x.meetingDate === y.meetingDate && x.docNumber === y.docNumber &&
    x.kind === y.kind && x.read === y.read && x.acked === y.acked && x.ackRefused === y.ackRefused &&
    x.reminder?.id === y.reminder?.id && x.ackMark?.state === y.ackMark?.state && x.ackMark?.reason === y.ackMark?.reason
  );
}

/**
 * One item: a class for shouldComponentUpdate (core Preact, without the compat layer), rendering its
 * elements itself, with no component or hook per part, so a page of 50 builds little besides its
 * elements.
 */
class InboxEntry extends Component<EntryProps, { open: boolean; busy: boolean }> {
  state = { open: false, busy: false };

  shouldComponentUpdate(next: EntryProps, nextState: { open: boolean; busy: boolean }): boolean {
    return nextState.open !== this.state.open || nextState.busy !== this.state.busy || !sameEntry(this.props, next);
  }

  private toggle = () => {
    this.setState({ open: !this.state.open });
    const { db, item, actor } = this.props;
    if (item.read) return;
    void enqueue(db, { type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, actor).then(requestSync);
  };

  private acknowledge = async () => {
    const { db, item, actor } = this.props;
    if (this.state.busy || item.acked) return;
    this.setState({ busy: true });
    try {
      // Acknowledging is also reading it.
      const ms = [{ type: 'ack.create' as const, payload: { id: uuidv7(), documentId: item.documentId } }];
      await enqueue(db, item.read ? ms : [{ type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, ...ms], actor);
      requestSync();
    } finally {
      this.setState({ busy: false });
    }
  };

  render() {
    const { db, item, words } = this.props;
    const { open, busy } = this.state;
    return (
      <li data-testid="inbox-item" data-doc-id={item.documentId} class={item.read ? 'card read' : 'card unread'}>
        <button type="button" class="title" data-testid="inbox-title" aria-expanded={open} style={item.read ? READ : UNREAD} onClick={this.toggle}>
          {item.title}
        </button>
        <div class="meta">
          <span class={item.kind === 'act' ? 'pill act' : 'pill'}>{item.kind === 'act' ? words.act : words.read}</span>
          {(item.meetingDate || item.docNumber) && <span>{dayAndNumber(item, words)}</span>}
          {!item.read && <span class="pill unread badge">{words.unread}</span>}
        </div>
        {item.reminder && (
          <p class="reminder" data-testid="inbox-reminder">
            {item.reminder.fromName ? t('reminderFrom', item.reminder.fromName) : t('notifyReminder')}: {item.reminder.message}
          </p>
        )}
        {open && <InboxDetails db={db} documentId={item.documentId} />}
        <div class="card-foot">
          {item.acked ? (
            <>
              <span class="pill ok acked" data-testid="inbox-acked">
                {words.acked}
              </span>
              {item.ackMark && <SyncMarkView mark={item.ackMark} />}
            </>
          ) : item.ackRefused !== undefined ? (
            <span class="error" data-testid="inbox-ack-refused">
              {t('syncRejected')}: {reasonText(item.ackRefused)}
            </span>
          ) : (
            <button type="button" class="primary" data-testid="inbox-ack" aria-label={words.ackItem(item.title)} disabled={busy} onClick={this.acknowledge}>
              {words.ack}
            </button>
          )}
        </div>
      </li>
    );
  }
}

/** The meeting's day and the document's number in one text (one element and one text node a row, not two). */
function dayAndNumber(item: InboxItem, words: Words): string {
  const day = item.meetingDate ? words.day(item.meetingDate) : '';
  return day && item.docNumber ? `${day} · ${item.docNumber}` : day || (item.docNumber ?? '');
}

// The title's weight marks an unread copy; one style object each, not one per item and render.
const READ = { fontWeight: 'normal' };
const UNREAD = { fontWeight: 'bold' };

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
