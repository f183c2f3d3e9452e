import type { CirculateDb } from '../db';
import { outboxMark, type MarkSubject, type OutboxMark } from '../sync';
import { reasonText } from './error-text';
import { useLiveQuery } from './hooks';
import { t } from './i18n';

/**
 * Says that work shown as done has not reached the service yet (待发送), or that the service
 * refused it, with its reason. Nothing once the service has it.
 */
export function SyncMark(props: { db: CirculateDb; subject: MarkSubject }) {
  const { db, subject } = props;
  const key = subject.kind === 'ack' ? subject.documentId : subject.taskId;
  const mark = useLiveQuery(() => outboxMark(db, subject), [db, subject.kind, key], undefined);
  return <SyncMarkView mark={mark} />;
}

/** The mark itself, for a view that has read the outbox state already (the Inbox reads it with its page). */
export function SyncMarkView(props: { mark: { state: OutboxMark['state']; reason?: string } | undefined }) {
  const { mark } = props;
  if (!mark) return null;
  if (mark.state === 'pending') {
    return (
      <span class="pill near" data-testid="sync-mark" data-state="pending" title={t('syncMarkPendingTitle')}>
        {t('syncMarkPending')}
      </span>
    );
  }
  return (
    <span class="error" data-testid="sync-mark" data-state="rejected">
      {t('syncMarkRejected')}: {reasonText(mark.reason)}
    </span>
  );
}
