import { useState } from 'preact/hooks';
import { inboxFor, uuidv7, type CirculateDb, type InboxItem } from '../db';
import type { Profile } from '../profile';
import { enqueue } from '../sync';
import { requestSync } from './bridge';
import { useLiveQuery } from './hooks';
import { t } from './i18n';

/** Copies circulated to my unit, newest first: open to read, acknowledge (签收). */
export function Inbox(props: { db: CirculateDb; profile: Profile | null }) {
  const { db, profile } = props;
  const user = profile?.user ?? null;
  const unitId = user?.unitId ?? null;
  const items = useLiveQuery(() => (unitId ? inboxFor(db, unitId) : Promise.resolve([])), [db, unitId], [] as InboxItem[]);

  if (!user) return <p data-testid="inbox-not-enrolled">{t('inboxNotEnrolled')}</p>;
  if (items.length === 0) return <p data-testid="inbox-empty">{t('inboxEmpty')}</p>;
  const actor = { userId: user.id, unitId: user.unitId };
  return (
    <ul class="inbox">
      {items.map((item) => (
        <InboxEntry key={item.documentId} db={db} item={item} actor={actor} />
      ))}
    </ul>
  );
}

function InboxEntry(props: { db: CirculateDb; item: InboxItem; actor: { userId: string; unitId: string } }) {
  const { db, item, actor } = props;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const doc = item.doc;
  const d = doc.draft;

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
    if (busy || item.ack) return;
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
        {doc.title}
      </button>
      <div class="meta">
        <span class={item.kind === 'act' ? 'pill act' : 'pill'}>{item.kind === 'act' ? t('inboxKindAct') : t('inboxKindRead')}</span>
        {doc.meetingDate && <span>{doc.meetingDate}</span>}
        {d.docNumber && <span>{d.docNumber}</span>}
        {!item.read && <span class="pill unread badge">{t('inboxUnread')}</span>}
      </div>
      {item.reminder && (
        <p class="reminder" data-testid="inbox-reminder">
          {t('notifyReminder')}: {item.reminder.message}
        </p>
      )}
      {open && (
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
      )}
      <div class="card-foot">
        {item.ack ? (
          <span class="pill ok acked" data-testid="inbox-acked">
            {t('inboxAcked')}
          </span>
        ) : item.ackRefused !== undefined ? (
          <span class="error" data-testid="inbox-ack-refused">
            {t('syncRejected')}: {item.ackRefused}
          </span>
        ) : (
          <button type="button" class="primary" data-testid="inbox-ack" disabled={busy} onClick={acknowledge}>
            {t('inboxAck')}
          </button>
        )}
      </div>
    </li>
  );
}
