import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { inboxPage, uuidv7, type CirculateDb, type DocumentRow, type InboxItem, type InboxPage } from '../db';
import type { Enrollment } from '../enrollment';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { reasonText } from './error-text';
import { useLiveQuery } from './hooks';
import { SyncMark } from './SyncMark';
import { currentLanguage, t } from './i18n';
import { formatDay } from './format';

/** How many copies the Inbox shows at first, and how many more each "more" adds. */
export const INBOX_PAGE = 50;

/**
 * Copies circulated to my unit, newest first, 50 at a time: open to read, acknowledge (签收). The
 * live query covers the rows shown only, so a write elsewhere (a sync page, another copy) does not
 * re-read the Inbox, and an acknowledgement re-reads just this page.
 */
export function Inbox(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const user = enrollment?.user ?? null;
  const unitId = user?.unitId ?? null;
  const [limit, setLimit] = useState(INBOX_PAGE);
  const page = useLiveQuery(
    () => (unitId ? inboxPage(db, unitId, limit) : Promise.resolve({ items: [], more: false })),
    [db, unitId, limit],
    null as InboxPage | null,
  );

  if (!user) return <p data-testid="inbox-not-enrolled">{t('inboxNotEnrolled')}</p>;
  if (!page) return <p class="muted" data-testid="inbox-loading">{t('inboxLoading')}</p>;
  if (page.items.length === 0) return <p data-testid="inbox-empty">{t('inboxEmpty')}</p>;
  const actor = { userId: user.id, unitId: user.unitId };
  return (
    <>
      <ul class="inbox">
        {page.items.map((item) => (
          <InboxEntry key={item.documentId} db={db} item={item} actor={actor} lang={currentLanguage()} />
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
type EntryProps = { db: CirculateDb; item: InboxItem; actor: { userId: string; unitId: string }; lang: string };

/** Same copy, same state: an acknowledgement re-renders its own item only. */
function sameEntry(a: EntryProps, b: EntryProps): boolean {
  if (a.db !== b.db || a.lang !== b.lang || a.actor.userId !== b.actor.userId || a.actor.unitId !== b.actor.unitId) return false;
  const x = a.item;
  const y = b.item;
  return (
    x.documentId === y.documentId && x.title === y.title && x.meetingDate === y.meetingDate && x.docNumber === y.docNumber &&
    x.kind === y.kind && x.read === y.read && x.acked === y.acked && x.ackRefused === y.ackRefused &&
    x.reminder?.id === y.reminder?.id
  );
}

/** A class only for shouldComponentUpdate (core Preact, without the compat layer). */
class InboxEntry extends Component<EntryProps> {
  shouldComponentUpdate(next: EntryProps): boolean {
    return !sameEntry(this.props, next);
  }
  render() {
    return <InboxEntryView {...this.props} />;
  }
}

function InboxEntryView(props: EntryProps) {
  const { db, item, actor } = props;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const markRead = async () => {
    if (item.read) return;
    await enqueue(db, { type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, actor);
    requestSync();
  };

  const toggle = () => {
    setOpen((o) => !o);
    void markRead();
  };

  const acknowledge = async () => {
    if (busy || item.acked) return;
    setBusy(true);
    try {
      // Acknowledging is also reading it.
      const ms = [{ type: 'ack.create' as const, payload: { id: uuidv7(), documentId: item.documentId } }];
      await enqueue(db, item.read ? ms : [{ type: 'read.create', payload: { id: uuidv7(), documentId: item.documentId } }, ...ms], actor);
      requestSync();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li data-testid="inbox-item" data-doc-id={item.documentId} class={`card ${item.read ? 'read' : 'unread'}`}>
      <button
        type="button"
        class="title"
        data-testid="inbox-title"
        aria-expanded={open}
        style={{ fontWeight: item.read ? 'normal' : 'bold' }}
        onClick={toggle}
      >
        {item.title}
      </button>
      <div class="meta">
        <span class={item.kind === 'act' ? 'pill act' : 'pill'}>{item.kind === 'act' ? t('inboxKindAct') : t('inboxKindRead')}</span>
        {item.meetingDate && <span>{formatDay(item.meetingDate)}</span>}
        {item.docNumber && <span>{item.docNumber}</span>}
        {!item.read && <span class="pill unread badge">{t('inboxUnread')}</span>}
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
              {t('inboxAcked')}
            </span>
            <SyncMark db={db} subject={{ kind: 'ack', documentId: item.documentId }} />
          </>
        ) : item.ackRefused !== undefined ? (
          <span class="error" data-testid="inbox-ack-refused">
            {t('syncRejected')}: {reasonText(item.ackRefused)}
          </span>
        ) : (
          <button type="button" class="primary" data-testid="inbox-ack" aria-label={t('inboxAckItem', item.title)} disabled={busy} onClick={acknowledge}>
            {t('inboxAck')}
          </button>
        )}
      </div>
    </li>
  );
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
