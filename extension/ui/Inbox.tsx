import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { uuidv7, watchInboxPage, type CirculateDb, type DocumentRow, type InboxItem, type InboxPage } from '../db';
import { InboxRows, type RowHandlers } from './inbox-rows';
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
 * performance.getEntriesByName: `inbox query` from the subscription to its first page, `inbox
 * render` from that page to its items in the document.
 */
export const INBOX_MARKS = { query: 'inbox query', render: 'inbox render' } as const;

/**
 * The Inbox's page, kept current. The subscription starts as the view is put in the document (a
 * layout effect), not after the next frame as an ordinary effect would.
 */
function useInboxPage(db: CirculateDb, unitId: string | null, limit: number): InboxPage | null {
  const [page, setPage] = useState<InboxPage | null>(null);
  // When the subscription's first page arrived, until it is in the document (the render mark).
  const arrived = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (!unitId) return;
    let first = true;
    const started = performance.now();
    return watchInboxPage(db, unitId, limit, {
      page: (p) => {
        if (first) {
          first = false;
          performance.measure(INBOX_MARKS.query, { start: started });
          arrived.current = performance.now();
        }
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
    reminderLead: (fromName: string | null | undefined) => (fromName ? t('reminderFrom', fromName) : t('notifyReminder')),
    refused: (reason: string) => `${t('syncRejected')}: ${reasonText(reason)}`,
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
  const words = wordsFor(currentLanguage());

  if (!user) return <p data-testid="inbox-not-enrolled">{t('inboxNotEnrolled')}</p>;
  if (!page) return <p class="muted" data-testid="inbox-loading">{t('inboxLoading')}</p>;
  if (page.items.length === 0) return <p data-testid="inbox-empty">{t('inboxEmpty')}</p>;
  return (
    <>
      <InboxList db={db} items={page.items} actor={{ userId: user.id, unitId: user.unitId }} words={words} />
      {page.more && (
        <button type="button" data-testid="inbox-more" onClick={() => setLimit(page.items.length + INBOX_PAGE)}>
          {t('inboxMore')}
        </button>
      )}
    </>
  );
}

type Actor = { userId: string; unitId: string };

/**
 * The list itself: Preact makes the <ul>, the rows are made by InboxRows (inbox-rows.ts) in the
 * same commit (a layout effect), so the items are in the document with the list.
 */
function InboxList(props: { db: CirculateDb; items: readonly InboxItem[]; actor: Actor; words: Words }) {
  const { items, words } = props;
  const list = useRef<HTMLUListElement>(null);
  const rows = useRef<InboxRows | null>(null);
  // The latest props, for the handlers made once with the rows.
  const current = useRef(props);
  current.current = props;
  useLayoutEffect(() => {
    const r = new InboxRows(list.current!, rowHandlers(() => current.current), SyncMarkView);
    rows.current = r;
    return () => r.dispose();
  }, []);
  useLayoutEffect(() => rows.current!.show(items, words), [items, words]);
  return <ul class="inbox" ref={list} />;
}

/** What a click on an item does: open it (reading it, 已读), acknowledge it (签收, also reading it). */
function rowHandlers(props: () => { db: CirculateDb; actor: Actor }): RowHandlers {
  const readMutation = (documentId: string) => ({ type: 'read.create' as const, payload: { id: uuidv7(), documentId } });
  return {
    toggle(item) {
      if (item.read) return;
      const { db, actor } = props();
      void enqueue(db, readMutation(item.documentId), actor).then(requestSync);
    },
    acknowledge(item, done) {
      const { db, actor } = props();
      const ack = { type: 'ack.create' as const, payload: { id: uuidv7(), documentId: item.documentId } };
      enqueue(db, item.read ? [ack] : [readMutation(item.documentId), ack], actor)
        .then(requestSync)
        .catch((err: unknown) => console.error('acknowledging failed', err))
        .finally(done);
    },
    details(into, documentId) {
      render(documentId === null ? null : <InboxDetails db={props().db} documentId={documentId} />, into);
    },
  };
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
